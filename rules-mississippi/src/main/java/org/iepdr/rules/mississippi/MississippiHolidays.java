package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;
import org.iepdr.core.time.HolidayRule;
import org.iepdr.core.time.ObservancePolicy;

/**
 * Mississippi's legal holidays, Miss. Code 3-3-7, joined with the federal holidays: the days that are
 * not business days in Mississippi (34 CFR 300.11 excludes federal <em>and</em> State holidays).
 *
 * <p>The state holidays of 3-3-7 are New Year's Day (January 1); the third Monday of January
 * ("Robert E. Lee's birthday and Dr. Martin Luther King, Jr.'s birthday", the same day as the federal
 * MLK Day); Washington's birthday (third Monday of February); Confederate Memorial Day (the last Monday
 * of April); "National Memorial Day and Jefferson Davis' birthday" (the last Monday of May, the federal
 * Memorial Day); July 4; Labor Day (first Monday of September); "Armistice or Veterans' Day"
 * (November 11); Thanksgiving Day (the day the Governor proclaims to match the President's, encoded as
 * the fourth Thursday of November); and Christmas Day (December 25). Mississippi has no Columbus Day and
 * no Juneteenth of its own, but both stay federal holidays, so neither is a business day here either.
 *
 * <p>Weekends. 3-3-7: a holiday that "shall fall on Sunday, then the next following day shall be a
 * legal holiday" (Sunday to Monday). For a Saturday holiday, Miss. Code 25-1-97 lets "the following
 * Monday ... in the discretion of the executive head ... of a state agency, be utilized in lieu of the
 * legal holiday", and the State Personnel Board says weekend holidays are "observed as declared by the
 * Governor". There is no fixed rule, so the library's documented default,
 * {@link SaturdayPolicy#NOT_OBSERVED}, gives a Saturday state holiday no weekday in its place; the
 * caller chooses another with {@link #calendar(SaturdayPolicy)}. Every state holiday that falls on a
 * fixed date is also a federal holiday, and the federal Saturday-to-Friday observance
 * (5 U.S.C. 6103(b)(1)) applies to those whatever the policy: with the default, July 4, 2026 (a
 * Saturday) closes Friday, July 3 (federal) and nothing else; with {@link SaturdayPolicy#FOLLOWING_MONDAY}
 * it closes Monday, July 6 as well.
 *
 * <p>Closures a Governor proclaims (the day after Thanksgiving, a storm) are dated one-offs: add them
 * with {@link #builder(SaturdayPolicy)} and {@link HolidayCalendar.Builder#closure}, or through
 * {@link MississippiModule#withClosure}. The calendar is checked for 2000 to 2100 against Jollyday's
 * US-MS data (see the test {@code MississippiHolidaysJollydayTest} for the named differences).
 *
 * <p>Implementation Requirements: a static utility; the calendars returned are immutable and
 * thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class MississippiHolidays {

  /** The statute, as the source of each state holiday. */
  public static final String SOURCE = "Miss. Code 3-3-7";

  /**
   * How a Mississippi state holiday that falls on a Saturday is observed (Miss. Code 25-1-97 leaves it
   * to each agency's discretion). A Sunday holiday always moves to Monday (3-3-7).
   */
  public enum SaturdayPolicy {
    /**
     * The default: a Saturday state holiday closes no weekday (3-3-7 moves only Sunday holidays). The
     * federal Saturday-to-Friday rule still closes the Friday before for a federal holiday.
     */
    NOT_OBSERVED(ObservancePolicy.SUNDAY_TO_MONDAY),
    /** A Saturday state holiday is observed the following Monday, as 25-1-97 allows an agency head. */
    FOLLOWING_MONDAY(ObservancePolicy.WEEKEND_TO_MONDAY),
    /** A Saturday state holiday is observed the Friday before, as a Governor may declare. */
    PRECEDING_FRIDAY(ObservancePolicy.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY);

    private final ObservancePolicy observance;

    SaturdayPolicy(ObservancePolicy observance) {
      this.observance = observance;
    }

    /**
     * Returns the core observance policy that implements this choice for the state holidays.
     *
     * @return the policy
     */
    public ObservancePolicy observance() {
      return observance;
    }
  }

  private static final List<HolidayRule> STATE_RULES = List.of(
      HolidayRule.fixed("New Year's Day", Month.JANUARY, 1, SOURCE),
      HolidayRule.nthWeekday("Robert E. Lee's birthday and Dr. Martin Luther King, Jr.'s birthday",
          Month.JANUARY, 3, DayOfWeek.MONDAY, SOURCE),
      HolidayRule.nthWeekday("Washington's birthday", Month.FEBRUARY, 3, DayOfWeek.MONDAY, SOURCE),
      HolidayRule.lastWeekday("Confederate Memorial Day", Month.APRIL, DayOfWeek.MONDAY, SOURCE),
      HolidayRule.lastWeekday("National Memorial Day and Jefferson Davis' birthday", Month.MAY,
          DayOfWeek.MONDAY, SOURCE),
      HolidayRule.fixed("Independence Day", Month.JULY, 4, SOURCE),
      HolidayRule.nthWeekday("Labor Day", Month.SEPTEMBER, 1, DayOfWeek.MONDAY, SOURCE),
      HolidayRule.fixed("Armistice or Veterans' Day", Month.NOVEMBER, 11, SOURCE),
      HolidayRule.nthWeekday("Thanksgiving Day", Month.NOVEMBER, 4, DayOfWeek.THURSDAY, SOURCE),
      HolidayRule.fixed("Christmas Day", Month.DECEMBER, 25, SOURCE));

  private static final HolidayCalendar DEFAULT = builder(SaturdayPolicy.NOT_OBSERVED).build();

  private MississippiHolidays() {}

  /**
   * Returns the ten recurring state holidays of Miss. Code 3-3-7, without an observance policy of
   * their own.
   *
   * @return the rules, an unmodifiable list
   */
  public static List<HolidayRule> stateRules() {
    return STATE_RULES;
  }

  /**
   * Returns the default calendar: federal holidays observed the federal way, state holidays with
   * Sunday to Monday and {@link SaturdayPolicy#NOT_OBSERVED}, no closures.
   *
   * @return the calendar, named {@code "Mississippi"}; the same instance on every call
   */
  public static HolidayCalendar calendar() {
    return DEFAULT;
  }

  /**
   * Returns the calendar with a chosen Saturday policy for the state holidays.
   *
   * @param saturdayPolicy how a Saturday state holiday is observed
   * @return the calendar
   */
  public static HolidayCalendar calendar(SaturdayPolicy saturdayPolicy) {
    return saturdayPolicy == SaturdayPolicy.NOT_OBSERVED ? DEFAULT : builder(saturdayPolicy).build();
  }

  /**
   * Returns a builder holding the federal and Mississippi holidays, to which a caller adds the
   * closures a Governor proclaims, e.g.
   * {@code MississippiHolidays.builder(SaturdayPolicy.NOT_OBSERVED).closure(LocalDate.of(2026, 11, 27),
   * "Day after Thanksgiving", "Governor's proclamation").build()}.
   *
   * @param saturdayPolicy how a Saturday state holiday is observed
   * @return a new builder
   */
  public static HolidayCalendar.Builder builder(SaturdayPolicy saturdayPolicy) {
    Objects.requireNonNull(saturdayPolicy, "saturdayPolicy");
    return HolidayCalendar.builder("Mississippi")
        .observancePolicy(saturdayPolicy.observance())
        .include(FederalHolidays.calendar())
        .rules(STATE_RULES);
  }
}
