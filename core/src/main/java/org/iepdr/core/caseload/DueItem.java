package org.iepdr.core.caseload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.message.Language;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.RuleId;

/**
 * One open deadline of a caseload due in a window: the case it belongs to, the jurisdiction that
 * evaluated it, the deadline itself (rule, action, trigger, window, extension), its due date and the days
 * left from the as-of date. It holds no student's name or birth date, only the case id.
 *
 * <p>Items are ordered ({@link #order()}) by due date, then case id, then rule id, then what else tells
 * two items apart (the action's key, the trigger, the trigger date, the jurisdiction, the position), so
 * the order of a list never depends on the order the cases came in.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class DueItem {

  private static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::due)
      .thenComparing(DueItem::caseId)
      .thenComparing(i -> i.ruleId().toString())
      .thenComparing(i -> i.deadline.action().key())
      .thenComparing(i -> i.deadline.trigger())
      .thenComparing(i -> i.deadline.triggerDate())
      .thenComparing(DueItem::jurisdiction)
      .thenComparingInt(DueItem::position)
      .thenComparing(i -> i.deadline.description(Language.ENGLISH));

  private final String caseId;
  private final String jurisdiction;
  private final LocalDate asOf;
  private final int position;
  private final Deadline deadline;

  DueItem(String caseId, String jurisdiction, LocalDate asOf, int position, Deadline deadline) {
    this.caseId = caseId;
    this.jurisdiction = jurisdiction;
    this.asOf = asOf;
    this.position = position;
    this.deadline = deadline;
  }

  /**
   * Returns the order of a due list: due date, case id, rule id, then the action's key, the trigger, the
   * trigger date, the jurisdiction, the position and the English action, so that any two items that read
   * differently have one order.
   *
   * @return the comparator
   */
  public static Comparator<DueItem> order() {
    return ORDER;
  }

  /**
   * Returns the id of the case.
   *
   * @return the case id
   */
  public String caseId() {
    return caseId;
  }

  /**
   * Returns the code of the jurisdiction whose rules evaluated the case.
   *
   * @return e.g. {@code "MO"}
   */
  public String jurisdiction() {
    return jurisdiction;
  }

  /**
   * Returns the date the case was evaluated on, from which {@link #daysLeft()} counts.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns where the deadline stands among the evaluation's deadlines (1 for the first of
   * {@link org.iepdr.core.rules.Evaluation#deadlines()}), which tells apart two deadlines of one rule with
   * the same trigger (each side's disclosure before a hearing).
   *
   * @return 1 or more
   */
  public int position() {
    return position;
  }

  /**
   * Returns the deadline, with everything the evaluation said of it.
   *
   * @return the deadline; its {@link Deadline#outcome()} is {@link org.iepdr.core.rules.DeadlineOutcome#OPEN}
   */
  public Deadline deadline() {
    return deadline;
  }

  /**
   * Returns the id of the rule that runs the clock.
   *
   * @return the rule id
   */
  public RuleId ruleId() {
    return deadline.ruleId();
  }

  /**
   * Returns the due date: the last day of the deadline's window, after any valid extension.
   *
   * @return the due date, in the window
   */
  public LocalDate due() {
    return deadline.due();
  }

  /**
   * Returns the calendar days from the as-of date to the due date: 0 when it is due on the as-of date, 1
   * the day after. Never negative: a deadline due before the as-of date is not open.
   *
   * @return the days left
   */
  public long daysLeft() {
    return ChronoUnit.DAYS.between(asOf, deadline.due());
  }

  /**
   * Returns what must be done, in a language.
   *
   * @param language the language
   * @return the action, e.g. "convene the resolution meeting"
   */
  public String action(Language language) {
    Objects.requireNonNull(language, "language");
    return deadline.description(language);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DueItem i && i.caseId.equals(caseId) && i.jurisdiction.equals(jurisdiction)
        && i.asOf.equals(asOf) && i.position == position && i.deadline.equals(deadline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, jurisdiction, asOf, position, deadline);
  }

  @Override
  public String toString() {
    return due() + " " + caseId + " " + ruleId() + " (" + daysLeft() + " days left)";
  }
}
