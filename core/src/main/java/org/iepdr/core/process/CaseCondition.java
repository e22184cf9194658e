package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.apiguardian.api.API;

/**
 * A condition over what a case shows, as data: it holds when the case's {@link CaseStatus} shows every
 * fact of {@link #all()}, at least one of {@link #any()} (when not empty) and none of {@link #none()}.
 * Steps of an {@link EscalationPath} are open, and advice is shown, only where their condition holds.
 *
 * <p>Written as data rather than code so that a path can be listed, compared and tested: two steps with
 * equal conditions between the same processes are the same step.
 *
 * @param all the facts the case must show
 * @param any facts of which the case must show one; empty for no such requirement
 * @param none the facts the case must not show
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record CaseCondition(Set<CaseFact> all, Set<CaseFact> any, Set<CaseFact> none) {

  private static final CaseCondition ALWAYS = new CaseCondition(Set.of(), Set.of(), Set.of());

  /**
   * Creates the condition.
   *
   * @param all all
   * @param any any
   * @param none none
   */
  public CaseCondition {
    all = copy(Objects.requireNonNull(all, "all"));
    any = copy(Objects.requireNonNull(any, "any"));
    none = copy(Objects.requireNonNull(none, "none"));
  }

  private static Set<CaseFact> copy(Set<CaseFact> s) {
    return s.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(s));
  }

  /**
   * Returns the condition that always holds.
   *
   * @return the condition
   */
  public static CaseCondition always() {
    return ALWAYS;
  }

  /**
   * Returns the condition that the case shows every given fact.
   *
   * @param facts the facts
   * @return the condition
   */
  public static CaseCondition shows(CaseFact... facts) {
    return new CaseCondition(of(facts), Set.of(), Set.of());
  }

  /**
   * Returns the condition that the case shows at least one of the given facts.
   *
   * @param facts the facts
   * @return the condition
   */
  public static CaseCondition showsAny(CaseFact... facts) {
    return new CaseCondition(Set.of(), of(facts), Set.of());
  }

  /**
   * Returns the condition that the case shows none of the given facts.
   *
   * @param facts the facts
   * @return the condition
   */
  public static CaseCondition showsNone(CaseFact... facts) {
    return new CaseCondition(Set.of(), Set.of(), of(facts));
  }

  /**
   * Returns the condition that the case shows no fact at all about a process: it has not tried it
   * (for advice such as "consider mediation first", not shown to a case that already mediated).
   *
   * @param process the process
   * @return the condition
   */
  public static CaseCondition untried(DisputeProcess process) {
    return new CaseCondition(Set.of(), Set.of(), CaseFact.about(Objects.requireNonNull(process, "process")));
  }

  /**
   * Returns this condition that also requires none of the given facts.
   *
   * @param facts the facts
   * @return the narrower condition
   */
  public CaseCondition andNot(CaseFact... facts) {
    Set<CaseFact> n = EnumSet.noneOf(CaseFact.class);
    n.addAll(none);
    n.addAll(of(facts));
    return new CaseCondition(all, any, n);
  }

  /**
   * Returns this condition that also requires every given fact.
   *
   * @param facts the facts
   * @return the narrower condition
   */
  public CaseCondition and(CaseFact... facts) {
    Set<CaseFact> a = EnumSet.noneOf(CaseFact.class);
    a.addAll(all);
    a.addAll(of(facts));
    return new CaseCondition(a, any, none);
  }

  /**
   * Returns whether the condition always holds.
   *
   * @return true for {@link #always()}
   */
  public boolean isAlways() {
    return all.isEmpty() && any.isEmpty() && none.isEmpty();
  }

  /**
   * Returns whether the condition holds for what a case shows.
   *
   * @param status the case's status
   * @return true when it holds
   */
  public boolean holds(CaseStatus status) {
    Objects.requireNonNull(status, "status");
    for (CaseFact f : all) {
      if (!status.shows(f)) {
        return false;
      }
    }
    for (CaseFact f : none) {
      if (status.shows(f)) {
        return false;
      }
    }
    if (any.isEmpty()) {
      return true;
    }
    for (CaseFact f : any) {
      if (status.shows(f)) {
        return true;
      }
    }
    return false;
  }

  private static Set<CaseFact> of(CaseFact... facts) {
    Objects.requireNonNull(facts, "facts");
    Set<CaseFact> s = EnumSet.noneOf(CaseFact.class);
    for (CaseFact f : facts) {
      s.add(Objects.requireNonNull(f, "facts[]"));
    }
    return s;
  }

  /** Returns the condition as {@code always}, or its parts, e.g. {@code A and B and one of {C, D} and not E}. */
  @Override
  public String toString() {
    if (isAlways()) {
      return "always";
    }
    StringJoiner j = new StringJoiner(" and ");
    all.forEach(f -> j.add(f.name()));
    if (!any.isEmpty()) {
      j.add("one of " + Arrays.toString(any.toArray()));
    }
    none.forEach(f -> j.add("not " + f.name()));
    return j.toString();
  }
}
