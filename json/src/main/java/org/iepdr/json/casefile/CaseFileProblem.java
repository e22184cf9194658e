package org.iepdr.json.casefile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem of a case file.
 *
 * @param source the file name (or another label of the input)
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param path the JSON path of the value at fault, e.g. {@code $.events[3].kind}
 * @param message what is wrong, naming the field, the value and what is allowed
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record CaseFileProblem(String source, int line, int column, String path, String message) {

  /**
   * Creates the record.
   *
   * @param source the file name
   * @param line the line
   * @param column the column
   * @param path the JSON path
   * @param message what is wrong
   */
  public CaseFileProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the problem as one line: {@code file:line:column: path: message}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    String where = line > 0 ? source + ":" + line + ":" + column : source;
    return where + ": " + path + ": " + message;
  }
}
