package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.d;

import org.iepdr.core.time.HolidayCalendar;
import org.iepdr.rules.mississippi.MississippiHolidays.SaturdayPolicy;
import org.junit.jupiter.api.Test;

/** Dated examples of the Mississippi calendar (the 2000-2100 check is MississippiHolidaysJollydayTest). */
class MississippiHolidaysTest {

  private final HolidayCalendar ms = MississippiHolidays.calendar();

  @Test
  void stateOnlyAndSharedHolidaysOf2026() {
    assertThat(ms.holidayOn(d("2026-04-27"))).hasValueSatisfying(h -> {
      assertThat(h.name()).isEqualTo("Confederate Memorial Day");
      assertThat(h.source()).isEqualTo("Miss. Code 3-3-7");
    });
    assertThat(ms.isHoliday(d("2026-04-20"))).isFalse();
    assertThat(ms.holidaysIn(2026)).filteredOn(h -> h.observed().equals(d("2026-01-19"))).extracting(h -> h.name())
        .contains("Birthday of Martin Luther King, Jr.", "Robert E. Lee's birthday and Dr. Martin Luther King, Jr.'s birthday");
    assertThat(ms.holidaysIn(2026)).filteredOn(h -> h.observed().equals(d("2026-05-25"))).extracting(h -> h.name())
        .contains("National Memorial Day and Jefferson Davis' birthday");
  }

  @Test
  void columbusDayAndJuneteenthStayFederalHolidays() {
    assertThat(ms.holidayOn(d("2026-10-12"))).hasValueSatisfying(h -> assertThat(h.source()).isEqualTo("5 U.S.C. 6103(a)"));
    assertThat(ms.holidayOn(d("2026-06-19"))).hasValueSatisfying(h -> assertThat(h.source()).isEqualTo("5 U.S.C. 6103(a)"));
    assertThat(MississippiHolidays.stateRules()).extracting(r -> r.name())
        .doesNotContain("Columbus Day").noneMatch(n -> n.contains("Juneteenth")).hasSize(10);
  }

  @Test
  void aSundayHolidayMovesToMonday() {
    // Christmas 2022 was a Sunday.
    assertThat(ms.isHoliday(d("2022-12-26"))).isTrue();
  }

  @Test
  void aSaturdayStateHolidayFollowsTheChosenPolicy() {
    // July 4, 2026 is a Saturday; the federal observance closes Friday 07-03 whatever the policy.
    assertThat(ms.isHoliday(d("2026-07-03"))).isTrue();
    assertThat(ms.isHoliday(d("2026-07-06"))).isFalse();
    HolidayCalendar monday = MississippiHolidays.calendar(SaturdayPolicy.FOLLOWING_MONDAY);
    assertThat(monday.isHoliday(d("2026-07-03"))).isTrue();
    assertThat(monday.isHoliday(d("2026-07-06"))).isTrue();
    HolidayCalendar friday = MississippiHolidays.calendar(SaturdayPolicy.PRECEDING_FRIDAY);
    assertThat(friday.isHoliday(d("2026-07-06"))).isFalse();
    assertThat(MississippiHolidays.calendar(SaturdayPolicy.NOT_OBSERVED)).isSameAs(ms);
  }

  @Test
  void aProclaimedClosureIsAddedThroughTheBuilder() {
    HolidayCalendar withClosure = MississippiHolidays.builder(SaturdayPolicy.NOT_OBSERVED)
        .closure(d("2026-11-27"), "Day after Thanksgiving", "Governor's proclamation").build();
    assertThat(ms.isHoliday(d("2026-11-27"))).isFalse();
    assertThat(withClosure.isHoliday(d("2026-11-27"))).isTrue();
  }
}
