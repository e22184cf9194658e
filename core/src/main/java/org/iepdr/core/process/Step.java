package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One edge of an escalation path: from a process, another that is open, on a condition.
 *
 * @param from the process a case stands at
 * @param to the process open next
 * @param condition when the step is open, in words a parent could follow
 * @param source where the path comes from (a regulation, a statute, an agency page or an article)
 */
@API(status = MAINTAINED, since = "0.2.0")
public record Step(DisputeProcess from, DisputeProcess to, String condition, String source) {

  /**
   * Creates the step.
   *
   * @param from from
   * @param to to
   * @param condition when open
   * @param source source
   */
  public Step {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(source, "source");
  }
}
