package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A reform compared with the baseline on the same disputes and the same random numbers: each
 * difference is a mean of per-dispute differences (reform minus baseline), so its interval reflects
 * only the reform's effect, not the noise between two independent samples.
 *
 * @param reform the reform's name
 * @param resolvedDifference the change in the share of disputes fully resolved (a difference of
 *     proportions, e.g. -0.02 for two points fewer), with its paired 95% interval
 * @param costDifference the change in the district's cost per dispute, in dollars
 * @param daysDifference the change in days from the start to the end of a dispute
 * @param changed the share of disputes whose outcome, duration or cost the reform changed
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Comparison(String reform, Estimate resolvedDifference, Estimate costDifference,
    Estimate daysDifference, Proportion changed) {

  /**
   * Creates the comparison.
   *
   * @param reform reform
   * @param resolvedDifference resolved difference
   * @param costDifference cost difference
   * @param daysDifference days difference
   * @param changed changed
   */
  public Comparison {
    Objects.requireNonNull(reform, "reform");
    Objects.requireNonNull(resolvedDifference, "resolvedDifference");
    Objects.requireNonNull(costDifference, "costDifference");
    Objects.requireNonNull(daysDifference, "daysDifference");
    Objects.requireNonNull(changed, "changed");
  }

  static Comparison of(String reform, PairTally t) {
    double net = t.gained - t.lost;
    // per-dispute differences are -1, 0 or +1: sum = gained - lost, sum of squares = gained + lost
    return new Comparison(reform, Estimate.of(net, t.gained + t.lost, t.n),
        Estimate.of(t.costDiff, (double) t.costDiffSquares, t.n), Estimate.of(t.dayDiff, (double) t.dayDiffSquares, t.n),
        Proportion.wilson(t.changed, t.n));
  }
}
