package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.d;

import org.iepdr.core.time.BusinessCalendar;
import org.iepdr.core.time.HolidayCalendar;
import org.junit.jupiter.api.Test;

class MissouriHolidaysTest {

  private final HolidayCalendar cal = MissouriHolidays.calendar();
  private final BusinessCalendar business = MO.counter().businessCalendar();

  @Test
  void lincolnAndTrumanDayOnWeekdays() {
    assertThat(cal.isHoliday(d("2026-02-12"))).isTrue(); // Thursday
    assertThat(cal.isHoliday(d("2026-05-08"))).isTrue(); // Friday
    assertThat(business.isWorkingDay(d("2026-05-08"))).isFalse();
    assertThat(cal.holidayOn(d("2026-05-08")).get().name()).isEqualTo("Truman Day");
    assertThat(cal.holidayOn(d("2026-02-12")).get().source()).isEqualTo("RSMo 9.010");
  }

  @Test
  void saturdayHolidayIsKeptTheFridayBefore() {
    assertThat(cal.isHoliday(d("2022-02-11"))).isTrue(); // Lincoln Day 2022 was a Saturday
    assertThat(cal.isHoliday(d("2027-05-07"))).isTrue(); // Truman Day 2027 is a Saturday
    assertThat(cal.isHoliday(d("2026-07-03"))).isTrue(); // OA 2026: Independence Day (observed) Friday July 3
    assertThat(cal.isHoliday(d("2021-12-31"))).isTrue(); // New Year's Day 2022 kept on Friday Dec 31
  }

  @Test
  void sundayHolidayMovesToMondayAsTheStatuteSays() {
    assertThat(cal.isHoliday(d("2023-02-13"))).isTrue(); // Lincoln Day 2023 was a Sunday
    assertThat(cal.isHoliday(d("2022-06-20"))).isTrue(); // Juneteenth 2022 (Sunday): offices closed Mon June 20
    assertThat(cal.isHoliday(d("2022-05-09"))).isTrue(); // Truman Day 2022 was a Sunday
  }

  @Test
  void federalHolidaysAreIncludedAndGovernorsClosuresAreNot() {
    assertThat(cal.isHoliday(d("2026-10-12"))).isTrue(); // Columbus Day (also RSMo 9.010)
    assertThat(cal.isHoliday(d("2026-11-11"))).isTrue(); // Veterans Day
    assertThat(cal.isHoliday(d("2026-11-26"))).isTrue(); // Thanksgiving
    assertThat(cal.isHoliday(d("2026-11-27"))).isFalse(); // day after: executive order only
    assertThat(cal.isHoliday(d("2026-12-24"))).isFalse(); // Christmas Eve: executive order only
    assertThat(cal.holidaysIn(2026)).hasSize(13); // the OA's 13 state holidays
  }

  @Test
  void closuresCanBeAddedThroughTheBuilder() {
    HolidayCalendar withEo = HolidayCalendar.builder("MO 2022").include(MissouriHolidays.calendar())
        .closure(d("2022-11-25"), "Day after Thanksgiving", "Mo. EO 22-06").build();
    assertThat(withEo.isHoliday(d("2022-11-25"))).isTrue();
    assertThat(withEo.isHoliday(d("2022-02-11"))).isTrue();
  }
}
