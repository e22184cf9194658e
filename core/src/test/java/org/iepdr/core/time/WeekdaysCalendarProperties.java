package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The constant-time weekday count ({@link DayCount#WEEKDAYS}: Monday to Friday, holidays counted)
 * against a naive day-by-day reference, as {@link WorkingDayCalendarProperties} does for business and
 * school days.
 */
class WeekdaysCalendarProperties {

  private static final WorkingDayCalendar CAL = WeekdaysCalendar.INSTANCE;
  private static final LocalDate ORIGIN = LocalDate.of(1990, 1, 1);

  private static boolean weekday(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static LocalDate naivePlus(LocalDate start, int n) {
    LocalDate d = start;
    if (n == 0) {
      while (!weekday(d)) {
        d = d.plusDays(1);
      }
      return d;
    }
    for (int seen = 0; seen < n; ) {
      d = d.plusDays(1);
      if (weekday(d)) {
        seen++;
      }
    }
    return d;
  }

  private static LocalDate naiveMinus(LocalDate start, int n) {
    LocalDate d = start;
    if (n == 0) {
      while (!weekday(d)) {
        d = d.minusDays(1);
      }
      return d;
    }
    for (int seen = 0; seen < n; ) {
      d = d.minusDays(1);
      if (weekday(d)) {
        seen++;
      }
    }
    return d;
  }

  /** plus, minus and their negative forms equal the day-by-day reference, on either side of 1970. */
  @Property
  void plusAndMinusEqualTheNaiveReference(@ForAll @IntRange(min = -30000, max = 30000) int offset,
      @ForAll @IntRange(min = 0, max = 400) int n) {
    LocalDate start = ORIGIN.plusDays(offset);
    assertThat(CAL.plus(start, n)).as("plus(%s, %d)", start, n).isEqualTo(naivePlus(start, n));
    assertThat(CAL.minus(start, n)).as("minus(%s, %d)", start, n).isEqualTo(naiveMinus(start, n));
    if (n > 0) {
      assertThat(CAL.plus(start, -n)).isEqualTo(naiveMinus(start, n));
      assertThat(CAL.minus(start, -n)).isEqualTo(naivePlus(start, n));
    }
    assertThat(CAL.isWorkingDay(start)).isEqualTo(weekday(start));
  }

  /** countBetween inverts plus and is antisymmetric. */
  @Property
  void countBetweenInvertsPlus(@ForAll @IntRange(min = -30000, max = 30000) int offset,
      @ForAll @IntRange(min = 1, max = 400) int n,
      @ForAll @IntRange(min = -500, max = 500) int other) {
    LocalDate start = ORIGIN.plusDays(offset);
    LocalDate end = CAL.plus(start, n);
    assertThat(CAL.countBetween(start, end)).isEqualTo(n);
    assertThat(CAL.countBetween(end, start)).isEqualTo(-n);
    LocalDate b = start.plusDays(other);
    int naive = 0;
    for (LocalDate d = start; d.isBefore(b); d = d.plusDays(1)) {
      naive += weekday(d.plusDays(1)) ? 1 : 0;
    }
    for (LocalDate d = b; d.isBefore(start); d = d.plusDays(1)) {
      naive -= weekday(d.plusDays(1)) ? 1 : 0;
    }
    assertThat(CAL.countBetween(start, b)).isEqualTo(naive);
  }

  /** Weekdays never give fewer calendar days than business days of the same number: holidays are counted. */
  @Property
  void neverLaterThanBusinessDays(@ForAll @IntRange(min = 0, max = 2500) int offset,
      @ForAll @IntRange(min = 0, max = 200) int n) {
    BusinessCalendar fed = BusinessCalendar.of(FederalHolidays.calendar(), 2020, 2029);
    LocalDate start = LocalDate.of(2021, 1, 1).plusDays(offset);
    assertThat(CAL.plus(start, n)).isBeforeOrEqualTo(fed.plus(start, n));
    assertThat(CAL.minus(start, n)).isAfterOrEqualTo(fed.minus(start, n));
  }
}
