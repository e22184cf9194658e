package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.DayOfWeek;
import java.time.Month;
import org.apiguardian.api.API;

/**
 * The legal public holidays of the United States, 5 U.S.C. 6103(a), observed the federal way.
 *
 * <p>The eleven holidays are New Year's Day (January 1), Birthday of Martin Luther King, Jr. (third
 * Monday in January, from 1986), Washington's Birthday (third Monday in February), Memorial Day (last
 * Monday in May), Juneteenth National Independence Day (June 19, from 2021, Pub. L. 117-17),
 * Independence Day (July 4), Labor Day (first Monday in September), Columbus Day (second Monday in
 * October), Veterans Day (November 11), Thanksgiving Day (fourth Thursday in November) and Christmas
 * Day (December 25).
 *
 * <p>Observance: a holiday on a Saturday is observed the Friday before (5 U.S.C. 6103(b)(1)) and one
 * on a Sunday the Monday after (E.O. 11582 s.3(a)), so the policy is
 * {@link ObservancePolicy#SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY}.
 *
 * <p>History: the calendar follows the Uniform Monday Holiday Act (Pub. L. 90-363) from 1971,
 * including Veterans Day on the fourth Monday in October in 1971 to 1977 (restored to November 11 by
 * Pub. L. 94-97 from 1978); before 1971 Washington's Birthday, Memorial Day and Veterans Day are on
 * their fixed dates (February 22, May 30, November 11). It is not historically exact before 1971 in
 * other respects, and it omits Inauguration Day, which 6103(c) gives only in the Washington, D.C.
 * area. It is checked for 1990 to 2100.
 *
 * <p>Implementation Requirements: a static utility; the calendar returned is immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.2.0")
public final class FederalHolidays {

  /** The statute, as the source of each holiday. */
  public static final String SOURCE = "5 U.S.C. 6103(a)";

  private static final HolidayCalendar CALENDAR = HolidayCalendar.builder("US federal")
      .observancePolicy(ObservancePolicy.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY)
      .rule(HolidayRule.fixed("New Year's Day", Month.JANUARY, 1, SOURCE))
      .rule(HolidayRule.nthWeekday("Birthday of Martin Luther King, Jr.", Month.JANUARY, 3,
          DayOfWeek.MONDAY, SOURCE).validFrom(1986))
      .rule(HolidayRule.fixed("Washington's Birthday", Month.FEBRUARY, 22, SOURCE).validTo(1970))
      .rule(HolidayRule.nthWeekday("Washington's Birthday", Month.FEBRUARY, 3, DayOfWeek.MONDAY,
          SOURCE).validFrom(1971))
      .rule(HolidayRule.fixed("Memorial Day", Month.MAY, 30, SOURCE).validTo(1970))
      .rule(HolidayRule.lastWeekday("Memorial Day", Month.MAY, DayOfWeek.MONDAY, SOURCE)
          .validFrom(1971))
      .rule(HolidayRule.fixed("Juneteenth National Independence Day", Month.JUNE, 19, SOURCE)
          .validFrom(2021))
      .rule(HolidayRule.fixed("Independence Day", Month.JULY, 4, SOURCE))
      .rule(HolidayRule.nthWeekday("Labor Day", Month.SEPTEMBER, 1, DayOfWeek.MONDAY, SOURCE))
      .rule(HolidayRule.nthWeekday("Columbus Day", Month.OCTOBER, 2, DayOfWeek.MONDAY, SOURCE))
      .rule(HolidayRule.fixed("Veterans Day", Month.NOVEMBER, 11, SOURCE).validTo(1970))
      .rule(HolidayRule.nthWeekday("Veterans Day", Month.OCTOBER, 4, DayOfWeek.MONDAY, SOURCE)
          .validFrom(1971).validTo(1977))
      .rule(HolidayRule.fixed("Veterans Day", Month.NOVEMBER, 11, SOURCE).validFrom(1978))
      .rule(HolidayRule.nthWeekday("Thanksgiving Day", Month.NOVEMBER, 4, DayOfWeek.THURSDAY,
          SOURCE))
      .rule(HolidayRule.fixed("Christmas Day", Month.DECEMBER, 25, SOURCE))
      .build();

  private FederalHolidays() {
  }

  /**
   * Returns the federal holiday calendar, named {@code "US federal"}.
   *
   * @return the calendar, the same instance on every call
   */
  public static HolidayCalendar calendar() {
    return CALENDAR;
  }
}
