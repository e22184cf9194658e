package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final BusinessCalendar FED =
      BusinessCalendar.of(FederalHolidays.calendar(), 2020, 2030);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void coversWholeYearsAndIsNamed() {
    assertThat(FED.firstCovered()).isEqualTo(d(2020, 1, 1));
    assertThat(FED.lastCovered()).isEqualTo(d(2030, 12, 31));
    assertThat(FED.name()).isEqualTo("US federal business days");
    assertThat(FED.dayCount()).isEqualTo(DayCount.BUSINESS);
    assertThat(FED.holidays()).isSameAs(FederalHolidays.calendar());
    assertThat(FED.firstYear()).isEqualTo(2020);
    assertThat(FED.lastYear()).isEqualTo(2030);
    assertThat(FED).isEqualTo(BusinessCalendar.of(FederalHolidays.calendar(), 2020, 2030))
        .isNotEqualTo(BusinessCalendar.of(FederalHolidays.calendar(), 2020, 2031));
  }

  @Test
  void weekendsAndObservedHolidaysAreNotBusinessDays() {
    assertThat(FED.isWorkingDay(d(2026, 3, 6))).isTrue(); // Friday
    assertThat(FED.isWorkingDay(d(2026, 3, 7))).isFalse(); // Saturday
    assertThat(FED.isWorkingDay(d(2026, 7, 3))).isFalse(); // July 4 observed
    assertThat(FED.isWorkingDay(d(2021, 12, 31))).isFalse(); // New Year's Day 2022 observed
    assertThat(FED.isWorkingDay(d(2022, 12, 26))).isFalse(); // Christmas observed
  }

  @Test
  void plusSkipsAWeekend() {
    assertThat(FED.plus(d(2026, 3, 6), 1)).isEqualTo(d(2026, 3, 9));
    assertThat(FED.plus(d(2026, 3, 6), 5)).isEqualTo(d(2026, 3, 13));
    assertThat(FED.plus(d(2026, 3, 7), 1)).isEqualTo(d(2026, 3, 9));
  }

  @Test
  void plusSkipsThanksgiving() {
    // Tue 2026-11-24: Wed 25 (1), Thu 26 Thanksgiving, Fri 27 (2), Mon 30 (3).
    assertThat(FED.plus(d(2026, 11, 24), 3)).isEqualTo(d(2026, 11, 30));
    assertThat(FED.countBetween(d(2026, 11, 24), d(2026, 11, 30))).isEqualTo(3);
  }

  @Test
  void zeroMeansSameDayOrNext() {
    assertThat(FED.plus(d(2026, 3, 9), 0)).isEqualTo(d(2026, 3, 9));
    assertThat(FED.plus(d(2026, 3, 7), 0)).isEqualTo(d(2026, 3, 9));
    assertThat(FED.nextOrSame(d(2026, 7, 3))).isEqualTo(d(2026, 7, 6));
    assertThat(FED.minus(d(2026, 3, 8), 0)).isEqualTo(d(2026, 3, 6));
    assertThat(FED.previousOrSame(d(2026, 7, 5))).isEqualTo(d(2026, 7, 2));
  }

  @Test
  void minusFiveBusinessDaysBeforeAMondayHearingIsThePreviousMonday() {
    assertThat(FED.minus(d(2026, 3, 23), 5)).isEqualTo(d(2026, 3, 16));
    // Across Labor Day (Mon 2026-09-07): 5 business days before Tue 09-08 is Mon 08-31.
    assertThat(FED.minus(d(2026, 9, 8), 5)).isEqualTo(d(2026, 8, 31));
    assertThat(FED.plus(d(2026, 3, 23), -5)).isEqualTo(d(2026, 3, 16));
    assertThat(FED.minus(d(2026, 3, 16), -5)).isEqualTo(d(2026, 3, 23));
  }

  @Test
  void countBetweenIsExclusiveInclusiveAndAntisymmetric() {
    assertThat(FED.countBetween(d(2026, 3, 6), d(2026, 3, 13))).isEqualTo(5);
    assertThat(FED.countBetween(d(2026, 3, 13), d(2026, 3, 6))).isEqualTo(-5);
    assertThat(FED.countBetween(d(2026, 3, 6), d(2026, 3, 6))).isZero();
    assertThat(FED.countBetween(d(2026, 3, 7), d(2026, 3, 8))).isZero();
    // A whole year: 2026 has 261 weekdays and 11 federal holidays observed on weekdays.
    assertThat(FED.countBetween(d(2025, 12, 31), d(2026, 12, 31))).isEqualTo(250);
  }

  @Test
  void adjustersComposeWithJavaTime() {
    assertThat(d(2026, 11, 24).with(FED.adjusterPlus(3))).isEqualTo(d(2026, 11, 30));
    assertThat(d(2026, 3, 23).with(FED.adjusterMinus(5))).isEqualTo(d(2026, 3, 16));
    assertThat(d(2026, 7, 3).with(FED.adjusterNextOrSame())).isEqualTo(d(2026, 7, 6));
    assertThat(d(2026, 7, 5).with(FED.adjusterPreviousOrSame())).isEqualTo(d(2026, 7, 2));
    assertThat(LocalDateTime.of(2026, 3, 6, 16, 30).with(FED.adjusterPlus(1)))
        .isEqualTo(LocalDateTime.of(2026, 3, 9, 16, 30));
  }

  @Test
  void argumentsOutsideTheRangeThrowWithTheRange() {
    assertThatThrownBy(() -> FED.isWorkingDay(d(2019, 12, 31)))
        .isInstanceOfSatisfying(CalendarRangeException.class, e -> {
          assertThat(e.requested()).isEqualTo(d(2019, 12, 31));
          assertThat(e.firstCovered()).isEqualTo(d(2020, 1, 1));
          assertThat(e.lastCovered()).isEqualTo(d(2030, 12, 31));
          assertThat(e.getMessage()).contains("US federal business days");
        });
    assertThatThrownBy(() -> FED.plus(d(2031, 1, 1), 1))
        .isInstanceOfSatisfying(CalendarRangeException.class,
            e -> assertThat(e.requested()).isEqualTo(d(2031, 1, 1)));
    assertThatThrownBy(() -> FED.countBetween(d(2026, 1, 1), d(2031, 1, 1)))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void resultsOutsideTheRangeThrowAtBothEdges() {
    // Last business day covered: Tue 2030-12-31. One more runs off the end.
    assertThat(FED.plus(d(2030, 12, 30), 1)).isEqualTo(d(2030, 12, 31));
    assertThatThrownBy(() -> FED.plus(d(2030, 12, 31), 1))
        .isInstanceOfSatisfying(CalendarRangeException.class, e -> {
          assertThat(e.requested()).isEqualTo(d(2031, 1, 1));
          assertThat(e.lastCovered()).isEqualTo(d(2030, 12, 31));
        });
    // First business day covered: Thu 2020-01-02 (Jan 1 is New Year's Day).
    assertThat(FED.minus(d(2020, 1, 3), 1)).isEqualTo(d(2020, 1, 2));
    assertThatThrownBy(() -> FED.minus(d(2020, 1, 2), 1))
        .isInstanceOfSatisfying(CalendarRangeException.class, e -> {
          assertThat(e.requested()).isEqualTo(d(2019, 12, 31));
          assertThat(e.firstCovered()).isEqualTo(d(2020, 1, 1));
        });
    assertThatThrownBy(() -> FED.previousOrSame(d(2020, 1, 1)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> FED.plus(d(2026, 1, 1), Integer.MAX_VALUE))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> FED.plus(d(2026, 1, 1), Integer.MIN_VALUE))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> FED.minus(d(2026, 1, 1), Integer.MIN_VALUE))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void invalidYearsAreRejectedNamingTheField() {
    HolidayCalendar h = FederalHolidays.calendar();
    assertThatThrownBy(() -> BusinessCalendar.of(h, 1899, 1950))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("firstYear");
          assertThat(e.value()).isEqualTo("1899");
          assertThat(e.allowed()).isEqualTo("1900 to 2200");
        });
    assertThatThrownBy(() -> BusinessCalendar.of(h, 2030, 2029))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("lastYear"));
    assertThatThrownBy(() -> BusinessCalendar.of(h, 2000, 2201))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("lastYear"));
    // 1900 to 2200 is 301 years; 300 years from 1900 end with 1900 + 300 - 1 = 2199.
    assertThatThrownBy(() -> BusinessCalendar.of(h, 1900, 2200))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("lastYear");
          assertThat(e.allowed()).isEqualTo("at most 300 years from firstYear 1900, so at most 2199");
        });
    assertThat(BusinessCalendar.of(h, 1900, 2199).lastCovered()).isEqualTo(d(2199, 12, 31));
    assertThatThrownBy(() -> BusinessCalendar.of(null, 2000, 2001))
        .isInstanceOf(NullPointerException.class).hasMessage("holidays");
    assertThatThrownBy(() -> FED.plus(null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("start");
  }

  @Test
  void aSingleYearIsAcceptedAtEitherEndOfTheYearsAllowed() {
    HolidayCalendar h = FederalHolidays.calendar();
    // firstYear == lastYear is allowed, at 1900, at 2200 and in between.
    assertThat(BusinessCalendar.of(h, 1900, 1900).lastCovered()).isEqualTo(d(1900, 12, 31));
    BusinessCalendar last = BusinessCalendar.of(h, 2200, 2200);
    assertThat(last.firstCovered()).isEqualTo(d(2200, 1, 1));
    assertThat(last.lastCovered()).isEqualTo(d(2200, 12, 31));
    // 250 business days in 2026 (see above); January 1 is New Year's Day, so (Jan 1, Dec 31] has them all.
    assertThat(BusinessCalendar.of(h, 2026, 2026).countBetween(d(2026, 1, 1), d(2026, 12, 31))).isEqualTo(250);
    assertThatThrownBy(() -> BusinessCalendar.of(h, 2201, 2201))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("firstYear");
          assertThat(e.value()).isEqualTo("2201");
        });
    assertThatThrownBy(() -> BusinessCalendar.of(h, 2199, 2201))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("lastYear");
          assertThat(e.allowed()).isEqualTo("2199 (firstYear) to 2200");
        });
  }

  @Test
  void equalWhenBuiltFromEqualHolidaysOverTheSameYears() {
    HolidayCalendar none = HolidayCalendar.builder("No holidays").build();
    BusinessCalendar cal = BusinessCalendar.of(none, 2026, 2027);
    assertThat(cal.equals(cal)).isTrue();
    assertThat(cal.equals(BusinessCalendar.of(HolidayCalendar.builder("No holidays").build(), 2026, 2027))).isTrue();
    assertThat(cal.hashCode())
        .isEqualTo(BusinessCalendar.of(HolidayCalendar.builder("No holidays").build(), 2026, 2027).hashCode());
    assertThat(cal.equals(BusinessCalendar.of(none, 2025, 2027))).isFalse();
    assertThat(cal.equals(BusinessCalendar.of(none, 2026, 2028))).isFalse();
    assertThat(cal.equals(BusinessCalendar.of(HolidayCalendar.builder("Other").build(), 2026, 2027))).isFalse();
    assertThat(cal.equals("No holidays business days")).isFalse();
    assertThat(cal.equals(null)).isFalse();
    // Not required by the contract, but a hash that ignored the years would pile every calendar of a
    // holiday set into one bucket.
    assertThat(cal.hashCode()).isNotEqualTo(BusinessCalendar.of(none, 2026, 2028).hashCode());
  }

  @Test
  void describesItselfByNameAndYears() {
    assertThat(FED).hasToString("BusinessCalendar[US federal business days, 2020..2030]");
  }
}
