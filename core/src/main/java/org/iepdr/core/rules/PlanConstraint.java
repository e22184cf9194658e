package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * What one rule allows for a proposed act: an earliest lawful date, a latest, or both.
 *
 * @param ruleId the rule that sets the constraint
 * @param earliest the first lawful day, if the rule sets one
 * @param latest the last lawful day, if the rule sets one
 * @param why the rule's reason, in words
 */
@API(status = MAINTAINED, since = "0.2.0")
public record PlanConstraint(RuleId ruleId, Optional<LocalDate> earliest, Optional<LocalDate> latest, String why) {

  /**
   * Creates the constraint.
   *
   * @param ruleId rule
   * @param earliest earliest
   * @param latest latest
   * @param why why
   * @throws InvalidInputException if neither end is set
   */
  public PlanConstraint {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(why, "why");
    if (earliest.isEmpty() && latest.isEmpty()) {
      throw new InvalidInputException("planConstraint", "no earliest and no latest date", "at least one end");
    }
  }

  /**
   * A constraint with only a latest lawful day.
   *
   * @param ruleId rule
   * @param latest the last lawful day
   * @param why why
   * @return the constraint
   */
  public static PlanConstraint noLaterThan(RuleId ruleId, LocalDate latest, String why) {
    return new PlanConstraint(ruleId, Optional.empty(), Optional.of(latest), why);
  }

  /**
   * A constraint with only an earliest lawful day.
   *
   * @param ruleId rule
   * @param earliest the first lawful day
   * @param why why
   * @return the constraint
   */
  public static PlanConstraint noEarlierThan(RuleId ruleId, LocalDate earliest, String why) {
    return new PlanConstraint(ruleId, Optional.of(earliest), Optional.empty(), why);
  }
}
