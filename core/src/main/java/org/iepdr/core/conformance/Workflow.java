package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;

/**
 * A vendor's workflow: the prototype case holding the facts that stay fixed, and the steps that place
 * its events relative to each other or to the start.
 *
 * <p>The prototype's events carry instants of their own; each step replaces the instant of what it
 * places. An event no step places keeps its instant in every case.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Workflow {

  /** How far apart the start instants are. */
  public enum Cadence {
    /** Every day, at the start time. */
    DAY,
    /** Every business day of the jurisdiction, at the start time. */
    BUSINESS_DAY,
    /** Every 15 minutes of elapsed time, from midnight of the first day to the end of the last. */
    QUARTER_HOUR
  }

  private final String name;
  private final Case prototype;
  private final List<Step> steps;
  private final Cadence cadence;
  private final LocalTime startTime;
  private final int[] order;
  private final int[] anchor;

  private Workflow(String name, Case prototype, List<Step> steps, Cadence cadence, LocalTime startTime,
      int[] order, int[] anchor) {
    this.name = name;
    this.prototype = prototype;
    this.steps = steps;
    this.cadence = cadence;
    this.startTime = startTime;
    this.order = order;
    this.anchor = anchor;
  }

  /**
   * Creates a workflow, checking its steps.
   *
   * @param name the workflow's name
   * @param prototype the case holding the fixed facts and the events the steps place
   * @param steps the steps
   * @param cadence how far apart start instants are (a run may override it)
   * @param startTime the time of day of each start for {@link Cadence#DAY} and {@link Cadence#BUSINESS_DAY}
   * @return the workflow
   * @throws InvalidWorkflowException naming every problem: a duplicate step id, a step placed relative
   *     to an unknown step, an event the prototype does not have (or a document or notice index it
   *     does not have), a plan counted from an unknown step, a cycle of relative offsets
   */
  public static Workflow of(String name, Case prototype, List<Step> steps, Cadence cadence, LocalTime startTime) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prototype, "prototype");
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(startTime, "startTime");
    List<Step> copy = List.copyOf(steps);
    List<WorkflowProblem> problems = new ArrayList<>();
    int[] anchor = new int[copy.size()];
    int[] order = check(copy, anchor, problems);
    Map<String, CaseEvent> events = new HashMap<>();
    for (CaseEvent e : prototype.events()) {
      events.put(e.id(), e);
    }
    for (int i = 0; i < copy.size(); i++) {
      Step s = copy.get(i);
      CaseEvent e = events.get(s.event());
      if (e == null) {
        problems.add(new WorkflowProblem(i, "event", "the case has no event '" + s.event() + "'"));
      } else if (s.part() != Step.Part.EVENT) {
        if (!(e instanceof Meeting m)) {
          problems.add(new WorkflowProblem(i, "event", "'" + s.event() + "' is not a meeting"));
        } else {
          int size = s.part() == Step.Part.DOCUMENT ? m.documents().size() : m.recordingNotices().size();
          if (s.index() >= size) {
            problems.add(new WorkflowProblem(i, "index", "meeting '" + s.event() + "' has " + size + " "
                + (s.part() == Step.Part.DOCUMENT ? "documents" : "recording notices")));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(WorkflowProblem::step));
      throw new InvalidWorkflowException(problems);
    }
    return new Workflow(name, prototype, copy, cadence, startTime, order, anchor);
  }

  /**
   * Checks the steps alone, without a case: duplicate ids, steps placed relative to an unknown step,
   * plans counted from an unknown step, cycles of relative offsets.
   *
   * @param steps the steps
   * @return every problem, in step order; empty when none
   */
  public static List<WorkflowProblem> stepProblems(List<Step> steps) {
    Objects.requireNonNull(steps, "steps");
    List<WorkflowProblem> problems = new ArrayList<>();
    check(List.copyOf(steps), new int[steps.size()], problems);
    problems.sort(java.util.Comparator.comparingInt(WorkflowProblem::step));
    return problems;
  }

  private static int[] check(List<Step> copy, int[] anchor, List<WorkflowProblem> problems) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < copy.size(); i++) {
      if (ids.putIfAbsent(copy.get(i).id(), i) != null) {
        problems.add(new WorkflowProblem(i, "id", "duplicate step id '" + copy.get(i).id() + "'"));
      }
    }
    for (int i = 0; i < copy.size(); i++) {
      Step s = copy.get(i);
      anchor[i] = -1;
      if (s.from().isPresent()) {
        Integer a = ids.get(s.from().get());
        if (a == null) {
          problems.add(new WorkflowProblem(i, "from", "unknown step '" + s.from().get() + "'; known: "
              + new java.util.TreeSet<>(ids.keySet())));
        } else {
          anchor[i] = a;
        }
      }
      if (s.plan().isPresent() && !ids.containsKey(s.plan().get().trigger())) {
        problems.add(new WorkflowProblem(i, "plan", "unknown trigger step '" + s.plan().get().trigger() + "'"));
      }
    }
    return order(copy, anchor, problems);
  }

  /** Orders the steps so that each comes after its anchor; reports every cycle once. */
  private static int[] order(List<Step> steps, int[] anchor, List<WorkflowProblem> problems) {
    int n = steps.size();
    int[] state = new int[n]; // 0 new, 1 on the current path, 2 done
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      List<Integer> path = new ArrayList<>();
      int j = i;
      while (j >= 0 && state[j] == 0) {
        state[j] = 1;
        path.add(j);
        j = anchor[j];
      }
      if (j >= 0 && state[j] == 1) {
        List<String> cycle = new ArrayList<>();
        for (int p = path.indexOf(j); p < path.size(); p++) {
          cycle.add(steps.get(path.get(p)).id());
        }
        cycle.add(steps.get(j).id());
        problems.add(new WorkflowProblem(j, "from", "a cycle of relative offsets: " + String.join(" -> ", cycle)));
      }
      for (int p = path.size() - 1; p >= 0; p--) {
        state[path.get(p)] = 2;
        out[k++] = path.get(p);
      }
    }
    return out;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the prototype case.
   *
   * @return the case
   */
  public Case prototype() {
    return prototype;
  }

  /**
   * Returns the steps, in the order given.
   *
   * @return the steps
   */
  public List<Step> steps() {
    return steps;
  }

  /**
   * Returns the cadence of start instants.
   *
   * @return the cadence
   */
  public Cadence cadence() {
    return cadence;
  }

  /**
   * Returns the time of day of each start for the day cadences.
   *
   * @return the time
   */
  public LocalTime startTime() {
    return startTime;
  }

  /** The step indexes, each after the step it is placed relative to. */
  int[] order() {
    return order.clone();
  }

  /** For each step, the index of its anchor step, or -1 for the start. */
  int anchorOf(int step) {
    return anchor[step];
  }
}
