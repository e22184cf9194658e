package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.CalendarRangeException;

/**
 * The O(1) arithmetic of {@link BusinessCalendar} and {@link SchoolCalendar} against a naive
 * day-by-day reference, for random calendars built from a seed.
 */
class WorkingDayCalendarProperties {

  private static final int FIRST_YEAR = 2020;
  private static final int LAST_YEAR = 2027;
  private static final LocalDate FIRST = LocalDate.of(FIRST_YEAR, 1, 1);
  private static final LocalDate LAST = LocalDate.of(LAST_YEAR, 12, 31);
  private static final int SPAN = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);

  private static final List<HolidayRule> FEDERAL_LIKE = List.of(
      HolidayRule.fixed("A", java.time.Month.JANUARY, 1, "t"),
      HolidayRule.nthWeekday("B", java.time.Month.JANUARY, 3, DayOfWeek.MONDAY, "t"),
      HolidayRule.lastWeekday("C", java.time.Month.MAY, DayOfWeek.MONDAY, "t"),
      HolidayRule.fixed("D", java.time.Month.JULY, 4, "t")
          .observedBy(ObservancePolicy.WEEKEND_TO_MONDAY),
      HolidayRule.nthWeekday("E", java.time.Month.NOVEMBER, 4, DayOfWeek.THURSDAY, "t"),
      HolidayRule.fixed("F", java.time.Month.DECEMBER, 25, "t").validFrom(2023));

  /** A calendar under test with its independent reference predicate. */
  private record Subject(WorkingDayCalendar calendar, Predicate<LocalDate> working) {
  }

  private static Subject business(long seed) {
    Random random = new Random(seed);
    ObservancePolicy[] policies = ObservancePolicy.values();
    HolidayCalendar.Builder b = HolidayCalendar.builder("random " + seed)
        .observancePolicy(policies[random.nextInt(policies.length)]);
    for (HolidayRule rule : FEDERAL_LIKE) {
      if (random.nextBoolean()) {
        b.rule(rule);
      }
    }
    int closures = random.nextInt(120);
    for (int i = 0; i < closures; i++) {
      b.closure(FIRST.plusDays(random.nextInt(SPAN)), "closure " + i);
    }
    HolidayCalendar holidays = b.build();
    Set<LocalDate> off = new HashSet<>();
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      holidays.holidaysIn(y).forEach(h -> off.add(h.observed()));
    }
    BusinessCalendar cal = BusinessCalendar.of(holidays, FIRST_YEAR, LAST_YEAR);
    return new Subject(cal, d -> d.getDayOfWeek().getValue() <= 5 && !off.contains(d));
  }

  private static Subject school(long seed, int densityPercent) {
    Random random = new Random(seed);
    LocalDate first = LocalDate.of(2024, 8, 1);
    LocalDate last = LocalDate.of(2026, 7, 31);
    SchoolCalendar.Builder b = SchoolCalendar.builder("random " + seed, first, last);
    Set<LocalDate> counted = new HashSet<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (random.nextInt(100) < densityPercent) {
        SchoolDayKind kind = SchoolDayKind.values()[random.nextInt(3)];
        b.day(d, kind);
        if (kind != SchoolDayKind.ESY_ONLY) {
          counted.add(d);
        }
      }
    }
    return new Subject(b.build(), counted::contains);
  }

  private static Subject subject(boolean isSchool, long seed, int density) {
    return isSchool ? school(seed, density) : business(seed);
  }

  private static LocalDate dateIn(WorkingDayCalendar cal, int offsetPerMille) {
    long span = cal.lastCovered().toEpochDay() - cal.firstCovered().toEpochDay();
    return cal.firstCovered().plusDays(span * offsetPerMille / 1000);
  }

  // ---- naive references -------------------------------------------------------------------------

  private static Optional<LocalDate> naivePlus(Subject s, LocalDate start, int n) {
    LocalDate last = s.calendar().lastCovered();
    LocalDate d = start;
    if (n == 0) {
      while (!d.isAfter(last) && !s.working().test(d)) {
        d = d.plusDays(1);
      }
      return d.isAfter(last) ? Optional.empty() : Optional.of(d);
    }
    int seen = 0;
    while (seen < n) {
      d = d.plusDays(1);
      if (d.isAfter(last)) {
        return Optional.empty();
      }
      if (s.working().test(d)) {
        seen++;
      }
    }
    return Optional.of(d);
  }

  private static Optional<LocalDate> naiveMinus(Subject s, LocalDate start, int n) {
    LocalDate first = s.calendar().firstCovered();
    LocalDate d = start;
    if (n == 0) {
      while (!d.isBefore(first) && !s.working().test(d)) {
        d = d.minusDays(1);
      }
      return d.isBefore(first) ? Optional.empty() : Optional.of(d);
    }
    int seen = 0;
    while (seen < n) {
      d = d.minusDays(1);
      if (d.isBefore(first)) {
        return Optional.empty();
      }
      if (s.working().test(d)) {
        seen++;
      }
    }
    return Optional.of(d);
  }

  private static void assertPlusMatches(Subject s, LocalDate start, int n) {
    Optional<LocalDate> expected = naivePlus(s, start, n);
    if (expected.isPresent()) {
      assertThat(s.calendar().plus(start, n)).as("plus(%s, %d)", start, n)
          .isEqualTo(expected.get());
      if (n > 0) {
        assertThat(s.calendar().minus(start, -n)).isEqualTo(expected.get());
      }
    } else {
      assertThatThrownBy(() -> s.calendar().plus(start, n))
          .isInstanceOfSatisfying(CalendarRangeException.class,
              e -> assertThat(e.requested()).isEqualTo(s.calendar().lastCovered().plusDays(1)));
    }
  }

  private static void assertMinusMatches(Subject s, LocalDate start, int n) {
    Optional<LocalDate> expected = naiveMinus(s, start, n);
    if (expected.isPresent()) {
      assertThat(s.calendar().minus(start, n)).as("minus(%s, %d)", start, n)
          .isEqualTo(expected.get());
      if (n > 0) {
        assertThat(s.calendar().plus(start, -n)).isEqualTo(expected.get());
      }
    } else {
      assertThatThrownBy(() -> s.calendar().minus(start, n))
          .isInstanceOfSatisfying(CalendarRangeException.class,
              e -> assertThat(e.requested()).isEqualTo(s.calendar().firstCovered().minusDays(1)));
    }
  }

  // ---- properties -------------------------------------------------------------------------------

  @Property
  void plusAndMinusEqualTheNaiveReference(@ForAll boolean isSchool, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 100) int density,
      @ForAll @IntRange(min = 0, max = 1000) int where,
      @ForAll @IntRange(min = 0, max = 400) int n) {
    Subject s = subject(isSchool, seed, density);
    LocalDate start = dateIn(s.calendar(), where);
    assertPlusMatches(s, start, n);
    assertMinusMatches(s, start, n);
    assertThat(s.calendar().isWorkingDay(start)).isEqualTo(s.working().test(start));
  }

  @Property
  void countBetweenInvertsPlusAndMatchesTheReference(@ForAll boolean isSchool, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 100) int density,
      @ForAll @IntRange(min = 0, max = 1000) int where,
      @ForAll @IntRange(min = 0, max = 1000) int where2,
      @ForAll @IntRange(min = 1, max = 400) int n) {
    Subject s = subject(isSchool, seed, density);
    WorkingDayCalendar cal = s.calendar();
    LocalDate start = dateIn(cal, where);
    naivePlus(s, start, n).ifPresent(end -> {
      assertThat(cal.countBetween(start, end)).isEqualTo(n);
      assertThat(cal.countBetween(end, start)).isEqualTo(-n);
      assertThat(cal.isWorkingDay(end)).isTrue();
    });
    LocalDate other = dateIn(cal, where2);
    LocalDate lo = other.isBefore(start) ? other : start;
    LocalDate hi = other.isBefore(start) ? start : other;
    int naive = 0;
    for (LocalDate d = lo.plusDays(1); !d.isAfter(hi); d = d.plusDays(1)) {
      if (s.working().test(d)) {
        naive++;
      }
    }
    assertThat(cal.countBetween(lo, hi)).isEqualTo(naive);
    assertThat(cal.countBetween(hi, lo)).isEqualTo(-naive);
  }

  @Property
  void plusLandsOnAWorkingDayIsMonotoneAndMinusInvertsIt(@ForAll boolean isSchool,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 100) int density,
      @ForAll @IntRange(min = 0, max = 1000) int where,
      @ForAll @IntRange(min = 0, max = 400) int n) {
    Subject s = subject(isSchool, seed, density);
    WorkingDayCalendar cal = s.calendar();
    LocalDate start = dateIn(cal, where);
    if (naivePlus(s, start, n + 1).isEmpty() || naiveMinus(s, start, 0).isEmpty()) {
      return; // runs off the covered range: checked in plusAndMinusEqualTheNaiveReference
    }
    LocalDate r = cal.plus(start, n);
    LocalDate next = cal.plus(start, n + 1);
    assertThat(cal.isWorkingDay(r)).isTrue();
    if (n == 0) {
      assertThat(next).isAfterOrEqualTo(r);
    } else {
      assertThat(next).isAfter(r);
      assertThat(r).isAfter(start);
      assertThat(cal.minus(r, n)).isEqualTo(cal.previousOrSame(start));
      if (cal.isWorkingDay(start)) {
        assertThat(cal.minus(r, n)).isEqualTo(start);
      }
    }
    assertThat(cal.nextOrSame(start)).isEqualTo(cal.plus(start, 0));
    assertThat(cal.previousOrSame(start)).isEqualTo(cal.minus(start, 0));
  }

  @Property
  void adjustersAgreeWithPlusAndMinus(@ForAll boolean isSchool, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 100) int density,
      @ForAll @IntRange(min = 0, max = 1000) int where,
      @ForAll @IntRange(min = -400, max = 400) int n) {
    Subject s = subject(isSchool, seed, density);
    WorkingDayCalendar cal = s.calendar();
    LocalDate start = dateIn(cal, where);
    LocalDateTime startTime = start.atTime(LocalTime.of(13, 45));
    try {
      LocalDate expected = cal.plus(start, n);
      assertThat(start.with(cal.adjusterPlus(n))).isEqualTo(expected);
      assertThat(startTime.with(cal.adjusterPlus(n))).isEqualTo(expected.atTime(13, 45));
    } catch (CalendarRangeException e) {
      assertThatThrownBy(() -> start.with(cal.adjusterPlus(n)))
          .isInstanceOf(CalendarRangeException.class);
    }
    try {
      LocalDate expected = cal.minus(start, n);
      assertThat(start.with(cal.adjusterMinus(n))).isEqualTo(expected);
    } catch (CalendarRangeException e) {
      assertThatThrownBy(() -> start.with(cal.adjusterMinus(n)))
          .isInstanceOf(CalendarRangeException.class);
    }
    try {
      LocalDate expected = cal.nextOrSame(start);
      assertThat(start.with(cal.adjusterNextOrSame())).isEqualTo(expected);
    } catch (CalendarRangeException e) {
      assertThatThrownBy(() -> start.with(cal.adjusterNextOrSame()))
          .isInstanceOf(CalendarRangeException.class);
    }
  }
}
