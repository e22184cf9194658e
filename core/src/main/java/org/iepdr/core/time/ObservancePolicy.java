package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a holiday that falls on a weekend is observed, that is, which date offices close instead.
 *
 * <p>No policy resolves collisions: if the observed date of one holiday is the actual date of another,
 * both are reported on that date and nothing moves further.
 *
 * <p>Implementation Requirements: an enum, immutable and thread-safe.
 */
@API(status = STABLE, since = "0.2.0")
public enum ObservancePolicy {
  /**
   * The federal rule: a Saturday holiday is observed the Friday before (5 U.S.C. 6103(b)(1)) and a
   * Sunday holiday the Monday after (E.O. 11582 s.3(a)).
   */
  SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY,
  /**
   * Only a Sunday holiday moves, to the Monday after; a Saturday holiday is lost (for example the
   * text of Miss. Code 3-3-7 and RSMo 9.010).
   */
  SUNDAY_TO_MONDAY,
  /** A Saturday or Sunday holiday is observed the Monday after. */
  WEEKEND_TO_MONDAY,
  /** The holiday is observed on its actual date, whatever the day of the week. */
  NONE;

  /**
   * Returns the date on which a holiday that actually falls on {@code actual} is observed.
   *
   * @param actual the actual date of the holiday
   * @return the observed date; {@code actual} itself when the policy does not move it
   * @throws java.time.DateTimeException if the observed date would be outside the range of
   *     {@link LocalDate}
   */
  public LocalDate observe(LocalDate actual) {
    Objects.requireNonNull(actual, "actual");
    DayOfWeek dow = actual.getDayOfWeek();
    switch (this) {
      case SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY:
        if (dow == DayOfWeek.SATURDAY) {
          return actual.minusDays(1);
        }
        return dow == DayOfWeek.SUNDAY ? actual.plusDays(1) : actual;
      case SUNDAY_TO_MONDAY:
        return dow == DayOfWeek.SUNDAY ? actual.plusDays(1) : actual;
      case WEEKEND_TO_MONDAY:
        if (dow == DayOfWeek.SATURDAY) {
          return actual.plusDays(2);
        }
        return dow == DayOfWeek.SUNDAY ? actual.plusDays(1) : actual;
      case NONE:
      default:
        return actual;
    }
  }
}
