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
import java.util.concurrent.atomic.AtomicReferenceArray;
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
  /** Per process left (by ordinal), the processes entered in the order offered, with their variants. */
  private final Target[][] ladder;
  /** Per process (by ordinal), the advice on it with its conditions as masks. */
  private final Advising[] advising;
  /** Per process (by ordinal), why it is open again, or empty. */
  private final List<Optional<Reopening>> again;

  private EscalationPath(String name, Map<DisputeProcess, List<Step>> steps, List<Advice> advice,
      Map<DisputeProcess, Reopening> reopenings) {
    this.name = name;
    this.steps = steps;
    this.advice = advice;
    this.reopenings = reopenings;
    DisputeProcess[] processes = DisputeProcess.values();
    this.ladder = new Target[processes.length][];
    this.advising = new Advising[processes.length];
    List<Optional<Reopening>> open = new ArrayList<>(processes.length);
    for (DisputeProcess p : processes) {
      ladder[p.ordinal()] = Target.from(p, steps.getOrDefault(p, List.of()));
      List<Advice> on = new ArrayList<>();
      for (Advice a : advice) {
        if (a.process() == p) {
          on.add(a);
        }
      }
      advising[p.ordinal()] = new Advising(on);
      open.add(Optional.ofNullable(reopenings.get(p)));
    }
    this.again = List.copyOf(open);
  }

  /** Whether a condition given as masks of facts holds for the facts shown (see {@link CaseCondition#holds}). */
  private static boolean holds(long all, long any, long none, long shown) {
    return (shown & all) == all && (shown & none) == 0 && (any == 0 || (shown & any) != 0);
  }

  /**
   * A process entered from a process, with the variants of its step in declaration order and their
   * conditions as masks of facts (see {@link CaseStatus#mask}).
   */
  private static final class Target {
    final DisputeProcess to;
    final Step[] variants;
    final long[] all;
    final long[] any;
    final long[] none;
    final int[] specificity;

    private Target(DisputeProcess to, List<Step> variants) {
      this.to = to;
      this.variants = variants.toArray(new Step[0]);
      int n = this.variants.length;
      all = new long[n];
      any = new long[n];
      none = new long[n];
      specificity = new int[n];
      for (int i = 0; i < n; i++) {
        CaseCondition c = this.variants[i].when();
        all[i] = CaseStatus.mask(c.all());
        any[i] = CaseStatus.mask(c.any());
        none[i] = CaseStatus.mask(c.none());
        specificity[i] = specificity(this.variants[i]);
      }
    }

    /** The processes entered from a process: the one continued first, then the others in the order of their first step. */
    static Target[] from(DisputeProcess from, List<Step> steps) {
      Map<DisputeProcess, List<Step>> byTarget = new LinkedHashMap<>();
      for (Step s : steps) {
        byTarget.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s);
      }
      List<Target> out = new ArrayList<>(byTarget.size());
      List<Step> continuing = byTarget.get(from);
      if (continuing != null) {
        out.add(new Target(from, continuing));
      }
      byTarget.forEach((to, variants) -> {
        if (to != from) {
          out.add(new Target(to, variants));
        }
      });
      return out.toArray(new Target[0]);
    }

    /** The most specific variant whose condition holds (on a tie the first declared), or -1. */
    int choose(long shown) {
      int best = -1;
      for (int i = 0; i < variants.length; i++) {
        if (holds(all[i], any[i], none[i], shown) && (best < 0 || specificity[i] > specificity[best])) {
          best = i;
        }
      }
      return best;
    }
  }

  /**
   * The advice on one process, in declaration order, with conditions and issues as masks; the lists of
   * the advice that applies are kept, by the mask of the advice that applies, since they do not depend on
   * anything else.
   */
  private static final class Advising {
    /** Above this many pieces of advice on one process, the lists are built for each case, not kept. */
    private static final int KEPT = 10;

    final Advice[] advice;
    final long[] all;
    final long[] any;
    final long[] none;
    /** The issues each piece is about, a bit per kind's ordinal; 0 for general advice. */
    final int[] issues;
    final @Nullable AtomicReferenceArray<List<Advice>> kept;

    Advising(List<Advice> on) {
      advice = on.toArray(new Advice[0]);
      int n = advice.length;
      all = new long[n];
      any = new long[n];
      none = new long[n];
      issues = new int[n];
      for (int i = 0; i < n; i++) {
        CaseCondition c = advice[i].when();
        all[i] = CaseStatus.mask(c.all());
        any[i] = CaseStatus.mask(c.any());
        none[i] = CaseStatus.mask(c.none());
        for (IssueKind k : advice[i].issues()) {
          issues[i] |= 1 << k.ordinal();
        }
      }
      kept = n <= KEPT ? new AtomicReferenceArray<>(1 << n) : null;
    }

    /** The advice that applies to a case: about its issues first, then general, where its condition holds. */
    List<Advice> applying(long shown, int caseIssues) {
      int applies = 0;
      for (int i = 0; i < advice.length; i++) {
        if (holds(all[i], any[i], none[i], shown) && (issues[i] == 0 || (issues[i] & caseIssues) != 0)) {
          applies |= 1 << i;
        }
      }
      if (kept == null) {
        return build(applies);
      }
      List<Advice> list = kept.get(applies);
      if (list == null) {
        list = build(applies);
        kept.set(applies, list);
      }
      return list;
    }

    private List<Advice> build(int applies) {
      List<Advice> out = new ArrayList<>(Integer.bitCount(applies));
      for (int i = 0; i < advice.length; i++) {
        if ((applies & 1 << i) != 0 && issues[i] != 0) {
          out.add(advice[i]);
        }
      }
      for (int i = 0; i < advice.length; i++) {
        if ((applies & 1 << i) != 0 && issues[i] == 0) {
          out.add(advice[i]);
        }
      }
      return List.copyOf(out);
    }
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
    return generalAndAbout(process, issues);
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
    return new ArrayList<>(advising[process.ordinal()].applying(status.shownMask(), status.issueMask()));
  }

  /** The advice on a process about any of the issues, then the general advice, whatever the case shows. */
  private List<Advice> generalAndAbout(DisputeProcess process, Set<IssueKind> issues) {
    List<Advice> specific = new ArrayList<>();
    List<Advice> general = new ArrayList<>();
    for (Advice a : advice) {
      if (a.process() != process) {
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
    Target[] targets = ladder[status.position().ordinal()];
    long shown = status.shownMask();
    List<NextStep> next = new ArrayList<>(targets.length);
    for (Target t : targets) {
      int chosen = t.choose(shown);
      if (chosen < 0) {
        continue;
      }
      Step s = t.variants[chosen];
      // the events the step rests on: those of the facts its condition names, and of the facts that
      // closed the process when it is open again
      long restsOn = t.all[chosen] | t.any[chosen];
      Optional<Reopening> reopened = Optional.empty();
      if (!s.continues() && status.isClosed(t.to)) {
        reopened = again.get(t.to.ordinal());
        if (reopened.isEmpty()) {
          continue;
        }
        restsOn |= CaseStatus.closers(t.to);
      }
      boolean hearing = s.opens() == StepDate.FIRST_HEARING_DAY;
      Optional<LocalDate> opens = hearing ? status.firstHearingDay() : Optional.empty();
      next.add(new NextStep(t.to, s.reason(), advising[t.to.ordinal()].applying(shown, status.issueMask()),
          s.source(), opens, status.eventsOf(restsOn, hearing), s.continues(), reopened));
    }
    return next;
  }

  /** How much a step's condition asks the case to show: its required facts, and one for a set of alternatives. */
  private static int specificity(Step s) {
    return s.when().all().size() + (s.when().any().isEmpty() ? 0 : 1);
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
