package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.process.DisputeProcess;

/**
 * The results of one model (the baseline or a reform) over a population.
 *
 * @param name the model's name ("baseline" or the reform's)
 * @param disputes the number of disputes
 * @param processes per process reached, held, resolved, cost and days, in ladder order
 * @param resolved disputes that ended fully resolved
 * @param partly disputes that ended partly resolved
 * @param notResolved disputes that ended with nothing resolved
 * @param costPerDispute the district's cost per dispute, in dollars
 * @param timeToResolution days from the start to the resolution, over resolved disputes
 * @param timeToEnd days from the start to the end of the last process, over all disputes
 * @param bounds the lawful durations the model drew from
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ModelResult(String name, long disputes, List<ProcessResult> processes, Proportion resolved,
    Proportion partly, Proportion notResolved, Estimate costPerDispute, DaysDistribution timeToResolution,
    DaysDistribution timeToEnd, List<DurationBounds> bounds) {

  /**
   * Creates the result.
   *
   * @param name name
   * @param disputes disputes
   * @param processes processes
   * @param resolved resolved
   * @param partly partly
   * @param notResolved not resolved
   * @param costPerDispute cost
   * @param timeToResolution time to resolution
   * @param timeToEnd time to end
   * @param bounds bounds
   */
  public ModelResult {
    Objects.requireNonNull(name, "name");
    processes = List.copyOf(processes);
    bounds = List.copyOf(bounds);
  }

  /**
   * Returns the result of one process.
   *
   * @param process the process
   * @return the result, or empty when the model has no parameters for it
   */
  public Optional<ProcessResult> process(DisputeProcess process) {
    Objects.requireNonNull(process, "process");
    return processes.stream().filter(p -> p.process() == process).findFirst();
  }
}
