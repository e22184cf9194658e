package org.iepdr.json.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.iepdr.core.IepdrException;
import org.iepdr.json.casefile.CaseFileProblem;

/**
 * A workflow template that cannot be used, with every problem found in it.
 *
 * <p>The message lists each problem on its own line as {@code file:line:column: path: message}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class WorkflowFileException extends IepdrException {
  private static final long serialVersionUID = 1L;

  private final transient List<CaseFileProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one
   */
  public WorkflowFileException(List<CaseFileProblem> problems) {
    super(Objects.requireNonNull(problems, "problems").size() + " problem" + (problems.size() == 1 ? "" : "s")
        + " in the workflow template:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem, in the order of the file.
   *
   * @return the problems
   */
  public List<CaseFileProblem> problems() {
    return problems;
  }
}
