package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How far a step lies from the step it is placed relative to: an amount (negative: backward) of a
 * unit.
 *
 * <p>Day units keep the time of day of the anchor (then {@link Adjustment}s may change it); hours
 * are elapsed hours, so a step 24 hours before a meeting falls at another wall-clock time across a
 * change to or from summer time.
 *
 * @param amount how many units; negative counts backward
 * @param unit the unit
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Offset(int amount, Unit unit) {

  /** The units an offset counts in. */
  public enum Unit {
    /** Calendar days: every day counts. */
    CALENDAR_DAYS,
    /** Business days of the jurisdiction (weekdays but its holidays). */
    BUSINESS_DAYS,
    /** School days of the district's school calendar (needs one). */
    SCHOOL_DAYS,
    /** Elapsed hours. */
    HOURS
  }

  /** No offset: the same instant as the anchor. */
  public static final Offset ZERO = new Offset(0, Unit.CALENDAR_DAYS);

  /**
   * Creates the offset.
   *
   * @param amount the amount, negative counting backward
   * @param unit the unit
   */
  public Offset {
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * Returns the offset in words, e.g. {@code "+10 calendar days"} or {@code "-24 hours"}.
   *
   * @return the words
   */
  @Override
  public String toString() {
    String name = unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    if (Math.abs(amount) == 1) {
      name = name.substring(0, name.length() - 1);
    }
    return (amount >= 0 ? "+" : "") + amount + " " + name;
  }
}
