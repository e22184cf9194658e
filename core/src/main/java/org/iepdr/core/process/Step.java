package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;

/**
 * One edge of an escalation path: from a process, another that is open, on a condition.
 *
 * <p>A step may also carry a {@link CaseCondition} over what the case shows ({@link #when()}): a path can
 * hold several steps between the same two processes, each worded for the situation it fits (a mediation
 * that ended without agreement, one that ended in a signed agreement), and the most specific one whose
 * condition holds is offered ({@link EscalationPath#nextSteps(CaseStatus)}). A step whose {@code to} is its {@code from} continues the process the case stands at
 * (the hearing a pending complaint awaits); such a step must have a condition.
 *
 * <p>The condition is a {@link Message} of the path's module catalog, rendered in English or Spanish
 * ({@link #condition(Language)}); the bundled paths key it {@code STEP.<jurisdiction>.<FROM>.<TO>} or,
 * for a step worded for a situation, {@code STEP.<jurisdiction>.<FROM>.<TO>.<situation>}. A step built
 * from a plain string ({@link Message#literal}) reads the same in every language.
 *
 * @param from the process a case stands at
 * @param to the process open next
 * @param reason when the step is open, in words a parent could follow
 * @param source where the path comes from (a regulation, a statute, an agency page or an article)
 * @param when what the case must show for the step to be offered; {@link CaseCondition#always()} for a
 *     step open whatever the case shows
 * @param opens the date the step opens on, computed from the case; {@link StepDate#NONE} when it has none
 */
@API(status = MAINTAINED, since = "0.2.0")
public record Step(DisputeProcess from, DisputeProcess to, Message reason, String source, CaseCondition when,
    StepDate opens) {

  /**
   * Creates the step.
   *
   * @param from from
   * @param to to
   * @param reason when open
   * @param source source
   * @param when what the case must show
   * @param opens the date it opens on
   */
  public Step {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(opens, "opens");
  }

  /**
   * Creates a step worded by its caller, the same in every language.
   *
   * @param from from
   * @param to to
   * @param condition when open
   * @param source source
   * @param when what the case must show
   * @param opens the date it opens on
   */
  public Step(DisputeProcess from, DisputeProcess to, String condition, String source, CaseCondition when,
      StepDate opens) {
    this(from, to, Message.literal(Objects.requireNonNull(condition, "condition")), source, when, opens);
  }

  /**
   * Creates a step open whatever the case shows, with no date.
   *
   * @param from from
   * @param to to
   * @param reason when open, a message of the path's catalog
   * @param source source
   */
  public Step(DisputeProcess from, DisputeProcess to, Message reason, String source) {
    this(from, to, reason, source, CaseCondition.always(), StepDate.NONE);
  }

  /**
   * Creates a step open whatever the case shows, with no date, worded by its caller (the same in every
   * language).
   *
   * @param from from
   * @param to to
   * @param condition when open
   * @param source source
   */
  public Step(DisputeProcess from, DisputeProcess to, String condition, String source) {
    this(from, to, Message.literal(Objects.requireNonNull(condition, "condition")), source);
  }

  /**
   * Returns when the step is open, in English.
   *
   * @return the condition's English text
   */
  public String condition() {
    return reason.render(Language.ENGLISH);
  }

  /**
   * Returns when the step is open, in a language.
   *
   * @param language the language
   * @return the condition's text
   */
  public String condition(Language language) {
    return reason.render(Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns this step offered only when the case shows what a condition asks.
   *
   * @param caseCondition the condition
   * @return the step with that condition
   */
  public Step when(CaseCondition caseCondition) {
    return new Step(from, to, reason, source, Objects.requireNonNull(caseCondition, "caseCondition"), opens);
  }

  /**
   * Returns this step opening on a date the case's events give.
   *
   * @param date the date
   * @return the step with that date
   */
  public Step opening(StepDate date) {
    return new Step(from, to, reason, source, when, Objects.requireNonNull(date, "date"));
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
