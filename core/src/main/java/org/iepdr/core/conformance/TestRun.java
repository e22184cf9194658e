package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.iepdr.core.IepdrException;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;

/**
 * Runs test cases: evaluates each case with the rules of its state and checks every expectation.
 *
 * <p>Implementation Requirements: immutable and thread-safe; reads no clock (a caller that reports
 * times, such as a JUnit report, measures them around {@link #run}).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class TestRun {

  private final RuleBook book;

  private TestRun(RuleBook book) {
    this.book = book;
  }

  /**
   * Creates a run over a rule book.
   *
   * @param book the rules
   * @return the run
   */
  public static TestRun of(RuleBook book) {
    return new TestRun(Objects.requireNonNull(book, "book"));
  }

  /**
   * Runs one test case. A case the library refuses to evaluate (an {@link IepdrException}, e.g. a date
   * outside the calendar's years) is a result with an error, not an exception.
   *
   * @param testCase the test case
   * @return its result
   */
  public TestCaseResult run(TestCase testCase) {
    Objects.requireNonNull(testCase, "testCase");
    Evaluation evaluation;
    try {
      Jurisdiction j = book.jurisdiction(testCase.aCase().state());
      EvaluationOptions options = testCase.asOf().map(EvaluationOptions::asOf).orElseGet(EvaluationOptions::defaults);
      evaluation = j.evaluate(testCase.aCase(), options);
    } catch (IepdrException e) {
      return new TestCaseResult(testCase, List.of(), Optional.of(String.valueOf(e.getMessage())));
    }
    List<ExpectationFailure> failures = new ArrayList<>();
    for (Expectation e : testCase.expectations()) {
      e.check(evaluation).ifPresent(failures::add);
    }
    return new TestCaseResult(testCase, failures, Optional.empty());
  }

  /**
   * Runs test cases in order.
   *
   * @param testCases the test cases
   * @return their results, in the same order
   */
  public List<TestCaseResult> runAll(List<TestCase> testCases) {
    Objects.requireNonNull(testCases, "testCases");
    List<TestCaseResult> results = new ArrayList<>(testCases.size());
    for (TestCase t : testCases) {
      results.add(run(t));
    }
    return results;
  }

  /**
   * Returns the rule IDs an expectation may name for a case of a state: the IDs of every rule of the
   * state's jurisdiction (its own and those it inherits) and of the rules they replace (a deadline keeps
   * the ID of the rule a state rule reshapes, e.g. the federal 60-day decision a state rule starts from
   * its filing date).
   *
   * @param book the rules
   * @param state the state code
   * @return the rule IDs, sorted; empty when the book has no such jurisdiction
   */
  public static Set<String> knownRuleIds(RuleBook book, String state) {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(state, "state");
    Set<String> ids = new TreeSet<>();
    if (!book.jurisdictions().contains(state)) {
      return ids;
    }
    for (Rule r : book.jurisdiction(state).rules()) {
      ids.add(r.descriptor().id().value());
      r.descriptor().replaces().forEach(id -> ids.add(id.value()));
    }
    return ids;
  }
}
