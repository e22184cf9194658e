package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * A number of days in a unit, as a rule states it: "10 calendar days", "5 business days",
 * "20 school days".
 *
 * <p>Implementation Requirements: a record, immutable and thread-safe.
 *
 * @param amount the number of days, 0 or more
 * @param unit the kind of day counted
 */
@API(status = STABLE, since = "0.2.0")
public record DayPeriod(int amount, DayCount unit) {

  /**
   * Validates the components.
   *
   * @param amount the number of days, 0 or more
   * @param unit the kind of day counted
   * @throws InvalidInputException if {@code amount} is negative
   */
  public DayPeriod {
    InvalidInputException.requireNonNegative("amount", amount);
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * Creates a period.
   *
   * @param amount the number of days, 0 or more
   * @param unit the kind of day counted
   * @return the period
   * @throws InvalidInputException if {@code amount} is negative
   */
  public static DayPeriod of(int amount, DayCount unit) {
    return new DayPeriod(amount, unit);
  }

  /**
   * Creates a period of calendar days.
   *
   * @param amount the number of days, 0 or more
   * @return the period
   * @throws InvalidInputException if {@code amount} is negative
   */
  public static DayPeriod calendarDays(int amount) {
    return new DayPeriod(amount, DayCount.CALENDAR);
  }

  /**
   * Creates a period of business days.
   *
   * @param amount the number of days, 0 or more
   * @return the period
   * @throws InvalidInputException if {@code amount} is negative
   */
  public static DayPeriod businessDays(int amount) {
    return new DayPeriod(amount, DayCount.BUSINESS);
  }

  /**
   * Creates a period of school days.
   *
   * @param amount the number of days, 0 or more
   * @return the period
   * @throws InvalidInputException if {@code amount} is negative
   */
  public static DayPeriod schoolDays(int amount) {
    return new DayPeriod(amount, DayCount.SCHOOL);
  }

  /**
   * Creates a period of weekdays: Monday through Friday, holidays that fall on a weekday counted (34 CFR
   * 300.148(d)(1)(ii)).
   *
   * @param amount the number of days, 0 or more
   * @return the period
   * @throws InvalidInputException if {@code amount} is negative
   */
  public static DayPeriod weekdays(int amount) {
    return new DayPeriod(amount, DayCount.WEEKDAYS);
  }

  /**
   * Returns the period as text, e.g. {@code "10 calendar days"} or {@code "1 business day"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return amount + " " + unit.unitName(amount);
  }
}
