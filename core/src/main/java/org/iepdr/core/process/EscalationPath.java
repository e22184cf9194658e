package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.Request;
import org.jspecify.annotations.Nullable;

/**
 * A jurisdiction's escalation path: a directed graph of processes with the condition of each step,
 * and the sources' advice on which process fits which dispute.
 *
 * <p>From where a case stands ({@link #position(Case)}: the process of its latest event that starts
 * or continues one) the path answers which processes are open next and why ({@link #nextSteps}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class EscalationPath {

  private final String name;
  private final Map<DisputeProcess, List<Step>> steps;
  private final List<Advice> advice;

  private EscalationPath(String name, Map<DisputeProcess, List<Step>> steps, List<Advice> advice) {
    this.name = name;
    this.steps = steps;
    this.advice = advice;
  }

  /**
   * Returns a builder for a path.
   *
   * @param name the path's name, e.g. {@code "Missouri"}
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Returns a builder that starts from this path's steps and advice, for a state to extend.
   *
   * @param newName the new path's name
   * @return a builder holding a copy of this path
   */
  public Builder toBuilder(String newName) {
    Objects.requireNonNull(newName, "newName");
    Builder b = new Builder(newName);
    steps.values().forEach(list -> list.forEach(b::step));
    advice.forEach(b::advice);
    return b;
  }

  /**
   * Returns the path's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns every step, grouped by the process it leaves, in declaration order.
   *
   * @return the steps
   */
  public List<Step> steps() {
    List<Step> all = new ArrayList<>();
    steps.values().forEach(all::addAll);
    return all;
  }

  /**
   * Returns the steps open from a process.
   *
   * @param from the process a case stands at
   * @return the steps, possibly empty
   */
  public List<Step> stepsFrom(DisputeProcess from) {
    return steps.getOrDefault(Objects.requireNonNull(from, "from"), List.of());
  }

  /**
   * Returns whether the path allows a step from one process to another.
   *
   * @param from the process left
   * @param to the process entered
   * @return true when a step joins them
   */
  public boolean allows(DisputeProcess from, DisputeProcess to) {
    Objects.requireNonNull(to, "to");
    return stepsFrom(from).stream().anyMatch(s -> s.to() == to);
  }

  /**
   * Returns the processes that appear on the path.
   *
   * @return the processes
   */
  public Set<DisputeProcess> processes() {
    Set<DisputeProcess> all = EnumSet.noneOf(DisputeProcess.class);
    for (Step s : steps()) {
      all.add(s.from());
      all.add(s.to());
    }
    return all;
  }

  /**
   * Returns all the advice the path carries.
   *
   * @return the advice
   */
  public List<Advice> advice() {
    return advice;
  }

  /**
   * Returns the advice on a process, that about the given issues first.
   *
   * @param process the process
   * @param issues the case's issues; may be empty
   * @return the advice that applies: general advice and advice about any of the issues
   */
  public List<Advice> adviceFor(DisputeProcess process, Set<IssueKind> issues) {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(issues, "issues");
    List<Advice> specific = new ArrayList<>();
    List<Advice> general = new ArrayList<>();
    for (Advice a : advice) {
      if (a.process() != process) {
        continue;
      }
      if (a.issues().isEmpty()) {
        general.add(a);
      } else if (a.issues().stream().anyMatch(issues::contains)) {
        specific.add(a);
      }
    }
    specific.addAll(general);
    return specific;
  }

  /**
   * Returns the processes open next from a process, why, and the advice for the given issues.
   *
   * @param from the process a case stands at
   * @param issues the case's issues; may be empty
   * @return the next steps, in the path's order
   */
  public List<NextStep> nextSteps(DisputeProcess from, Set<IssueKind> issues) {
    Objects.requireNonNull(issues, "issues");
    List<NextStep> next = new ArrayList<>();
    for (Step s : stepsFrom(from)) {
      next.add(new NextStep(s.to(), s.condition(), adviceFor(s.to(), issues)));
    }
    return next;
  }

  /**
   * Returns where a case stands: the process of its latest event that starts or continues a process,
   * or {@link DisputeProcess#IEP_MEETING} when no such event exists.
   *
   * @param aCase the case
   * @return the process the case stands at
   */
  public static DisputeProcess position(Case aCase) {
    java.util.Objects.requireNonNull(aCase, "aCase");
    DisputeProcess at = DisputeProcess.IEP_MEETING;
    for (CaseEvent e : aCase.events()) {
      DisputeProcess p = processOf(e);
      if (p != null) {
        at = p;
      }
    }
    return at;
  }

  /**
   * Returns the process an event starts or belongs to, or {@code null} for an event that does not
   * move a case along the path.
   *
   * @param event the event
   * @return the process, or null
   */
  static @Nullable DisputeProcess processOf(CaseEvent event) {
    if (event instanceof Request r) {
      switch (r.kind()) {
        case FACILITATED_IEP: return DisputeProcess.FACILITATED_IEP;
        case MEDIATION: return DisputeProcess.MEDIATION;
        case STATE_COMPLAINT: return DisputeProcess.STATE_COMPLAINT;
        case DUE_PROCESS_COMPLAINT: return DisputeProcess.RESOLUTION_MEETING;
        case EXPEDITED_DUE_PROCESS_COMPLAINT: return DisputeProcess.EXPEDITED_HEARING;
        default: return null;
      }
    }
    if (event instanceof Meeting m) {
      switch (m.kind()) {
        case IEP: return DisputeProcess.IEP_MEETING;
        case FACILITATED_IEP: return DisputeProcess.FACILITATED_IEP;
        case MEDIATION_SESSION: return DisputeProcess.MEDIATION;
        case RESOLUTION: return DisputeProcess.RESOLUTION_MEETING;
        case HEARING: return DisputeProcess.DUE_PROCESS_HEARING;
        case EXPEDITED_HEARING: return DisputeProcess.EXPEDITED_HEARING;
        default: return null;
      }
    }
    if (event instanceof Agreement a && a.kind() == AgreementKind.TO_MEDIATE) {
      return DisputeProcess.MEDIATION;
    }
    if (event instanceof Decision d) {
      switch (d.kind()) {
        case HEARING_DECISION: return DisputeProcess.DUE_PROCESS_HEARING;
        case EXPEDITED_HEARING_DECISION: return DisputeProcess.EXPEDITED_HEARING;
        case STATE_COMPLAINT_DECISION: return DisputeProcess.STATE_COMPLAINT;
        default: return null;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "EscalationPath[" + name + ", " + steps().size() + " steps]";
  }

  /** Builds an {@link EscalationPath}. Not thread-safe; the path it builds is. */
  public static final class Builder {
    private final String name;
    private final Map<DisputeProcess, List<Step>> steps = new EnumMap<>(DisputeProcess.class);
    private final List<Advice> advice = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Adds a step; a step between the same two processes replaces the earlier one.
     *
     * @param step the step
     * @return this builder
     */
    public Builder step(Step step) {
      Objects.requireNonNull(step, "step");
      if (step.from() == step.to()) {
        throw new InvalidInputException("step.to", step.to(), "a process other than the one left");
      }
      List<Step> list = steps.computeIfAbsent(step.from(), k -> new ArrayList<>());
      list.removeIf(s -> s.to() == step.to());
      list.add(step);
      return this;
    }

    /**
     * Adds a step.
     *
     * @param from the process left
     * @param to the process entered
     * @param condition when the step is open
     * @param source where it comes from
     * @return this builder
     */
    public Builder step(DisputeProcess from, DisputeProcess to, String condition, String source) {
      return step(new Step(from, to, condition, source));
    }

    /**
     * Removes the step between two processes, if there is one.
     *
     * @param from the process left
     * @param to the process entered
     * @return this builder
     */
    public Builder removeStep(DisputeProcess from, DisputeProcess to) {
      List<Step> list = steps.get(from);
      if (list != null) {
        list.removeIf(s -> s.to() == to);
      }
      return this;
    }

    /**
     * Adds advice.
     *
     * @param a the advice
     * @return this builder
     */
    public Builder advice(Advice a) {
      advice.add(Objects.requireNonNull(a, "advice"));
      return this;
    }

    /**
     * Builds the path.
     *
     * @return the path
     */
    public EscalationPath build() {
      Map<DisputeProcess, List<Step>> copy = new EnumMap<>(DisputeProcess.class);
      steps.forEach((k, v) -> {
        if (!v.isEmpty()) {
          copy.put(k, List.copyOf(v));
        }
      });
      return new EscalationPath(name, copy, List.copyOf(advice));
    }
  }
}
