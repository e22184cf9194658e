package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem of a workflow: the step at fault (or none), the field, and what is wrong.
 *
 * @param step the index of the step in {@link Workflow#steps()}, or -1 for the workflow as a whole
 * @param field the step's field at fault: {@code "id"}, {@code "from"}, {@code "event"}, {@code
 *     "index"}, {@code "offset"}, {@code "plan"}; or a workflow-level field
 * @param message what is wrong, naming the value and what is allowed
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record WorkflowProblem(int step, String field, String message) {

  /**
   * Creates the record.
   *
   * @param step the step index, or -1
   * @param field the field
   * @param message the message
   */
  public WorkflowProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
