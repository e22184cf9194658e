package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The unit in which a rule counts days (34 CFR 300.11).
 *
 * <p>Implementation Requirements: an enum, immutable and thread-safe.
 */
@API(status = STABLE, since = "0.2.0")
public enum DayCount {
  /** Calendar days: every day counts ("day" in Part 300 unless the text says otherwise). */
  CALENDAR("calendar"),
  /** Business days: Monday through Friday, except federal and State holidays. */
  BUSINESS("business"),
  /** School days: days or partial days children attend for instruction; ESY-only days do not count. */
  SCHOOL("school"),
  /**
   * Weekdays: Monday through Friday, holidays counted. 34 CFR 300.148(d)(1)(ii) counts "10 business days
   * (including any holidays that occur on a business day)": a weekday holiday is not skipped.
   */
  WEEKDAYS("weekday");

  private final String adjective;

  DayCount(String adjective) {
    this.adjective = adjective;
  }

  /**
   * Returns the unit's name for an amount, singular for 1 (and -1) and plural otherwise.
   *
   * <p>For example {@code BUSINESS.unitName(1)} is {@code "business day"} and
   * {@code CALENDAR.unitName(10)} is {@code "calendar days"}; {@code WEEKDAYS.unitName(10)} is
   * {@code "weekdays"}.
   *
   * @param amount the number of days the name is for
   * @return the unit name, never null
   */
  public String unitName(int amount) {
    boolean one = amount == 1 || amount == -1;
    if (this == WEEKDAYS) {
      return one ? "weekday" : "weekdays";
    }
    return adjective + (one ? " day" : " days");
  }
}
