package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.immutables.value.Value;

/**
 * What happens to a dispute that enters one process: whether the process takes place, how it ends,
 * what it costs the district, whether the family goes on, and to which process.
 *
 * <p>The probabilities are the simulation's behavioural assumptions; the dates are not here: how long
 * a process may lawfully take comes from the rules ({@link SimulationModel}). Only where the rules set
 * no latest date does {@link #openEndedDays()} bound the draw.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
public abstract class ProcessParameters {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProcessParameters}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableProcessParameters.Builder {
    Builder() {}
  }

  /**
   * Returns the probability that the process takes place once a family asks for it (the other side
   * agrees to a voluntary process, the meeting is convened, the complaint is not withdrawn or
   * dismissed first). A process that does not take place ends {@link Outcome#NOT_RESOLVED} and costs
   * nothing.
   *
   * @return a probability; defaults to 1
   */
  @Value.Default
  public double held() {
    return 1.0;
  }

  /**
   * Returns the probability that a process that takes place resolves every issue.
   *
   * @return a probability; defaults to 0
   */
  @Value.Default
  public double resolved() {
    return 0.0;
  }

  /**
   * Returns the probability that a process that takes place resolves some issues only.
   *
   * @return a probability; {@code resolved() + partly()} is at most 1; defaults to 0
   */
  @Value.Default
  public double partly() {
    return 0.0;
  }

  /**
   * Returns the probability that the family goes on to another process after a partial resolution.
   *
   * @return a probability; defaults to 0
   */
  @Value.Default
  public double escalateAfterPartly() {
    return 0.0;
  }

  /**
   * Returns the probability that the family goes on to another process when nothing was resolved
   * (including when the process did not take place).
   *
   * @return a probability; defaults to 0
   */
  @Value.Default
  public double escalateAfterNot() {
    return 0.0;
  }

  /**
   * Returns what the process costs the district when it takes place, in whole US dollars.
   *
   * @return the cost; defaults to 0
   */
  @Value.Default
  public long districtCost() {
    return 0L;
  }

  /**
   * Returns how many days past its earliest lawful day a process may last when no rule sets a latest
   * day for it (an assumption of the simulation, not a legal limit).
   *
   * @return days, at least 0; defaults to 30
   */
  @Value.Default
  public int openEndedDays() {
    return 30;
  }

  /**
   * Returns the relative weights of the processes a family goes on to from this one. Only steps the
   * jurisdiction's escalation path allows are taken; weights are renormalised over the steps open
   * (allowed, not yet visited) when the draw is made.
   *
   * @return weights, each at least 0
   */
  public abstract Map<DisputeProcess, Double> next();

  /**
   * Returns where the defaults come from: the published figure each was calibrated on, or that it is
   * an assumption.
   *
   * @return the source, in words
   */
  @Value.Default
  public String source() {
    return "assumption";
  }

  @Value.Check
  void check() {
    probability("held", held());
    probability("resolved", resolved());
    probability("partly", partly());
    probability("escalateAfterPartly", escalateAfterPartly());
    probability("escalateAfterNot", escalateAfterNot());
    if (resolved() + partly() > 1.0 + 1e-12) {
      throw new InvalidInputException("processParameters.partly", partly(),
          "at most 1 - resolved (" + (1.0 - resolved()) + ")");
    }
    if (districtCost() < 0) {
      throw new InvalidInputException("processParameters.districtCost", districtCost(), "0 or more dollars");
    }
    if (openEndedDays() < 0 || openEndedDays() > 3650) {
      throw new InvalidInputException("processParameters.openEndedDays", openEndedDays(), "0 to 3650 days");
    }
    for (Map.Entry<DisputeProcess, Double> e : next().entrySet()) {
      double w = e.getValue();
      if (!(w >= 0.0) || Double.isInfinite(w)) {
        throw new InvalidInputException("processParameters.next[" + e.getKey() + "]", w, "a finite weight >= 0");
      }
    }
  }

  private static void probability(String field, double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new InvalidInputException("processParameters." + field, p, "a probability from 0 to 1");
    }
  }
}
