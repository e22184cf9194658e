package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.ProposedAct;

/**
 * A projected timeline through a route of processes (see {@link Projection}).
 *
 * @param jurisdiction the jurisdiction's code
 * @param start the day the first process starts (its request reaches the agency or is filed)
 * @param pace the pace the projection assumes
 * @param acts every act, in order
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Timeline(String jurisdiction, LocalDate start, Pace pace, List<ProjectedAct> acts) {

  /**
   * Creates the timeline.
   *
   * @param jurisdiction code
   * @param start start
   * @param pace pace
   * @param acts acts
   */
  public Timeline {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(pace, "pace");
    acts = List.copyOf(Objects.requireNonNull(acts, "acts"));
  }

  /**
   * Returns the first projected act of a kind.
   *
   * @param act the act
   * @return the projected act, or empty when the route has none
   */
  public Optional<ProjectedAct> act(ProposedAct act) {
    return acts.stream().filter(a -> a.act() == act).findFirst();
  }

  /**
   * Returns the acts of one process.
   *
   * @param process the process
   * @return its acts, possibly empty
   */
  public List<ProjectedAct> actsOf(DisputeProcess process) {
    return acts.stream().filter(a -> a.process() == process).toList();
  }

  /**
   * Returns the day the last act is assumed to happen.
   *
   * @return the end of the timeline, or the start when it has no acts
   */
  public LocalDate end() {
    return acts.isEmpty() ? start : acts.get(acts.size() - 1).on();
  }

  /**
   * Returns the timeline as text, one act a line.
   *
   * @return the text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(jurisdiction).append(" timeline from ").append(start).append(" (").append(pace).append(")\n");
    for (ProjectedAct a : acts) {
      sb.append("  ").append(a).append('\n');
    }
    return sb.toString();
  }
}
