package org.iepdr.core.caseload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Jurisdiction;

/**
 * The open deadlines of a caseload due in a window, gathered one case at a time: {@link #add(Evaluation)}
 * each case's evaluation (or {@link #add(Case, Jurisdiction)} the case), then read the {@link #items()},
 * sorted by due date, case id and rule id ({@link DueItem#order()}).
 *
 * <p>An evaluation gives an item for each of its deadlines whose {@link Deadline#outcome() outcome} is
 * {@link DeadlineOutcome#OPEN} and whose {@link Deadline#due() due date} is in the window; nothing else of
 * it is kept, so memory grows with the items in the window, never with the number of cases. The items do
 * not depend on the order the cases are added in; lists of parts of a caseload {@link #addAll merge} into
 * the list of the whole.
 *
 * <p>Every evaluation must speak as of the window's as-of date, so that every item's days left count from
 * the same day: evaluate with {@link DueWindow#evaluationOptions()}.
 *
 * <p>Implementation Requirements: not thread-safe; use one list per thread and merge them.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class DueList {

  private final DueWindow window;
  private final List<DueItem> items = new ArrayList<>();
  private final SortedSet<String> jurisdictions = new TreeSet<>();
  private long cases;
  private boolean sorted = true;

  /**
   * Creates an empty list for a window.
   *
   * @param window the window and its as-of date
   */
  public DueList(DueWindow window) {
    this.window = Objects.requireNonNull(window, "window");
  }

  /**
   * Returns the open deadlines of one evaluation due in a window, in {@link DueItem#order()}: what
   * {@link #add(Evaluation)} keeps of it.
   *
   * @param window the window
   * @param evaluation the case's evaluation, as of the window's as-of date
   * @return the items, possibly none
   * @throws InvalidInputException if the evaluation speaks as of another date than the window
   */
  public static List<DueItem> itemsOf(DueWindow window, Evaluation evaluation) {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(evaluation, "evaluation");
    if (!evaluation.asOf().equals(window.asOf())) {
      throw new InvalidInputException("evaluation.asOf", evaluation.asOf(), "the window's as-of date "
          + window.asOf() + " (evaluate the case with DueWindow.evaluationOptions())");
    }
    List<DueItem> out = new ArrayList<>(0);
    List<Deadline> deadlines = evaluation.deadlines();
    for (int i = 0; i < deadlines.size(); i++) {
      Deadline d = deadlines.get(i);
      if (d.outcome() == DeadlineOutcome.OPEN && window.contains(d.due())) {
        out.add(new DueItem(evaluation.caseId(), evaluation.jurisdiction(), evaluation.asOf(), i + 1, d));
      }
    }
    out.sort(DueItem.order());
    return out;
  }

  /**
   * Adds a case's evaluation: keeps its open deadlines due in the window.
   *
   * @param evaluation the evaluation, as of the window's as-of date
   * @return the number of items it added
   * @throws InvalidInputException if the evaluation speaks as of another date than the window
   */
  public int add(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    List<DueItem> found = itemsOf(window, evaluation);
    cases++;
    jurisdictions.add(evaluation.jurisdiction());
    if (!found.isEmpty()) {
      sorted = false;
      items.addAll(found);
    }
    return found.size();
  }

  /**
   * Evaluates a case with {@link DueWindow#evaluationOptions()} and adds its evaluation.
   *
   * @param aCase the case
   * @param jurisdiction the jurisdiction whose rules evaluate it
   * @return the number of items it added
   * @throws org.iepdr.core.IepdrException if the jurisdiction refuses the case (another state, a date its
   *     calendar does not cover); nothing is added then
   */
  public int add(Case aCase, Jurisdiction jurisdiction) {
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return add(jurisdiction.evaluate(aCase, window.evaluationOptions()));
  }

  /**
   * Adds every case of another list of the same window (a part of the caseload gathered on another thread).
   *
   * @param other the other list
   * @throws InvalidInputException if the other list is of another window
   */
  public void addAll(DueList other) {
    Objects.requireNonNull(other, "other");
    if (!other.window.equals(window)) {
      throw new InvalidInputException("other.window", other.window, "the same window, " + window);
    }
    if (other == this) {
      throw new InvalidInputException("other", "this list", "another list");
    }
    cases += other.cases;
    jurisdictions.addAll(other.jurisdictions);
    if (!other.items.isEmpty()) {
      sorted = false;
      items.addAll(other.items);
    }
  }

  /**
   * Returns the window.
   *
   * @return the window
   */
  public DueWindow window() {
    return window;
  }

  /**
   * Returns the number of evaluations added.
   *
   * @return the number of cases
   */
  public long cases() {
    return cases;
  }

  /**
   * Returns the codes of the jurisdictions that evaluated the cases added, whether or not they gave an
   * item.
   *
   * @return the codes, sorted (unmodifiable)
   */
  public SortedSet<String> jurisdictions() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(jurisdictions));
  }

  /**
   * Returns the items: every open deadline due in the window of the cases added so far, in
   * {@link DueItem#order()} (due date, case id, rule id).
   *
   * @return the items (an unmodifiable copy)
   */
  public List<DueItem> items() {
    if (!sorted) {
      items.sort(DueItem.order());
      sorted = true;
    }
    return List.copyOf(items);
  }

  @Override
  public String toString() {
    return "DueList[" + window + ", " + cases + " cases, " + items.size() + " items]";
  }
}
