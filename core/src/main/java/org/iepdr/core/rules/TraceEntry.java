package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One line of an evaluation's trace: a rule, what happened to it, and the facts it rested on.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class TraceEntry {

  /** What happened to a rule in an evaluation. */
  public enum Outcome {
    /** The rule ran. */
    RAN,
    /** The rule was not in force on the as-of date. */
    NOT_IN_FORCE,
    /** The rule ran but could not decide everything (a calendar was missing); see the notes. */
    INCOMPLETE
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TraceEntry}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableTraceEntry.Builder {
    Builder() {}
  }

  /**
   * Returns the rule's id.
   *
   * @return the rule id
   */
  @Value.Parameter
  public abstract RuleId ruleId();

  /**
   * Returns what happened to the rule.
   *
   * @return the outcome
   */
  @Value.Parameter
  public abstract Outcome outcome();

  /**
   * Returns the ids of the events the rule's findings and deadlines rest on.
   *
   * @return event ids
   */
  @Value.Parameter
  public abstract List<String> events();

  /**
   * Returns how many findings the rule reported.
   *
   * @return the count
   */
  @Value.Parameter
  @Value.Default
  public int findings() {
    return 0;
  }

  /**
   * Returns how many deadlines the rule reported.
   *
   * @return the count
   */
  @Value.Parameter
  @Value.Default
  public int deadlines() {
    return 0;
  }

  /**
   * Returns the rule's notes: what it could not decide, or assumed.
   *
   * @return the notes
   */
  @Value.Parameter
  public abstract List<String> notes();
}
