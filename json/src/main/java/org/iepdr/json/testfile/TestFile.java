package org.iepdr.json.testfile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.conformance.TestCase;

/**
 * A test file as read: its name, the source it checks and its test cases.
 *
 * @param path the file, as given to the reader
 * @param name the file's {@code "name"}, else the file name
 * @param source the file's {@code "source"} (the text a suite checks), when it gives one
 * @param cases the test cases, in the order of the file
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record TestFile(String path, String name, Optional<String> source, List<TestCase> cases) {

  /**
   * Creates the test file.
   *
   * @param path the file
   * @param name the name
   * @param source the source, when given
   * @param cases the test cases
   */
  public TestFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
  }
}
