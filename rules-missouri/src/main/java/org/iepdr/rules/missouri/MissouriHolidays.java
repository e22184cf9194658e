package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Month;
import org.apiguardian.api.API;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;
import org.iepdr.core.time.HolidayRule;
import org.iepdr.core.time.ObservancePolicy;

/**
 * Missouri's state holidays (RSMo 9.010) joined with the federal ones: the days on which Missouri's
 * state offices, DESE among them, are closed, for counting business days.
 *
 * <p>RSMo 9.010, in the text before 2022 (uslegal.com copy, VERIFIED), lists January 1, the third
 * Monday in January, February 12 (Lincoln Day), the third Monday in February, May 8 (Truman Day), the
 * last Monday in May, July 4, the first Monday in September, the second Monday in October, November 11,
 * the fourth Thursday in November and December 25, "and when any of such holidays falls upon Sunday,
 * the Monday next following shall be considered the holiday". Juneteenth (June 19) became a state
 * holiday in the 2022 session (Office of Administration list, VERIFIED; the bill number and the exact
 * new wording of 9.010 are UNVERIFIED). Every one of those days except Lincoln Day and Truman Day is
 * also a federal holiday (5 U.S.C. 6103(a)) on the same date, so the calendar is
 * {@link FederalHolidays#calendar()} plus Lincoln Day and Truman Day. The federal Juneteenth rule
 * (from 2021) covers the state holiday (from 2022) and the 2021 closure that an executive order gave
 * state offices for that year only.
 *
 * <p>Observance: the statute moves a Sunday holiday to the Monday after and says nothing about
 * Saturday. In practice state offices keep a Saturday holiday on the Friday before: the Office of
 * Administration's 2026 list shows "Independence Day (observed) Friday, July 3", Missourinet
 * (2021-02-11) reports New Year's Day 2022 "will be celebrated on December 31", and a department
 * policy citing 1 CSR 20-5.010(2) says "When a holiday falls on a Saturday, it will be observed on the
 * preceding Friday". That practice is VERIFIED; the legal text that authorizes it is UNVERIFIED (the
 * relevant part of 1 CSR 20-5.010 was not read). This calendar follows the practice, since it is what
 * closes DESE's offices: Lincoln Day and Truman Day use
 * {@link ObservancePolicy#SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY}, like the federal holidays.
 *
 * <p>Not in the statute: the day after Thanksgiving and Christmas Eve, which governors grant by
 * executive order in some years (e.g. EO 19-19, EO 22-06; EO 18-11, EO 20-20). Add such a closure with
 * {@code HolidayCalendar.builder("...").include(MissouriHolidays.calendar()).closure(date, reason,
 * source)}, or {@link MissouriModule#withClosure}.
 *
 * <p>Implementation Requirements: a static utility; the calendar is immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class MissouriHolidays {

  /** The statute, as the source of each state holiday. */
  public static final String SOURCE = "RSMo 9.010";

  private static final HolidayCalendar CALENDAR = HolidayCalendar.builder("Missouri state offices")
      .include(FederalHolidays.calendar())
      .observancePolicy(ObservancePolicy.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY)
      .rule(HolidayRule.fixed("Lincoln Day", Month.FEBRUARY, 12, SOURCE))
      .rule(HolidayRule.fixed("Truman Day", Month.MAY, 8, SOURCE))
      .build();

  private MissouriHolidays() {}

  /**
   * Returns the calendar of days Missouri's state offices are closed by statute: the federal holidays,
   * Lincoln Day (February 12) and Truman Day (May 8), a Saturday holiday observed the Friday before and
   * a Sunday holiday the Monday after.
   *
   * @return the calendar, the same instance on every call
   */
  public static HolidayCalendar calendar() {
    return CALENDAR;
  }
}
