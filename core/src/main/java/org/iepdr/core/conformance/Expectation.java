package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;

/**
 * One thing a test case expects of its evaluation. An expectation is partial: it names only what it
 * cares about (a rule ID, and optionally a kind, events, a key, a due date, a window, an outcome), and
 * every field it leaves out matches anything.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public sealed interface Expectation
    permits Expectation.FindingPresent, Expectation.FindingAbsent, Expectation.DeadlineExpected,
    Expectation.NextStepExpected {

  /**
   * Returns where the expectation was written (for example {@code suite.test.yaml:12 $.cases[0].expect}),
   * for messages.
   *
   * @return the place, or an empty string when unknown
   */
  String where();

  /**
   * Returns the rule ID the expectation is about, if any (a next step names none).
   *
   * @return the rule ID
   */
  Optional<String> aboutRule();

  /**
   * Checks the expectation against an evaluation.
   *
   * @param evaluation the evaluation of the test case
   * @return the failure, or empty when the expectation holds
   */
  Optional<ExpectationFailure> check(Evaluation evaluation);

  /**
   * What a finding must look like to match: a rule ID and, optionally, a kind, events it names (all of
   * them, in any order, among others) and a message key.
   *
   * @param ruleId the rule ID
   * @param kind the kind, when the expectation names one
   * @param events the IDs of events the finding must name (empty: any)
   * @param key the message key, when the expectation names one
   */
  record FindingPattern(String ruleId, Optional<FindingKind> kind, List<String> events, Optional<String> key) {

    /**
     * Creates the pattern.
     *
     * @param ruleId the rule ID
     * @param kind the kind, when named
     * @param events the events the finding must name
     * @param key the message key, when named
     */
    public FindingPattern {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(kind, "kind");
      events = List.copyOf(Objects.requireNonNull(events, "events"));
      Objects.requireNonNull(key, "key");
    }

    /**
     * Returns whether a finding matches the pattern.
     *
     * @param finding the finding
     * @return true when every named field matches
     */
    public boolean matches(org.iepdr.core.rules.Finding finding) {
      Objects.requireNonNull(finding, "finding");
      return finding.ruleId().value().equals(ruleId)
          && kind.map(k -> k == finding.kind()).orElse(true)
          && finding.events().containsAll(events)
          && key.map(k -> k.equals(finding.key())).orElse(true);
    }

    /**
     * Describes the pattern in words, e.g. {@code a VIOLATION of MO.FIEP.LEAD_TIME naming [fiep-request]}.
     *
     * @return the description
     */
    public String describe() {
      StringBuilder sb = new StringBuilder(kind.map(k -> "a " + k).orElse("a finding")).append(" of ").append(ruleId);
      if (!events.isEmpty()) {
        sb.append(" naming ").append(events);
      }
      key.ifPresent(k -> sb.append(" with key ").append(k));
      return sb.toString();
    }
  }

  /**
   * A finding that must appear.
   *
   * @param where where the expectation was written
   * @param pattern what the finding must look like
   */
  record FindingPresent(String where, FindingPattern pattern) implements Expectation {

    /**
     * Creates the expectation.
     *
     * @param where where it was written
     * @param pattern the finding's pattern
     */
    public FindingPresent {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public Optional<String> aboutRule() {
      return Optional.of(pattern.ruleId());
    }

    @Override
    public Optional<ExpectationFailure> check(Evaluation evaluation) {
      Objects.requireNonNull(evaluation, "evaluation");
      if (evaluation.findings().stream().anyMatch(pattern::matches)) {
        return Optional.empty();
      }
      return Optional.of(new ExpectationFailure(this, pattern.describe(), findingsOf(evaluation, pattern.ruleId())));
    }
  }

  /**
   * A finding that must not appear.
   *
   * @param where where the expectation was written
   * @param pattern what no finding may look like (a rule ID alone: no finding of the rule at all)
   */
  record FindingAbsent(String where, FindingPattern pattern) implements Expectation {

    /**
     * Creates the expectation.
     *
     * @param where where it was written
     * @param pattern the pattern no finding may match
     */
    public FindingAbsent {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public Optional<String> aboutRule() {
      return Optional.of(pattern.ruleId());
    }

    @Override
    public Optional<ExpectationFailure> check(Evaluation evaluation) {
      Objects.requireNonNull(evaluation, "evaluation");
      List<org.iepdr.core.rules.Finding> hits = evaluation.findings().stream().filter(pattern::matches).toList();
      if (hits.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new ExpectationFailure(this, "no " + pattern.describe().substring(2),
          hits.stream().map(Expectation::describe).collect(Collectors.joining("; "))));
    }
  }

  /**
   * A deadline that must be computed: a rule ID and, optionally, the event that triggered it, its due
   * date, the earliest and latest days of its window and its outcome. When the rule computes several
   * deadlines, one of them must match every named field.
   *
   * @param where where the expectation was written
   * @param ruleId the rule ID
   * @param trigger the ID of the triggering event, when named
   * @param due the due date, when named
   * @param earliest the first day of the window, when named
   * @param latest the last day of the window, when named
   * @param outcome the outcome, when named
   */
  record DeadlineExpected(String where, String ruleId, Optional<String> trigger, Optional<LocalDate> due,
      Optional<LocalDate> earliest, Optional<LocalDate> latest, Optional<DeadlineOutcome> outcome)
      implements Expectation {

    /**
     * Creates the expectation.
     *
     * @param where where it was written
     * @param ruleId the rule ID
     * @param trigger the triggering event, when named
     * @param due the due date, when named
     * @param earliest the window's first day, when named
     * @param latest the window's last day, when named
     * @param outcome the outcome, when named
     */
    public DeadlineExpected {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(earliest, "earliest");
      Objects.requireNonNull(latest, "latest");
      Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public Optional<String> aboutRule() {
      return Optional.of(ruleId);
    }

    private boolean matches(org.iepdr.core.rules.Deadline d) {
      return d.ruleId().value().equals(ruleId)
          && trigger.map(t -> t.equals(d.trigger())).orElse(true)
          && due.map(x -> x.equals(d.due())).orElse(true)
          && earliest.map(x -> d.window().earliest().map(x::equals).orElse(false)).orElse(true)
          && latest.map(x -> d.window().latest().map(x::equals).orElse(false)).orElse(true)
          && outcome.map(x -> x == d.outcome()).orElse(true);
    }

    @Override
    public Optional<ExpectationFailure> check(Evaluation evaluation) {
      Objects.requireNonNull(evaluation, "evaluation");
      if (evaluation.deadlines().stream().anyMatch(this::matches)) {
        return Optional.empty();
      }
      StringBuilder want = new StringBuilder("a deadline of ").append(ruleId);
      trigger.ifPresent(t -> want.append(" triggered by ").append(t));
      due.ifPresent(x -> want.append(" due ").append(x));
      earliest.ifPresent(x -> want.append(" open from ").append(x));
      latest.ifPresent(x -> want.append(" open until ").append(x));
      outcome.ifPresent(x -> want.append(" with outcome ").append(x));
      List<String> got = new ArrayList<>();
      for (org.iepdr.core.rules.Deadline d : evaluation.deadlines()) {
        if (d.ruleId().value().equals(ruleId)) {
          got.add(describe(d));
        }
      }
      return Optional.of(new ExpectationFailure(this, want.toString(),
          got.isEmpty() ? "no deadline of " + ruleId : String.join("; ", got)));
    }
  }

  /**
   * A next step that must (or must not) be offered.
   *
   * @param where where the expectation was written
   * @param process the process of the next step
   * @param present true when the step must be offered, false when it must not
   */
  record NextStepExpected(String where, DisputeProcess process, boolean present) implements Expectation {

    /**
     * Creates the expectation.
     *
     * @param where where it was written
     * @param process the process
     * @param present whether it must be offered
     */
    public NextStepExpected {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(process, "process");
    }

    @Override
    public Optional<String> aboutRule() {
      return Optional.empty();
    }

    @Override
    public Optional<ExpectationFailure> check(Evaluation evaluation) {
      Objects.requireNonNull(evaluation, "evaluation");
      boolean offered = evaluation.nextSteps().stream().anyMatch(s -> s.process() == process);
      if (offered == present) {
        return Optional.empty();
      }
      String got = evaluation.nextSteps().isEmpty() ? "no next steps"
          : "next steps " + evaluation.nextSteps().stream().map(s -> s.process().name()).toList();
      return Optional.of(new ExpectationFailure(this, (present ? "" : "no ") + "next step " + process, got));
    }
  }

  /**
   * Describes a finding as a failure message shows it: kind, rule ID, key and events.
   *
   * @param f the finding
   * @return the description
   */
  private static String describe(org.iepdr.core.rules.Finding f) {
    return "a " + f.kind() + " of " + f.ruleId().value() + " with key " + f.key()
        + (f.events().isEmpty() ? "" : " naming " + f.events());
  }

  /**
   * Describes a deadline as a failure message shows it: trigger, due date, window and outcome.
   *
   * @param d the deadline
   * @return the description
   */
  private static String describe(org.iepdr.core.rules.Deadline d) {
    return "a deadline of " + d.ruleId().value() + " triggered by " + d.trigger() + " due " + d.due() + " (window "
        + d.window() + ") with outcome " + d.outcome();
  }

  private static String findingsOf(Evaluation evaluation, String ruleId) {
    List<String> got = evaluation.findings().stream().filter(f -> f.ruleId().value().equals(ruleId))
        .map(Expectation::describe).toList();
    return got.isEmpty() ? "no finding of " + ruleId : String.join("; ", got);
  }
}
