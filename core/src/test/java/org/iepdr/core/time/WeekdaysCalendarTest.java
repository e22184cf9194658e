package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Boundary cases of the weekday count of 34 CFR 300.148(d)(1)(ii). */
class WeekdaysCalendarTest {

  private static final DayCounter FED = DayCounter.of(ZoneId.of("America/Chicago"),
      BusinessCalendar.of(FederalHolidays.calendar(), 2024, 2028));

  @Test
  void tenWeekdaysBeforeACountBackOverAWeekendAndAHoliday() {
    // removal Friday 2026-01-30; 10 weekdays back, Martin Luther King Day (Monday 2026-01-19) counted
    LocalDate removal = LocalDate.of(2026, 1, 30);
    assertThat(FED.minus(removal, DayPeriod.weekdays(10))).isEqualTo(LocalDate.of(2026, 1, 16));
    // business days skip the holiday, so they reach one weekday further back
    assertThat(FED.minus(removal, DayPeriod.businessDays(10))).isEqualTo(LocalDate.of(2026, 1, 15));
  }

  @Test
  void countsAndNames() {
    LocalDate mon = LocalDate.of(2026, 1, 19);
    assertThat(FED.count(mon, mon.plusDays(7), DayCount.WEEKDAYS)).isEqualTo(5);
    assertThat(FED.plus(LocalDate.of(2026, 1, 17), DayPeriod.weekdays(0))).isEqualTo(mon);
    assertThat(FED.minus(LocalDate.of(2026, 1, 18), DayPeriod.weekdays(0))).isEqualTo(LocalDate.of(2026, 1, 16));
    assertThat(FED.calendarFor(DayCount.WEEKDAYS).dayCount()).isEqualTo(DayCount.WEEKDAYS);
    assertThat(DayPeriod.weekdays(10)).hasToString("10 weekdays");
    assertThat(DayCount.WEEKDAYS.unitName(1)).isEqualTo("weekday");
    assertThat(FED.calendarFor(DayCount.WEEKDAYS).firstCovered()).isEqualTo(LocalDate.MIN);
  }
}
