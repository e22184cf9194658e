package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * What to simulate: how many disputes, the seed, the number of threads, the reforms to compare with
 * the baseline and, optionally, the baseline's parameters (the jurisdiction's calibrated defaults
 * otherwise).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
public abstract class SimulationRun {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SimulationRun}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableSimulationRun.Builder {
    Builder() {}
  }

  /**
   * Returns the number of disputes.
   *
   * @return 1 or more
   */
  public abstract long disputes();

  /**
   * Returns the seed: the same seed gives bit-identical results whatever {@link #threads()}.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns the number of worker threads.
   *
   * @return 1 to 1024; defaults to 1
   */
  @Value.Default
  public int threads() {
    return 1;
  }

  /**
   * Returns the reforms to compare with the baseline, each with a distinct name.
   *
   * @return the reforms
   */
  public abstract List<Reform> reforms();

  /**
   * Returns the baseline parameters, when not the jurisdiction's calibrated defaults.
   *
   * @return the parameters, or empty
   */
  public abstract Optional<SimulationParameters> parameters();

  /**
   * Returns the uncertainty of the baseline parameters, drawn from when {@link #replicates()} is more
   * than 0.
   *
   * @return the uncertainty, or empty
   */
  public abstract Optional<ParameterUncertainty> uncertainty();

  /**
   * Returns the number of parameter draws: 0 (the default) runs the point parameters only and reports
   * the interval of simulation noise alone; {@code R > 0} also runs {@code R} replicates, each with
   * parameters drawn from {@link #uncertainty()} and {@link #disputes()} disputes of its own random
   * numbers, and reports for every estimate the 2.5th and 97.5th percentiles of the replicates'
   * estimates: an interval that includes both parameter uncertainty and simulation noise.
   *
   * @return 0 to 10000; defaults to 0
   */
  @Value.Default
  public int replicates() {
    return 0;
  }

  @Value.Check
  void check() {
    if (disputes() < 1) {
      throw new InvalidInputException("simulationRun.disputes", disputes(), "1 or more");
    }
    if (threads() < 1 || threads() > 1024) {
      throw new InvalidInputException("simulationRun.threads", threads(), "1 to 1024");
    }
    if (replicates() < 0 || replicates() > 10_000) {
      throw new InvalidInputException("simulationRun.replicates", replicates(), "0 to 10000");
    }
    if (replicates() > 0 && uncertainty().isEmpty()) {
      throw new InvalidInputException("simulationRun.uncertainty", "empty",
          "the parameters' uncertainty when replicates is more than 0");
    }
    Set<String> names = new HashSet<>();
    for (Reform r : reforms()) {
      if (!names.add(r.name())) {
        throw new InvalidInputException("simulationRun.reforms", r.name(), "distinct reform names");
      }
    }
  }
}
