package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.time.SchoolCalendar;
import org.immutables.value.Value;

/**
 * Options for one evaluation: the as-of date (default: the date of the facts, i.e. the local date
 * of the case's latest event) and the district's school calendar (needed for school-day clocks).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class EvaluationOptions {

  private static final EvaluationOptions DEFAULTS = builder().build();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link EvaluationOptions}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableEvaluationOptions.Builder {
    Builder() {}
  }

  /**
   * Returns the default options: as of the date of the facts, no school calendar.
   *
   * @return the defaults
   */
  public static EvaluationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that evaluate as of a date.
   *
   * @param asOf the date
   * @return the options
   */
  public static EvaluationOptions asOf(LocalDate asOf) {
    return builder().asOf(asOf).build();
  }

  /**
   * Returns the date the evaluation speaks as of, if set.
   *
   * @return the as-of date
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns the district's school calendar, if supplied.
   *
   * @return the school calendar
   */
  public abstract Optional<SchoolCalendar> schoolCalendar();
}
