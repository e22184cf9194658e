package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.MissingCalendarException;
import org.junit.jupiter.api.Test;

class DayCounterTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final BusinessCalendar FED =
      BusinessCalendar.of(FederalHolidays.calendar(), 2024, 2028);
  private static final DayCounter COUNTER = DayCounter.of(CHICAGO, FED);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void calendarDayDeadlinesDoNotRoll() {
    // Friday trigger + 1 calendar day is Saturday; the trigger is day 0.
    assertThat(COUNTER.plus(d(2026, 3, 6), DayPeriod.calendarDays(1))).isEqualTo(d(2026, 3, 7));
    // 2026-06-24 + 10 days = Saturday 2026-07-04, the holiday itself: no roll.
    assertThat(COUNTER.plus(d(2026, 6, 24), DayPeriod.calendarDays(10))).isEqualTo(d(2026, 7, 4));
    assertThat(COUNTER.plus(d(2026, 1, 1), DayPeriod.calendarDays(0))).isEqualTo(d(2026, 1, 1));
    assertThat(COUNTER.rollForward(d(2026, 7, 4))).isEqualTo(d(2026, 7, 6));
    assertThat(COUNTER.rollForward(d(2026, 7, 6))).isEqualTo(d(2026, 7, 6));
  }

  @Test
  void businessDaysUseTheBusinessCalendar() {
    assertThat(COUNTER.plus(d(2026, 11, 24), DayPeriod.businessDays(3))).isEqualTo(d(2026, 11, 30));
    assertThat(COUNTER.minus(d(2026, 3, 23), DayPeriod.businessDays(5))).isEqualTo(d(2026, 3, 16));
    assertThat(COUNTER.count(d(2026, 11, 24), d(2026, 11, 30), DayCount.BUSINESS)).isEqualTo(3);
    assertThat(COUNTER.calendarFor(DayCount.BUSINESS)).isSameAs(FED);
  }

  @Test
  void countingBackwardGivesTheLastDayStillThePeriodBefore() {
    assertThat(COUNTER.minus(d(2026, 3, 20), DayPeriod.calendarDays(10))).isEqualTo(d(2026, 3, 10));
    assertThat(COUNTER.count(d(2026, 3, 10), d(2026, 3, 20), DayCount.CALENDAR)).isEqualTo(10);
    assertThat(COUNTER.count(d(2026, 3, 20), d(2026, 3, 10), DayCount.CALENDAR)).isEqualTo(-10);
  }

  @Test
  void schoolDaysNeedASchoolCalendar() {
    assertThat(COUNTER.schoolCalendar()).isEmpty();
    assertThatThrownBy(() -> COUNTER.plus(d(2026, 9, 1), DayPeriod.schoolDays(20)))
        .isInstanceOfSatisfying(MissingCalendarException.class,
            e -> assertThat(e.calendarKind()).isEqualTo("school calendar"));
    assertThatThrownBy(() -> COUNTER.calendarFor(DayCount.SCHOOL))
        .isInstanceOf(MissingCalendarException.class)
        .hasMessageContaining("counting school days");

    SchoolCalendar school = SchoolCalendar.weekdaysExcept("district", d(2026, 8, 1),
        d(2027, 7, 31), List.of(d(2026, 11, 25), d(2026, 11, 26), d(2026, 11, 27)));
    DayCounter withSchool = COUNTER.withSchoolCalendar(school);
    assertThat(withSchool.schoolCalendar()).containsSame(school);
    assertThat(withSchool.plus(d(2026, 11, 23), DayPeriod.schoolDays(2))).isEqualTo(d(2026, 11, 30));
    assertThat(withSchool.count(d(2026, 11, 23), d(2026, 11, 30), DayCount.SCHOOL)).isEqualTo(2);
    assertThat(withSchool).isNotEqualTo(COUNTER);
    assertThat(withSchool.businessCalendar()).isSameAs(FED);
  }

  @Test
  void instantsBecomeLocalDatesInTheZone() {
    Instant lateEvening = Instant.parse("2026-03-10T04:30:00Z"); // 23:30 CDT on 03-09
    assertThat(COUNTER.localDate(lateEvening)).isEqualTo(d(2026, 3, 9));
    assertThat(COUNTER.atZone(lateEvening))
        .isEqualTo(ZonedDateTime.parse("2026-03-09T23:30-05:00[America/Chicago]"));
    assertThat(COUNTER.zone()).isEqualTo(CHICAGO);
  }

  @Test
  void calendarDayCalendarCoversEverything() {
    WorkingDayCalendar all = COUNTER.calendarFor(DayCount.CALENDAR);
    assertThat(all.dayCount()).isEqualTo(DayCount.CALENDAR);
    assertThat(all.isWorkingDay(d(2026, 3, 7))).isTrue();
    assertThat(all.plus(d(1500, 1, 1), 3)).isEqualTo(d(1500, 1, 4));
    assertThat(all.minus(d(2026, 1, 1), -3)).isEqualTo(d(2026, 1, 4));
    assertThat(all.nextOrSame(d(2026, 3, 7))).isEqualTo(d(2026, 3, 7));
    assertThatThrownBy(() -> all.plus(LocalDate.MAX, 1)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> all.countBetween(LocalDate.MIN, LocalDate.MAX))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void businessDatesOutsideTheRangeThrow() {
    assertThatThrownBy(() -> COUNTER.plus(d(2028, 12, 31), DayPeriod.businessDays(1)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> COUNTER.rollForward(d(2023, 12, 31)))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void dayPeriodValidatesAndPrints() {
    assertThat(DayPeriod.calendarDays(10)).hasToString("10 calendar days");
    assertThat(DayPeriod.businessDays(1)).hasToString("1 business day");
    assertThat(DayPeriod.schoolDays(0)).hasToString("0 school days");
    assertThat(DayPeriod.of(5, DayCount.BUSINESS)).isEqualTo(DayPeriod.businessDays(5));
    assertThatThrownBy(() -> DayPeriod.calendarDays(-1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("amount");
          assertThat(e.value()).isEqualTo("-1");
        });
    assertThatThrownBy(() -> DayPeriod.of(1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
  }

  @Test
  void dayCountNamesItsUnit() {
    assertThat(DayCount.CALENDAR.unitName(1)).isEqualTo("calendar day");
    assertThat(DayCount.CALENDAR.unitName(2)).isEqualTo("calendar days");
    assertThat(DayCount.BUSINESS.unitName(0)).isEqualTo("business days");
    assertThat(DayCount.SCHOOL.unitName(1)).isEqualTo("school day");
    assertThat(DayCount.SCHOOL.unitName(20)).isEqualTo("school days");
  }

  @Test
  void dateWindowIsInclusiveAndIntersects() {
    DateWindow w = DateWindow.of(d(2026, 3, 10), d(2026, 3, 20));
    assertThat(w.contains(d(2026, 3, 10))).isTrue();
    assertThat(w.contains(d(2026, 3, 20))).isTrue();
    assertThat(w.contains(d(2026, 3, 21))).isFalse();
    assertThat(w.contains(d(2026, 3, 9))).isFalse();
    assertThat(w.lengthInDays()).hasValue(11);
    assertThat(w.intersect(DateWindow.of(d(2026, 3, 15), d(2026, 4, 1))))
        .contains(DateWindow.of(d(2026, 3, 15), d(2026, 3, 20)));
    assertThat(w.intersect(DateWindow.ofDay(d(2026, 3, 20)))).contains(DateWindow.ofDay(d(2026, 3, 20)));
    assertThat(w.intersect(DateWindow.ofDay(d(2026, 3, 21)))).isEmpty();
    assertThat(w).hasToString("2026-03-10..2026-03-20");
    assertThatThrownBy(() -> DateWindow.of(d(2026, 3, 20), d(2026, 3, 10)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("latest");
          assertThat(e.value()).isEqualTo("2026-03-10");
        });
    assertThatThrownBy(() -> DateWindow.of(null, d(2026, 3, 10)))
        .isInstanceOf(NullPointerException.class).hasMessage("earliest");
  }

  @Test
  void aDateWindowsOpenEndIsAnEmptyOptionalNeverASentinelDate() {
    DateWindow upTo = DateWindow.onOrBefore(d(2026, 3, 20));
    assertThat(upTo.earliest()).isEmpty();
    assertThat(upTo.latest()).contains(d(2026, 3, 20));
    assertThat(upTo.contains(LocalDate.MIN)).isTrue();
    assertThat(upTo.contains(d(2026, 3, 20))).isTrue();
    assertThat(upTo.contains(d(2026, 3, 21))).isFalse();
    assertThat(upTo.lengthInDays()).isEmpty();
    assertThat(upTo).hasToString("..2026-03-20");
    DateWindow from = DateWindow.onOrAfter(d(2026, 3, 10));
    assertThat(from.latest()).isEmpty();
    assertThat(from.contains(LocalDate.MAX)).isTrue();
    assertThat(from.contains(d(2026, 3, 9))).isFalse();
    assertThat(from).hasToString("2026-03-10..");
    assertThat(upTo.intersect(from)).contains(DateWindow.of(d(2026, 3, 10), d(2026, 3, 20)));
    assertThat(from.intersect(upTo)).contains(DateWindow.of(d(2026, 3, 10), d(2026, 3, 20)));
    assertThat(upTo.intersect(DateWindow.onOrBefore(d(2026, 3, 1)))).contains(DateWindow.onOrBefore(d(2026, 3, 1)));
    assertThat(upTo.intersect(DateWindow.onOrAfter(d(2026, 3, 21)))).isEmpty();
    DateWindow always = new DateWindow(Optional.empty(), Optional.empty());
    assertThat(always.contains(d(2026, 1, 1))).isTrue();
    assertThat(always.intersect(upTo)).contains(upTo);
    assertThat(always).hasToString("..");
    assertThatThrownBy(() -> DateWindow.onOrBefore(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("latest");
    assertThatThrownBy(() -> new DateWindow(null, Optional.empty())).isInstanceOf(NullPointerException.class)
        .hasMessage("earliest");
  }

  @Test
  void countersAreEqualWhenZoneBusinessDaysAndSchoolDaysAre() {
    SchoolCalendar school = SchoolCalendar.weekdaysExcept("district", d(2026, 8, 1), d(2027, 7, 31), List.of());
    DayCounter same = DayCounter.of(ZoneId.of("America/Chicago"),
        BusinessCalendar.of(FederalHolidays.calendar(), 2024, 2028));
    assertThat(COUNTER.equals(COUNTER)).isTrue();
    assertThat(COUNTER.equals(same)).isTrue();
    assertThat(COUNTER.hashCode()).isEqualTo(same.hashCode());
    assertThat(COUNTER.withSchoolCalendar(school).equals(same.withSchoolCalendar(
        SchoolCalendar.weekdaysExcept("district", d(2026, 8, 1), d(2027, 7, 31), List.of())))).isTrue();
    // Each component on its own makes a different counter.
    DayCounter newYork = DayCounter.of(ZoneId.of("America/New_York"), FED);
    DayCounter otherYears = DayCounter.of(CHICAGO, BusinessCalendar.of(FederalHolidays.calendar(), 2024, 2029));
    assertThat(COUNTER.equals(newYork)).isFalse();
    assertThat(COUNTER.equals(otherYears)).isFalse();
    assertThat(COUNTER.equals(COUNTER.withSchoolCalendar(school))).isFalse();
    assertThat(COUNTER.withSchoolCalendar(school).equals(COUNTER.withSchoolCalendar(
        SchoolCalendar.weekdaysExcept("district", d(2026, 8, 1), d(2027, 7, 31), List.of(d(2026, 11, 26))))))
        .isFalse();
    assertThat(COUNTER.equals("America/Chicago")).isFalse();
    assertThat(COUNTER.equals(null)).isFalse();
    // Not required by the contract, but counters for two zones should not share a hash.
    assertThat(COUNTER.hashCode()).isNotEqualTo(newYork.hashCode());
  }

  @Test
  void describesItselfByZoneAndCalendarNames() {
    assertThat(COUNTER).hasToString("DayCounter[America/Chicago, US federal business days]");
    SchoolCalendar school = SchoolCalendar.weekdaysExcept("Springfield 2026-27", d(2026, 8, 1), d(2027, 7, 31),
        List.of());
    assertThat(COUNTER.withSchoolCalendar(school))
        .hasToString("DayCounter[America/Chicago, US federal business days, Springfield 2026-27]");
  }
}
