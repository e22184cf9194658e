package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.IssueKind;
import org.jspecify.annotations.Nullable;

/**
 * A jurisdiction's escalation path: a directed graph of processes with the condition of each step,
 * the sources' advice on which process fits which dispute, and why a closed process can be open again.
 *
 * <p>Two views. The ladder's view does not read a case: {@link #stepsFrom(DisputeProcess)} and
 * {@link #nextSteps(DisputeProcess, Set)} give one step per process entered. The case's view reads what
 * the case shows ({@link CaseStatus}, computed once per case): {@link #nextSteps(CaseStatus)} offers, for
 * each process open from the case's position, the most specific step whose {@link CaseCondition} holds,
 * the step that continues the current process when the case
 * awaits it (the hearing of a pending complaint), the date it opens on, the events it rests on, and only
 * the advice whose condition holds. A process the case has closed is offered again only with a
 * {@link Reopening} saying why.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class EscalationPath {

  private final String name;
  private final Map<DisputeProcess, List<Step>> steps;
  private final List<Advice> advice;
  private final Map<DisputeProcess, Reopening> reopenings;

  private EscalationPath(String name, Map<DisputeProcess, List<Step>> steps, List<Advice> advice,
      Map<DisputeProcess, Reopening> reopenings) {
    this.name = name;
    this.steps = steps;
    this.advice = advice;
    this.reopenings = reopenings;
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
   * Returns a builder that starts from this path's steps, advice and reopenings, for a state to extend.
   *
   * @param newName the new path's name
   * @return a builder holding a copy of this path
   */
  public Builder toBuilder(String newName) {
    Objects.requireNonNull(newName, "newName");
    Builder b = new Builder(newName);
    steps.values().forEach(list -> list.forEach(b::step));
    advice.forEach(b::advice);
    reopenings.values().forEach(b::reopening);
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
   * Returns every step, grouped by the process it leaves, in declaration order: also the variants
   * worded for a situation ({@link Step#when()}) and the steps that continue a process.
   *
   * @return the steps
   */
  public List<Step> steps() {
    List<Step> all = new ArrayList<>();
    steps.values().forEach(all::addAll);
    return all;
  }

  /**
   * Returns the ladder's steps from a process: for each other process entered, in the order of its first
   * step, its most general variant (the one whose condition asks the case to show the fewest facts; on a
   * tie the one without a condition, else the first declared).
   *
   * @param from the process a case stands at
   * @return the steps, possibly empty
   */
  public List<Step> stepsFrom(DisputeProcess from) {
    List<Step> all = steps.getOrDefault(Objects.requireNonNull(from, "from"), List.of());
    Map<DisputeProcess, Step> byTarget = new LinkedHashMap<>();
    for (Step s : all) {
      if (s.continues()) {
        continue;
      }
      Step seen = byTarget.get(s.to());
      if (seen == null || specificity(s) < specificity(seen)
          || specificity(s) == specificity(seen) && !seen.when().isAlways() && s.when().isAlways()) {
        byTarget.put(s.to(), s);
      }
    }
    return List.copyOf(byTarget.values());
  }

  /**
   * Returns whether the path allows a step from one process to another.
   *
   * @param from the process left
   * @param to the process entered
   * @return true when a step joins them; false when {@code to} is {@code from}
   */
  public boolean allows(DisputeProcess from, DisputeProcess to) {
    Objects.requireNonNull(to, "to");
    return from != to && stepsFrom(from).stream().anyMatch(s -> s.to() == to);
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
   * Returns why each process is open again to a case that has closed it.
   *
   * @return the reopenings, by process
   */
  public Map<DisputeProcess, Reopening> reopenings() {
    return reopenings;
  }

  /**
   * Returns the advice on a process, that about the given issues first, whatever the case shows.
   *
   * @param process the process
   * @param issues the case's issues; may be empty
   * @return the advice that applies: general advice and advice about any of the issues
   */
  public List<Advice> adviceFor(DisputeProcess process, Set<IssueKind> issues) {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(issues, "issues");
    return adviceFor(process, issues, null);
  }

  /**
   * Returns the advice on a process that applies to a case: about its issues first, then general, and
   * only advice whose condition holds for what the case shows.
   *
   * @param process the process
   * @param status what the case shows
   * @return the advice that applies
   */
  public List<Advice> adviceFor(DisputeProcess process, CaseStatus status) {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(status, "status");
    return adviceFor(process, status.issues(), status);
  }

  private List<Advice> adviceFor(DisputeProcess process, Set<IssueKind> issues, @Nullable CaseStatus status) {
    List<Advice> specific = new ArrayList<>();
    List<Advice> general = new ArrayList<>();
    for (Advice a : advice) {
      if (a.process() != process || status != null && !a.when().holds(status)) {
        continue;
      }
      if (a.issues().isEmpty()) {
        general.add(a);
      } else if (any(a.issues(), issues)) {
        specific.add(a);
      }
    }
    specific.addAll(general);
    return specific;
  }

  private static boolean any(Set<IssueKind> of, Set<IssueKind> in) {
    for (IssueKind k : of) {
      if (in.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the ladder's next steps from a process, why, and the advice for the given issues, without
   * reading a case: one step per process entered ({@link #stepsFrom}).
   *
   * @param from the process a case stands at
   * @param issues the case's issues; may be empty
   * @return the next steps, in the path's order
   */
  public List<NextStep> nextSteps(DisputeProcess from, Set<IssueKind> issues) {
    Objects.requireNonNull(issues, "issues");
    List<NextStep> next = new ArrayList<>();
    for (Step s : stepsFrom(from)) {
      next.add(new NextStep(s.to(), s.reason(), adviceFor(s.to(), issues), s.source(), Optional.empty(),
          List.of(), false, Optional.empty()));
    }
    return next;
  }

  /**
   * Returns the next steps of a case from what it shows: from its position, for each process, the most
   * specific step whose condition holds (the one asking the case to show the most facts, a set of
   * alternatives counting as one; on a tie the first declared); the step that continues the
   * current process first; a closed process only with its {@link Reopening}; the advice whose condition
   * holds, for the case's issues first.
   *
   * @param status what the case shows
   * @return the next steps
   */
  public List<NextStep> nextSteps(CaseStatus status) {
    Objects.requireNonNull(status, "status");
    DisputeProcess from = status.position();
    Set<DisputeProcess> targets = new java.util.LinkedHashSet<>();
    Map<DisputeProcess, Step> chosen = new EnumMap<>(DisputeProcess.class);
    for (Step s : steps.getOrDefault(from, List.of())) {
      // every process entered keeps the place of its first step, whatever that step's condition
      targets.add(s.to());
      if (!s.when().holds(status)) {
        continue;
      }
      Step seen = chosen.get(s.to());
      if (seen == null || specificity(s) > specificity(seen)) {
        chosen.put(s.to(), s);
      }
    }
    targets.retainAll(chosen.keySet());
    List<NextStep> next = new ArrayList<>();
    for (DisputeProcess to : order(from, targets)) {
      Step s = Objects.requireNonNull(chosen.get(to), "a chosen step");
      Optional<Reopening> again = Optional.empty();
      Set<String> ids = new java.util.LinkedHashSet<>();
      if (!s.continues() && status.closed().contains(to)) {
        Reopening r = reopenings.get(to);
        if (r == null) {
          continue;
        }
        again = Optional.of(r);
        for (CaseFact f : status.facts()) {
          if (f.closes().contains(to)) {
            ids.addAll(status.eventsFor(f));
          }
        }
      }
      s.when().all().forEach(f -> ids.addAll(status.eventsFor(f)));
      s.when().any().forEach(f -> ids.addAll(status.eventsFor(f)));
      Optional<LocalDate> opens = Optional.empty();
      if (s.opens() == StepDate.FIRST_HEARING_DAY) {
        opens = status.firstHearingDay();
        ids.addAll(status.firstHearingDayRestsOn());
      }
      next.add(new NextStep(to, s.reason(), adviceFor(to, status), s.source(), opens,
          status.inTimelineOrder(ids), s.continues(), again));
    }
    return next;
  }

  /** How much a step's condition asks the case to show: its required facts, and one for a set of alternatives. */
  private static int specificity(Step s) {
    return s.when().all().size() + (s.when().any().isEmpty() ? 0 : 1);
  }

  /** The continuing step first, then the others in declaration order. */
  private static List<DisputeProcess> order(DisputeProcess from, Set<DisputeProcess> targets) {
    List<DisputeProcess> out = new ArrayList<>(targets.size());
    if (targets.contains(from)) {
      out.add(from);
    }
    for (DisputeProcess p : targets) {
      if (p != from) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Returns where a case stands: the process of its latest event that starts or continues a process,
   * as read by {@link CaseStatus} (a waiver of the resolution meeting puts the case at the hearing, a
   * withdrawn request puts it back where it stood), or {@link DisputeProcess#IEP_MEETING} when no such
   * event exists.
   *
   * @param aCase the case
   * @return the process the case stands at
   */
  public static DisputeProcess position(Case aCase) {
    Objects.requireNonNull(aCase, "aCase");
    return CaseStatus.positionOf(aCase);
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
    private final Map<DisputeProcess, Reopening> reopenings = new EnumMap<>(DisputeProcess.class);

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Adds a step at the end of those leaving its process; a step between the same two processes with
     * an equal condition over the case ({@link Step#when()}) is removed first.
     *
     * @param step the step
     * @return this builder
     * @throws InvalidInputException for a step from a process to itself without a condition
     */
    public Builder step(Step step) {
      return add(step, false);
    }

    /**
     * Adds a step before every other step leaving its process (the ladder lists it first); a step
     * between the same two processes with an equal condition is removed.
     *
     * @param step the step
     * @return this builder
     */
    public Builder stepFirst(Step step) {
      return add(step, true);
    }

    private Builder add(Step step, boolean first) {
      Objects.requireNonNull(step, "step");
      if (step.continues() && step.when().isAlways()) {
        throw new InvalidInputException("step.to", step.to(),
            "a process other than the one left, or a condition over the case for a step that continues it");
      }
      List<Step> list = steps.computeIfAbsent(step.from(), k -> new ArrayList<>());
      list.removeIf(s -> s.to() == step.to() && s.when().equals(step.when()));
      if (first) {
        list.add(0, step);
      } else {
        list.add(step);
      }
      return this;
    }

    /**
     * Adds a step.
     *
     * @param from the process left
     * @param to the process entered
     * @param condition when the step is open, the same in every language
     * @param source where it comes from
     * @return this builder
     */
    public Builder step(DisputeProcess from, DisputeProcess to, String condition, String source) {
      return step(new Step(from, to, condition, source));
    }

    /**
     * Adds a step worded in a catalog.
     *
     * @param from the process left
     * @param to the process entered
     * @param reason when the step is open, a message of the path's catalog
     * @param source where it comes from
     * @return this builder
     */
    public Builder step(DisputeProcess from, DisputeProcess to, Message reason, String source) {
      return step(new Step(from, to, reason, source));
    }

    /**
     * Removes every step between two processes, if there are any.
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
     * Says why a process is open again to a case that has closed it; replaces an earlier reopening of
     * the same process.
     *
     * @param reopening the reopening
     * @return this builder
     */
    public Builder reopening(Reopening reopening) {
      Objects.requireNonNull(reopening, "reopening");
      reopenings.put(reopening.process(), reopening);
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
      return new EscalationPath(name, java.util.Collections.unmodifiableMap(copy), List.copyOf(advice),
          java.util.Collections.unmodifiableMap(new EnumMap<>(reopenings)));
    }
  }
}
