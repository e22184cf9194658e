package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Case;

/**
 * A case with the expectations its evaluation must meet.
 *
 * @param name the test's name, unique in its file
 * @param where where the test was written (file and line), for messages; may be empty
 * @param aCase the case
 * @param asOf the date to evaluate as of (empty: the date of the case's facts)
 * @param rule the rule ID a conformance suite counts the test for, when it names one
 * @param scenario what the test shows about that rule, when it says
 * @param source the sentence of the source the test checks, when it quotes or names one
 * @param expectations the expectations
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record TestCase(String name, String where, Case aCase, Optional<LocalDate> asOf, Optional<String> rule,
    Optional<TestCaseScenario> scenario, Optional<String> source, List<Expectation> expectations) {

  /**
   * Creates the test case.
   *
   * @param name the name
   * @param where where it was written
   * @param aCase the case
   * @param asOf the as-of date, when given
   * @param rule the rule it is counted for, when given
   * @param scenario what it shows, when given
   * @param source the source sentence, when given
   * @param expectations the expectations
   */
  public TestCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(source, "source");
    expectations = List.copyOf(Objects.requireNonNull(expectations, "expectations"));
  }

  /**
   * Returns whether the test is selected by a filter: the filter is a rule ID the test is counted for
   * or one of its expectations names, or a part of the test's name.
   *
   * @param filter the filter (a rule ID, or a name or part of one)
   * @return true when selected
   */
  public boolean matches(String filter) {
    Objects.requireNonNull(filter, "filter");
    return name.contains(filter) || rule.map(filter::equals).orElse(false)
        || expectations.stream().anyMatch(e -> e.aboutRule().map(filter::equals).orElse(false));
  }
}
