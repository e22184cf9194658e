package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An expectation that did not hold: what it expected and what the evaluation gave, in words.
 *
 * @param expectation the expectation
 * @param expected what was expected, e.g. {@code a VIOLATION of MO.FIEP.LEAD_TIME}
 * @param got what the evaluation gave instead, e.g. {@code no finding of MO.FIEP.LEAD_TIME}
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ExpectationFailure(Expectation expectation, String expected, String got) {

  /**
   * Creates the failure.
   *
   * @param expectation the expectation
   * @param expected what was expected
   * @param got what the evaluation gave
   */
  public ExpectationFailure {
    Objects.requireNonNull(expectation, "expectation");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(got, "got");
  }
}
