package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.time.SchoolCalendar;
import org.immutables.value.Value;

/**
 * Options for one evaluation: the as-of date (default: the date of the facts, i.e. the local date
 * of the case's latest event), the district's school calendar (needed for school-day clocks) and
 * whether to keep the full trace (default: yes).
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

  /**
   * Returns whether the evaluation keeps the full trace: one {@link TraceEntry} per rule of the
   * jurisdiction, with the events each rule rested on and its notes. Defaults to {@code true}, so
   * {@link Jurisdiction#evaluate(org.iepdr.core.model.Case)} and every other evaluation that does not
   * say otherwise keep it.
   *
   * <p>With {@code false} the evaluation keeps only the entries of the rules that could not check
   * everything ({@link TraceEntry.Outcome#INCOMPLETE}), the same entries with the same notes as the
   * full trace has, so what is reported as not fully checked does not depend on this option; findings,
   * deadlines, position and next steps are the same too. An evaluation that does not need the trace (a
   * batch that prints findings and deadlines) is cheaper without it.
   *
   * @return true to keep the full trace
   */
  @Value.Default
  public boolean trace() {
    return true;
  }

  /**
   * Returns whether every rule in force runs, even one that declares the events it needs
   * ({@link RuleDescriptor#reads()}) on a case that has none of them. Defaults to {@code false}: such
   * a rule is skipped, which changes no finding, deadline, next step or trace entry (a property test
   * compares the two). {@code true} gives the reference evaluation, for checking the engine.
   *
   * @return true to run every rule in force
   */
  @Value.Default
  public boolean everyRule() {
    return false;
  }

  /**
   * Returns these options without the full trace (see {@link #trace()}).
   *
   * @return the options, with {@code trace} false
   */
  public final EvaluationOptions withoutTrace() {
    return trace() ? builder().from(this).trace(false).build() : this;
  }
}
