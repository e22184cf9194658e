package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One edge of an escalation path: from a process, another that is open, on a condition.
 *
 * <p>A step may also carry a {@link CaseCondition} over what the case shows ({@link #when()}): a path can
 * hold several steps between the same two processes, each worded for the situation it fits (a mediation
 * that ended without agreement, one that ended in a signed agreement), and the most specific one whose
 * condition holds is offered ({@link EscalationPath#nextSteps(CaseStatus)}). A step whose {@code to} is its {@code from} continues the process the case stands at
 * (the hearing a pending complaint awaits); such a step must have a condition.
 *
 * @param from the process a case stands at
 * @param to the process open next
 * @param condition when the step is open, in words a parent could follow
 * @param source where the path comes from (a regulation, a statute, an agency page or an article)
 * @param when what the case must show for the step to be offered; {@link CaseCondition#always()} for a
 *     step open whatever the case shows
 * @param opens the date the step opens on, computed from the case; {@link StepDate#NONE} when it has none
 */
@API(status = MAINTAINED, since = "0.2.0")
public record Step(DisputeProcess from, DisputeProcess to, String condition, String source, CaseCondition when,
    StepDate opens) {

  /**
   * Creates the step.
   *
   * @param from from
   * @param to to
   * @param condition when open
   * @param source source
   * @param when what the case must show
   * @param opens the date it opens on
   */
  public Step {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(opens, "opens");
  }

  /**
   * Creates a step open whatever the case shows, with no date.
   *
   * @param from from
   * @param to to
   * @param condition when open
   * @param source source
   */
  public Step(DisputeProcess from, DisputeProcess to, String condition, String source) {
    this(from, to, condition, source, CaseCondition.always(), StepDate.NONE);
  }

  /**
   * Returns this step offered only when the case shows what a condition asks.
   *
   * @param caseCondition the condition
   * @return the step with that condition
   */
  public Step when(CaseCondition caseCondition) {
    return new Step(from, to, condition, source, Objects.requireNonNull(caseCondition, "caseCondition"), opens);
  }

  /**
   * Returns this step opening on a date the case's events give.
   *
   * @param date the date
   * @return the step with that date
   */
  public Step opening(StepDate date) {
    return new Step(from, to, condition, source, when, Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns whether the step continues the process it leaves rather than entering another.
   *
   * @return true when {@code to} is {@code from}
   */
  public boolean continues() {
    return from == to;
  }
}
