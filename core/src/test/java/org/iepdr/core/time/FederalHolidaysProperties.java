package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FederalHolidaysProperties {

  private final HolidayCalendar fed = FederalHolidays.calendar();

  @Property
  void everyYearMatchesTheStatute(@ForAll @IntRange(min = 1990, max = 2100) int year) {
    FederalHolidayOracle.check(fed, year);
  }

  @Property
  void everyListedHolidayIsObservedOnAWeekdayInTheListedYear(
      @ForAll @IntRange(min = 1990, max = 2100) int year) {
    assertThat(fed.holidaysIn(year)).isNotEmpty().allSatisfy(h -> {
      assertThat(h.observed().getYear()).isEqualTo(year);
      assertThat(h.observed().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(Math.abs(h.observed().toEpochDay() - h.date().toEpochDay())).isLessThanOrEqualTo(1);
    });
  }
}
