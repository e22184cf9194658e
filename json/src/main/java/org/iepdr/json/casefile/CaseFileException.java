package org.iepdr.json.casefile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.iepdr.core.IepdrException;

/**
 * A case file that cannot be read, with every problem found in it.
 *
 * <p>The message lists each problem on its own line as {@code file:line:column: path: message}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CaseFileException extends IepdrException {
  private static final long serialVersionUID = 1L;

  private final transient List<CaseFileProblem> problems;
  /** The case's {@code "id"}, or null when the file was not read far enough to have one. */
  private final @Nullable String caseId;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one
   */
  public CaseFileException(List<CaseFileProblem> problems) {
    this(problems, Optional.empty());
  }

  /**
   * Creates the exception for a file that was read far enough to have a case id.
   *
   * @param problems every problem found, at least one
   * @param caseId the case's {@code "id"}, when the file has a readable one
   */
  public CaseFileException(List<CaseFileProblem> problems, Optional<String> caseId) {
    super(Objects.requireNonNull(problems, "problems").size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the case file:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
    this.caseId = Objects.requireNonNull(caseId, "caseId").orElse(null);
  }

  /**
   * Returns the case's id, when the file was read far enough to have one (a top-level {@code "id"}
   * string, even when the rest of the file is malformed).
   *
   * @return the id, or empty
   */
  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
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
