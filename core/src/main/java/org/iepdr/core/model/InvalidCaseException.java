package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.iepdr.core.IepdrException;

/**
 * A case whose facts cannot all be true, with every problem found (not only the first).
 *
 * <p>Each {@link CaseProblem} names the event and the field at fault. A case that is possible but
 * unlawful is not invalid: the rules report it as findings.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class InvalidCaseException extends IepdrException {
  private static final long serialVersionUID = 1L;

  /** The id of the invalid case. */
  private final String caseId;
  private final transient List<CaseProblem> problems;

  /**
   * Creates the exception.
   *
   * @param caseId the id of the case
   * @param problems every problem found, at least one
   */
  public InvalidCaseException(String caseId, List<CaseProblem> problems) {
    super("case '" + Objects.requireNonNull(caseId, "caseId") + "' cannot be true ("
        + Objects.requireNonNull(problems, "problems").size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "):\n  - "
        + problems.stream().map(CaseProblem::toString).collect(Collectors.joining("\n  - ")));
    this.caseId = caseId;
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the id of the invalid case.
   *
   * @return the case id
   */
  public String caseId() {
    return caseId;
  }

  /**
   * Returns every problem found, in a stable order.
   *
   * @return the problems
   */
  public List<CaseProblem> problems() {
    return problems;
  }
}
