package org.iepdr.json.casefile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.IepdrException;

/**
 * A school-calendar file that cannot be read, with every problem found in it.
 *
 * <p>The message is {@code bad school calendar:} followed by one problem per line, each starting
 * {@code file:line: }.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SchoolCalendarFileException extends IepdrException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one
   */
  public SchoolCalendarFileException(List<String> problems) {
    super("bad school calendar:\n  " + String.join("\n  ", Objects.requireNonNull(problems, "problems")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem, in the order of the file.
   *
   * @return the problems, each starting {@code file:line: } or {@code file: }
   */
  public List<String> problems() {
    return problems;
  }
}
