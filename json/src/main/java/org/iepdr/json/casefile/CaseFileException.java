package org.iepdr.json.casefile;

import java.util.List;
import java.util.stream.Collectors;
import org.iepdr.core.IepdrException;

/**
 * A case file that cannot be read, with every problem found in it.
 *
 * <p>The message lists each problem on its own line as {@code file:line:column: path: message}.
 */
public final class CaseFileException extends IepdrException {
  private static final long serialVersionUID = 1L;

  private final transient List<CaseFileProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one
   */
  public CaseFileException(List<CaseFileProblem> problems) {
    super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the case file:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
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
