package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.NextStep;
import org.immutables.value.Value;

/**
 * The result of evaluating a case under a jurisdiction's rules as of a date: the findings, the
 * deadlines and where each stands, where the case stands on the escalation path and what is open
 * next, and a trace of which rules ran on which facts.
 *
 * <p>The same case evaluated as of the same date gives an equal evaluation, whatever the order its
 * events were given in. Findings and deadlines are ordered by rule id, then by the timeline.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class Evaluation {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Evaluation}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the case evaluated.
   *
   * @return the case id
   */
  @Value.Parameter
  public abstract String caseId();

  /**
   * Returns the code of the jurisdiction whose rules were applied.
   *
   * @return the state code
   */
  @Value.Parameter
  public abstract String jurisdiction();

  /**
   * Returns the date the evaluation speaks as of.
   *
   * @return the as-of date
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the findings.
   *
   * @return the findings, ordered by rule id and then timeline
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /**
   * Returns the deadlines.
   *
   * @return the deadlines, ordered by rule id and then timeline
   */
  @Value.Parameter
  public abstract List<Deadline> deadlines();

  /**
   * Returns the process the case stands at on the escalation path.
   *
   * @return the position
   */
  @Value.Parameter
  public abstract DisputeProcess position();

  /**
   * Returns the processes open next from the case's position, why, and the advice.
   *
   * @return the next steps
   */
  @Value.Parameter
  public abstract List<NextStep> nextSteps();

  /**
   * Returns the trace, in rule-id order: one entry per rule of the jurisdiction when the evaluation was
   * {@link #traced() traced} (the default), else only the entries of the rules that could not check
   * everything ({@link TraceEntry.Outcome#INCOMPLETE}), which are the same either way.
   *
   * @return the trace
   */
  @Value.Parameter
  public abstract List<TraceEntry> trace();

  /**
   * Returns whether the trace is complete: true unless the evaluation was asked not to keep it
   * ({@link EvaluationOptions#trace()}), in which case {@link #trace()} holds only the incomplete
   * rules' entries.
   *
   * @return true when {@link #trace()} has an entry for every rule
   */
  @Value.Default
  public boolean traced() {
    return true;
  }

  /**
   * Returns whether any finding is a violation.
   *
   * @return true when a violation was found
   */
  public final boolean hasViolations() {
    return findings().stream().anyMatch(f -> f.kind() == FindingKind.VIOLATION);
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId the rule id
   * @return its findings
   */
  public final List<Finding> findings(RuleId ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings().stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId the rule id as a string
   * @return its findings
   */
  public final List<Finding> findings(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings(RuleId.of(ruleId));
  }

  /**
   * Returns the deadlines of one rule.
   *
   * @param ruleId the rule id
   * @return its deadlines, in the order of {@link #deadlines()}; empty when the rule ran no clock
   */
  public final List<Deadline> deadlines(RuleId ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return deadlines().stream().filter(d -> d.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  /**
   * Returns the deadlines of one rule.
   *
   * @param ruleId the rule id as a string
   * @return its deadlines
   */
  public final List<Deadline> deadlines(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return deadlines(RuleId.of(ruleId));
  }
}
