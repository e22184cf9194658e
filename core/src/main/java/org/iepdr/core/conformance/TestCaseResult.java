package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of one test case: the expectations that failed, or the error that kept the case from
 * being evaluated.
 *
 * @param testCase the test case
 * @param failures the expectations that did not hold, in the order written
 * @param error why the case could not be evaluated (the library's message), when it could not
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record TestCaseResult(TestCase testCase, List<ExpectationFailure> failures, Optional<String> error) {

  /**
   * Creates the result.
   *
   * @param testCase the test case
   * @param failures the failures
   * @param error the error, when the case could not be evaluated
   */
  public TestCaseResult {
    Objects.requireNonNull(testCase, "testCase");
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    Objects.requireNonNull(error, "error");
  }

  /**
   * Returns whether every expectation held.
   *
   * @return true when the test passed
   */
  public boolean passed() {
    return failures.isEmpty() && error.isEmpty();
  }
}
