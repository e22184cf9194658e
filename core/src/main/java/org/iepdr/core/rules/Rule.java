package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.time.DayCounter;

/**
 * One rule of law or guidance, with its stable id and citation, that checks a case.
 *
 * <p>A rule reads the case through its {@link RuleContext} and reports findings and deadlines to
 * it. It may also constrain the dates of a proposed act ({@link #plan}), so that planning and
 * projection use the same numbers as evaluation.
 *
 * <p>Implementation Requirements: implementations must be immutable, thread-safe and pure: no I/O,
 * no clock reads, no default time zone or locale.
 */
@API(status = MAINTAINED, since = "0.2.0")
public interface Rule {

  /**
   * Returns what the rule is: id, title, kind, citations, period in force, counting convention.
   *
   * @return the descriptor
   */
  RuleDescriptor descriptor();

  /**
   * Checks a case, reporting findings and deadlines to the context.
   *
   * @param context the case, the as-of date and the jurisdiction's day counting
   */
  void evaluate(RuleContext context);

  /**
   * Returns whether this rule governs an act done, or a clock triggered, on a date. Which law governs
   * is decided act by act: a clock by the rule in force on its trigger date, conduct (a meeting held, a
   * demand made, a decision issued) by the rule in force on the date of the act. The default answers
   * whether the date lies in the rule's period in force ({@link RuleDescriptor#inForce()}); a rule may
   * override it (for instance to judge a continuing practice by the law in force when it is judged), and
   * then says so in its Javadoc.
   *
   * <p>The engine asks only when the rule's period begins or ends inside the case: then the rule runs,
   * and of what it reports it keeps the findings whose first event (the act judged, or the clock's
   * trigger) and the deadlines whose trigger date the rule governs.
   *
   * @param date the date of the act, or of the clock's trigger
   * @return true when this rule judges it
   */
  default boolean governs(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return descriptor().inForce().contains(date);
  }

  /**
   * Returns the constraint this rule puts on the dates of a proposed act, if it speaks to that act.
   *
   * @param act the act proposed
   * @param trigger the date the act is counted from (see {@link ProposedAct#trigger()})
   * @param counter the jurisdiction's day counting
   * @return the constraint, or empty when the rule does not speak to the act
   */
  default Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    return Optional.empty();
  }
}
