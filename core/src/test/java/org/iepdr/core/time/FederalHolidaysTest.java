package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FederalHolidaysTest {

  private static final HolidayCalendar FED = FederalHolidays.calendar();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void year2021ListsJuneteenthOnFridayAndNewYear2022OnDecember31() {
    assertThat(FED.holidaysIn(2021))
        .extracting(Holiday::name, Holiday::date, Holiday::observed)
        .containsExactly(
            tuple("New Year's Day", d(2021, 1, 1), d(2021, 1, 1)),
            tuple("Birthday of Martin Luther King, Jr.", d(2021, 1, 18), d(2021, 1, 18)),
            tuple("Washington's Birthday", d(2021, 2, 15), d(2021, 2, 15)),
            tuple("Memorial Day", d(2021, 5, 31), d(2021, 5, 31)),
            tuple("Juneteenth National Independence Day", d(2021, 6, 19), d(2021, 6, 18)),
            tuple("Independence Day", d(2021, 7, 4), d(2021, 7, 5)),
            tuple("Labor Day", d(2021, 9, 6), d(2021, 9, 6)),
            tuple("Columbus Day", d(2021, 10, 11), d(2021, 10, 11)),
            tuple("Veterans Day", d(2021, 11, 11), d(2021, 11, 11)),
            tuple("Thanksgiving Day", d(2021, 11, 25), d(2021, 11, 25)),
            tuple("Christmas Day", d(2021, 12, 25), d(2021, 12, 24)),
            tuple("New Year's Day", d(2022, 1, 1), d(2021, 12, 31)));
    assertThat(FED.holidaysIn(2021)).allSatisfy(h -> assertThat(h.source()).isEqualTo("5 U.S.C. 6103(a)"));
  }

  @Test
  void year2020HasNoJuneteenthAndJuly4ObservedFriday() {
    List<Holiday> list = FED.holidaysIn(2020);
    assertThat(list).hasSize(10).extracting(Holiday::name)
        .doesNotContain("Juneteenth National Independence Day");
    assertThat(FED.holidayOn(d(2020, 7, 3))).map(Holiday::name).contains("Independence Day");
    assertThat(FED.isHoliday(d(2020, 6, 19))).isFalse();
  }

  @Test
  void newYear2022IsObservedOnFriday2021December31AndNotIn2022List() {
    assertThat(FED.holidayOn(d(2021, 12, 31)))
        .hasValueSatisfying(h -> {
          assertThat(h.name()).isEqualTo("New Year's Day");
          assertThat(h.date()).isEqualTo(d(2022, 1, 1));
          assertThat(h.isMoved()).isTrue();
        });
    assertThat(FED.isHoliday(d(2022, 1, 1))).isFalse();
    assertThat(FED.holidaysIn(2022)).extracting(Holiday::name).doesNotContain("New Year's Day");
  }

  @Test
  void independenceDay2026OnSaturdayIsObservedFridayJuly3() {
    assertThat(FED.isHoliday(d(2026, 7, 3))).isTrue();
    assertThat(FED.isHoliday(d(2026, 7, 4))).isFalse();
  }

  @Test
  void christmas2022OnSundayIsObservedMondayDecember26() {
    assertThat(FED.holidayOn(d(2022, 12, 26))).map(Holiday::name).contains("Christmas Day");
    assertThat(FED.isHoliday(d(2022, 12, 25))).isFalse();
  }

  @Test
  void juneteenth2022OnSundayIsObservedMondayJune20() {
    assertThat(FED.holidayOn(d(2022, 6, 20))).map(Holiday::date).contains(d(2022, 6, 19));
  }

  @Test
  void veteransDayWasInOctoberFrom1971To1977() {
    assertThat(FED.holidaysIn(1975)).filteredOn(h -> h.name().equals("Veterans Day"))
        .extracting(Holiday::date).containsExactly(d(1975, 10, 27));
    assertThat(FED.holidaysIn(1978)).filteredOn(h -> h.name().equals("Veterans Day"))
        .extracting(Holiday::date).containsExactly(d(1978, 11, 11));
  }

  @Test
  void calendarIsASingletonNamedUsFederal() {
    assertThat(FederalHolidays.calendar()).isSameAs(FED);
    assertThat(FED.name()).isEqualTo("US federal");
    assertThat(FED.observancePolicy()).isEqualTo(ObservancePolicy.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY);
  }

  /** Every year 1990-2100, checked against an independent computation of the statute's dates. */
  @Test
  void everyYear1990To2100MatchesTheStatute() {
    for (int year = 1990; year <= 2100; year++) {
      FederalHolidayOracle.check(FED, year);
    }
  }
}
