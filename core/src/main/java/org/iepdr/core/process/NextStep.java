package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A process open to a case from where it stands, why it is open, and the advice that applies to it.
 *
 * @param process the process
 * @param why the condition that makes it open
 * @param advice the sources' advice on it, for the case's issues first
 */
@API(status = MAINTAINED, since = "0.2.0")
public record NextStep(DisputeProcess process, String why, List<Advice> advice) {

  /**
   * Creates the next step.
   *
   * @param process process
   * @param why why
   * @param advice advice
   */
  public NextStep {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(why, "why");
    advice = List.copyOf(Objects.requireNonNull(advice, "advice"));
  }
}
