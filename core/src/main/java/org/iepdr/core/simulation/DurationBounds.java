package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.RuleId;

/**
 * How many days a process that takes place may last in a simulation, as the rules set it: its last day
 * is drawn uniformly from {@code [minDays, maxDays]} days after its anchor.
 *
 * @param process the process
 * @param fromComplaint true when the days count from the due process complaint's receipt (the hearing),
 *     false when they count from the day the process is entered
 * @param minDays the earliest lawful day, as an offset (0 when no rule sets one)
 * @param maxDays the latest lawful day, as an offset; {@code minDays + openEndedDays} when no rule sets
 *     one
 * @param openEnded true when no rule sets a latest day and the parameter bounded the draw
 * @param rules the rules whose plan constraints set the bounds
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record DurationBounds(DisputeProcess process, boolean fromComplaint, int minDays, int maxDays,
    boolean openEnded, List<RuleId> rules) {

  /**
   * Creates the bounds.
   *
   * @param process process
   * @param fromComplaint anchor
   * @param minDays min
   * @param maxDays max
   * @param openEnded open-ended
   * @param rules rules
   */
  public DurationBounds {
    Objects.requireNonNull(process, "process");
    rules = List.copyOf(rules);
  }
}
