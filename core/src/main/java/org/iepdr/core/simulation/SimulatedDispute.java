package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.process.DisputeProcess;

/**
 * One simulated dispute, as the Monte Carlo walk drew it: the processes it went through, when, and
 * how each ended. Obtained from {@link SimulationModel#dispute(long, long)}; the population run
 * draws exactly the same walk for the same seed and index.
 *
 * @param index the dispute's index in the population
 * @param start the day the first process started (the model's reference start)
 * @param visits the processes entered, in order
 * @param outcome how the dispute ended
 * @param days days from the start to the end of the last process
 * @param districtCost what the processes that took place cost the district, in dollars
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record SimulatedDispute(long index, LocalDate start, List<Visit> visits, Outcome outcome, int days,
    long districtCost) {

  /**
   * Creates the dispute.
   *
   * @param index index
   * @param start start
   * @param visits visits
   * @param outcome outcome
   * @param days days
   * @param districtCost cost
   */
  public SimulatedDispute {
    Objects.requireNonNull(start, "start");
    visits = List.copyOf(visits);
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * One process a simulated dispute entered.
   *
   * @param process the process
   * @param entered the day the family asked for it (request, complaint)
   * @param ended its last day: the meeting, the decision, or the day it was declined or withdrawn
   * @param onTheWay the day of the act on the way (state complaint forwarded, hearing held), or the
   *     last day when the process has none or did not take place
   * @param held whether it took place
   * @param outcome how it ended
   */
  public record Visit(DisputeProcess process, LocalDate entered, LocalDate ended, LocalDate onTheWay, boolean held,
      Outcome outcome) {

    /**
     * Creates the visit.
     *
     * @param process process
     * @param entered entered
     * @param ended ended
     * @param onTheWay on the way
     * @param held held
     * @param outcome outcome
     */
    public Visit {
      Objects.requireNonNull(process, "process");
      Objects.requireNonNull(entered, "entered");
      Objects.requireNonNull(ended, "ended");
      Objects.requireNonNull(onTheWay, "onTheWay");
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
