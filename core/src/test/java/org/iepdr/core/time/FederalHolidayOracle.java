package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An independent re-statement of 5 U.S.C. 6103(a) and its observance, for the tests. */
final class FederalHolidayOracle {

  private FederalHolidayOracle() {
  }

  static Map<String, LocalDate> actualDates(int year) {
    Map<String, LocalDate> m = new LinkedHashMap<>();
    m.put("New Year's Day", LocalDate.of(year, 1, 1));
    m.put("Birthday of Martin Luther King, Jr.", nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY));
    m.put("Washington's Birthday", nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));
    m.put("Memorial Day",
        LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    if (year >= 2021) {
      m.put("Juneteenth National Independence Day", LocalDate.of(year, 6, 19));
    }
    m.put("Independence Day", LocalDate.of(year, 7, 4));
    m.put("Labor Day", nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));
    m.put("Columbus Day", nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY));
    m.put("Veterans Day", LocalDate.of(year, 11, 11));
    m.put("Thanksgiving Day", nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY));
    m.put("Christmas Day", LocalDate.of(year, 12, 25));
    return m;
  }

  private static LocalDate nth(int year, Month month, int n, DayOfWeek dow) {
    LocalDate first = LocalDate.of(year, month, 1).with(TemporalAdjusters.nextOrSame(dow));
    return first.plusWeeks(n - 1L);
  }

  static LocalDate federalObserved(LocalDate actual) {
    switch (actual.getDayOfWeek()) {
      case SATURDAY:
        return actual.minusDays(1);
      case SUNDAY:
        return actual.plusDays(1);
      default:
        return actual;
    }
  }

  /** Holidays whose actual date falls in the year (their observed date may be in the year before). */
  static List<Holiday> byActualYear(HolidayCalendar cal, int year) {
    List<Holiday> result = new ArrayList<>();
    for (int y = year - 1; y <= year + 1; y++) {
      for (Holiday h : cal.holidaysIn(y)) {
        if (h.date().getYear() == year) {
          result.add(h);
        }
      }
    }
    return result;
  }

  static void check(HolidayCalendar cal, int year) {
    Map<String, LocalDate> expected = actualDates(year);
    List<Holiday> actual = byActualYear(cal, year);
    assertThat(actual).as("holidays of %d", year).hasSize(year >= 2021 ? 11 : 10)
        .hasSize(expected.size());
    for (Holiday h : actual) {
      assertThat(expected).as("%s in %d", h.name(), year).containsEntry(h.name(), h.date());
      assertThat(h.observed()).as("observed %s", h).isEqualTo(federalObserved(h.date()));
      assertThat(h.observed().getDayOfWeek()).as("observed %s", h)
          .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(cal.isHoliday(h.observed())).isTrue();
    }
    assertThat(actual).extracting(Holiday::name).doesNotHaveDuplicates();
    // The weekday and ordinal of the Monday/Thursday holidays.
    LocalDate mlk = expected.get("Birthday of Martin Luther King, Jr.");
    assertThat(mlk.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(mlk.getDayOfMonth()).isBetween(15, 21);
    LocalDate thanksgiving = expected.get("Thanksgiving Day");
    assertThat(thanksgiving.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(thanksgiving.getDayOfMonth()).isBetween(22, 28);
    LocalDate memorial = expected.get("Memorial Day");
    assertThat(memorial.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(memorial.getDayOfMonth()).isBetween(25, 31);
    LocalDate labor = expected.get("Labor Day");
    assertThat(labor.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(labor.getDayOfMonth()).isBetween(1, 7);
  }
}
