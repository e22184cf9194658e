package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.ProposedAct;

/**
 * One act of a projected timeline: its lawful window as the rules compute it, and the day the
 * projection assumes it happens.
 *
 * @param process the process the act belongs to
 * @param act the act
 * @param trigger the day the act's clocks count from
 * @param earliest the earliest lawful day, if a rule sets one
 * @param latest the latest lawful day, if a rule sets one
 * @param on the day the projection assumes (see {@link Pace}), never before an earlier act of the
 *     same process
 * @param plan the plan the window comes from, with every rule's constraint
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ProjectedAct(DisputeProcess process, ProposedAct act, LocalDate trigger,
    Optional<LocalDate> earliest, Optional<LocalDate> latest, LocalDate on, Plan plan) {

  /**
   * Creates the projected act.
   *
   * @param process process
   * @param act act
   * @param trigger trigger
   * @param earliest earliest
   * @param latest latest
   * @param on assumed day
   * @param plan plan
   */
  public ProjectedAct {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(act, "act");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(plan, "plan");
  }

  @Override
  public String toString() {
    return process + " " + act + " from " + trigger + ": earliest " + earliest.map(Object::toString).orElse("-")
        + ", latest " + latest.map(Object::toString).orElse("-") + ", on " + on;
  }
}
