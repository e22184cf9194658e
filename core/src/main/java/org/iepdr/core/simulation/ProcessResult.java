package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.process.DisputeProcess;

/**
 * What happened at one process across a simulated population.
 *
 * @param process the process
 * @param reached disputes that entered it, as a share of all disputes
 * @param held those where it took place, as a share of those that entered it
 * @param resolved those it resolved fully, as a share of those where it took place
 * @param partly those it resolved partly, as a share of those where it took place
 * @param totalCost what it cost districts in all, in dollars
 * @param costPerDispute {@code totalCost} divided by the number of disputes
 * @param meanDays mean days from entering it to its last day, over the disputes that entered it
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ProcessResult(DisputeProcess process, Proportion reached, Proportion held, Proportion resolved,
    Proportion partly, long totalCost, double costPerDispute, double meanDays) {

  /**
   * Creates the result.
   *
   * @param process process
   * @param reached reached
   * @param held held
   * @param resolved resolved
   * @param partly partly
   * @param totalCost total cost
   * @param costPerDispute cost per dispute
   * @param meanDays mean days
   */
  public ProcessResult {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(reached, "reached");
    Objects.requireNonNull(held, "held");
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(partly, "partly");
  }
}
