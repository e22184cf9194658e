package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.iepdr.core.IepdrException;

/** A workflow that cannot be checked, with every problem found in it. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class InvalidWorkflowException extends IepdrException {
  private static final long serialVersionUID = 1L;

  private final transient List<WorkflowProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem, at least one
   */
  public InvalidWorkflowException(List<WorkflowProblem> problems) {
    super(Objects.requireNonNull(problems, "problems").stream()
        .map(p -> (p.step() >= 0 ? "step " + p.step() + " " : "") + p.field() + ": " + p.message())
        .collect(Collectors.joining("\n", problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
            + " in the workflow:\n", "")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem, in step order.
   *
   * @return the problems
   */
  public List<WorkflowProblem> problems() {
    return problems;
  }
}
