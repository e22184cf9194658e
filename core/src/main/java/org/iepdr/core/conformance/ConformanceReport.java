package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.ProposedAct;

/**
 * The result of checking a workflow over a range of start dates.
 *
 * @param workflow the workflow's name
 * @param jurisdiction the jurisdiction's code
 * @param from the first start date
 * @param to the last start date
 * @param cadence the cadence of start instants used
 * @param starts how many start instants were checked
 * @param failingStarts on how many of them a rule was broken
 * @param breaches the rules broken, grouped by rule and reason, in rule-id then reason order
 * @param ranges for each step the planning API knows, the offsets the rules leave lawful
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ConformanceReport(String workflow, String jurisdiction, LocalDate from, LocalDate to,
    Workflow.Cadence cadence, int starts, int failingStarts, List<Breach> breaches, List<StepRange> ranges) {

  /**
   * Creates the record.
   *
   * @param workflow workflow
   * @param jurisdiction jurisdiction
   * @param from from
   * @param to to
   * @param cadence cadence
   * @param starts starts
   * @param failingStarts failing starts
   * @param breaches breaches
   * @param ranges ranges
   */
  public ConformanceReport {
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(cadence, "cadence");
    breaches = List.copyOf(Objects.requireNonNull(breaches, "breaches"));
    ranges = List.copyOf(Objects.requireNonNull(ranges, "ranges"));
  }

  /**
   * Returns whether the workflow broke no rule on any start date.
   *
   * @return true when lawful everywhere
   */
  public boolean lawful() {
    return failingStarts == 0;
  }

  /**
   * One rule broken for one reason, with every start date it happened on and a worked example.
   *
   * @param ruleId the rule's id ({@code "CASE.INVALID"} when the workflow produced a case whose
   *     facts cannot all be true)
   * @param kind the finding's kind ({@link FindingKind#VIOLATION} or {@link FindingKind#WARNING})
   * @param reason what made the rule break on these starts: the weekday of the start, the holiday, the
   *     DST change, or a day the vendor's adjustment moved
   * @param starts the start instants, in order
   * @param example the first of them, worked
   */
  public record Breach(String ruleId, FindingKind kind, String reason, List<ZonedDateTime> starts, Example example) {

    /**
     * Creates the record.
     *
     * @param ruleId rule
     * @param kind kind
     * @param reason reason
     * @param starts starts
     * @param example example
     */
    public Breach {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
      starts = List.copyOf(Objects.requireNonNull(starts, "starts"));
      Objects.requireNonNull(example, "example");
    }
  }

  /**
   * A worked example: the start, where every step fell, and the finding's message.
   *
   * @param start the start instant
   * @param steps every step's instant, in the workflow's step order
   * @param message the finding's message
   */
  public record Example(ZonedDateTime start, List<PlacedStep> steps, String message) {

    /**
     * Creates the record.
     *
     * @param start start
     * @param steps steps
     * @param message message
     */
    public Example {
      Objects.requireNonNull(start, "start");
      steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * Where one step fell.
   *
   * @param step the step's id
   * @param at its instant, in the jurisdiction's zone
   */
  public record PlacedStep(String step, ZonedDateTime at) {

    /**
     * Creates the record.
     *
     * @param step step
     * @param at at
     */
    public PlacedStep {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The lawful offsets of one step the planning API knows, in calendar days from the day of the step it
   * is placed relative to (or the start), on every start date checked.
   *
   * @param step the step's id
   * @param act the act the planning API knows it as
   * @param from the id of the step it is placed relative to, or {@code "start"}
   * @param earliest the smallest offset lawful on every start date; empty when no rule bounds it
   * @param latest the largest offset lawful on every start date; empty when no rule bounds it
   * @param placedMin the smallest offset the workflow placed the step at
   * @param placedMax the largest offset the workflow placed the step at
   * @param rules the ids of the rules that set the bounds
   */
  public record StepRange(String step, ProposedAct act, String from, Optional<Integer> earliest,
      Optional<Integer> latest, int placedMin, int placedMax, List<String> rules) {

    /**
     * Creates the record.
     *
     * @param step step
     * @param act act
     * @param from from
     * @param earliest earliest
     * @param latest latest
     * @param placedMin placed min
     * @param placedMax placed max
     * @param rules rules
     */
    public StepRange {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(act, "act");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(earliest, "earliest");
      Objects.requireNonNull(latest, "latest");
      rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * Returns whether every placement of the step lies inside the lawful offsets.
     *
     * @return true when inside
     */
    public boolean inside() {
      return earliest.map(e -> placedMin >= e).orElse(true) && latest.map(l -> placedMax <= l).orElse(true);
    }
  }
}
