package org.iepdr.json.testfile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.iepdr.core.IepdrException;
import org.iepdr.json.casefile.CaseFileProblem;

/**
 * A test file that cannot be used, with every problem found in it (and in the case files it names),
 * each with its file, line, column and JSON path.
 *
 * <p>The message lists each problem on its own line as {@code file:line:column: path: message}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class TestFileException extends IepdrException {
  private static final long serialVersionUID = 1L;

  private final transient List<CaseFileProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one
   */
  public TestFileException(List<CaseFileProblem> problems) {
    super(Objects.requireNonNull(problems, "problems").size() + " problem" + (problems.size() == 1 ? "" : "s")
        + " in the test file:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem, in the order found.
   *
   * @return the problems
   */
  public List<CaseFileProblem> problems() {
    return problems;
  }
}
