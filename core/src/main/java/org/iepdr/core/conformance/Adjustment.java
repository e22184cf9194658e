package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * A vendor's own adjustment of a step's instant after its offset, applied in the order given: move to
 * the next or previous business day, set a time of day, or move later to a time of day ("not before
 * 8:00").
 *
 * @param kind what the adjustment does
 * @param time the time of day, for {@link Kind#TIME_OF_DAY} and {@link Kind#NOT_BEFORE} only
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Adjustment(Kind kind, Optional<LocalTime> time) {

  /** The kinds of adjustment. */
  public enum Kind {
    /** A day that is not a business day moves to the next business day (same time of day). */
    NEXT_BUSINESS_DAY,
    /** A day that is not a business day moves to the previous business day (same time of day). */
    PREVIOUS_BUSINESS_DAY,
    /** The step happens at this time of day on its day. */
    TIME_OF_DAY,
    /** A step earlier in its day than this time moves to this time the same day. */
    NOT_BEFORE
  }

  /**
   * Creates the adjustment.
   *
   * @param kind the kind
   * @param time the time of day, present exactly for {@link Kind#TIME_OF_DAY} and {@link Kind#NOT_BEFORE}
   * @throws InvalidInputException if the time is missing or present where it does not belong
   */
  public Adjustment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(time, "time");
    boolean needsTime = kind == Kind.TIME_OF_DAY || kind == Kind.NOT_BEFORE;
    if (needsTime != time.isPresent()) {
      throw new InvalidInputException("adjustment.time", time.map(Object::toString).orElse("none"),
          needsTime ? "a time of day for " + kind : "no time for " + kind);
    }
  }

  /**
   * Moves a day that is not a business day to the next business day.
   *
   * @return the adjustment
   */
  public static Adjustment nextBusinessDay() {
    return new Adjustment(Kind.NEXT_BUSINESS_DAY, Optional.empty());
  }

  /**
   * Moves a day that is not a business day to the previous business day.
   *
   * @return the adjustment
   */
  public static Adjustment previousBusinessDay() {
    return new Adjustment(Kind.PREVIOUS_BUSINESS_DAY, Optional.empty());
  }

  /**
   * Sets the time of day.
   *
   * @param time the time of day
   * @return the adjustment
   */
  public static Adjustment timeOfDay(LocalTime time) {
    Objects.requireNonNull(time, "time");
    return new Adjustment(Kind.TIME_OF_DAY, Optional.of(time));
  }

  /**
   * Moves a step earlier in its day than a time to that time.
   *
   * @param time the earliest time of day
   * @return the adjustment
   */
  public static Adjustment notBefore(LocalTime time) {
    Objects.requireNonNull(time, "time");
    return new Adjustment(Kind.NOT_BEFORE, Optional.of(time));
  }

  /**
   * Returns the adjustment in words, e.g. {@code "next business day"} or {@code "not before 08:00"}.
   *
   * @return the words
   */
  @Override
  public String toString() {
    String words = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return time.map(t -> words + " " + t).orElse(words);
  }
}
