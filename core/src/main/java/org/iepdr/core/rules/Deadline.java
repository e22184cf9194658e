package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.time.DateWindow;
import org.iepdr.core.time.DayPeriod;
import org.iepdr.core.time.LastDayRule;
import org.immutables.value.Value;

/**
 * A clock a rule runs on a case: which rule and its citation, what started it, how many days of
 * which kind, the lawful window (a single last day is a window from the trigger, or from an earlier
 * day on which the act could already answer what it answers, to that day), and where it stands as of
 * the evaluation date, and how it ended ({@link #outcome()}): met within its timeline or within a valid
 * extension, missed, done before its window opened, still open, or no longer applicable.
 *
 * <p>A deadline reported under a federal rule's id may have been shaped by a state rule (Missouri's
 * filing date of a child complaint received after hours): {@link #shapedBy()} names it, so software
 * reading {@code IDEA.STATE_COMPLAINT.DECISION_60_DAYS} finds the same obligation in every state.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class Deadline {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Deadline}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableDeadline.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the rule that runs the clock.
   *
   * @return the rule id
   */
  @Value.Parameter
  public abstract RuleId ruleId();

  /**
   * Returns the primary citation of the rule that runs the clock (the engine fills it from the rule's
   * {@link RuleDescriptor#citation()}), so a deadline can be shown with its source without looking
   * the rule up.
   *
   * @return the citation
   */
  @Value.Parameter
  public abstract Citation citation();

  /**
   * Returns what must be done, as data: a stable key (such as
   * {@code IDEA.RESOLUTION.MEETING_15_DAYS.deadline}) and any facts its wording names.
   *
   * @return the action
   */
  @Value.Parameter
  public abstract Message action();

  /**
   * Returns what must be done, in English, e.g. "convene the resolution meeting".
   *
   * @return the description
   */
  public final String description() {
    return action().render(Language.ENGLISH);
  }

  /**
   * Returns what must be done, in a language.
   *
   * @param language the language
   * @return the description
   */
  public final String description(Language language) {
    return action().render(language);
  }

  /**
   * Returns the id of the event that started the clock (for a backward deadline, the event it is
   * counted back from).
   *
   * @return an event id
   */
  @Value.Parameter
  public abstract String trigger();

  /**
   * Returns the date the clock counts from (day 0).
   *
   * @return the trigger date
   */
  @Value.Parameter
  public abstract LocalDate triggerDate();

  /**
   * Returns the number and kind of days counted.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract DayPeriod period();

  /**
   * Returns the lawful window for the act; its last day is the due date. The window always has a last
   * day; its first day is absent for a deadline counted back from a later event (a disclosure due 5
   * business days before a hearing may be made on any earlier day).
   *
   * @return the window
   */
  @Value.Parameter
  public abstract DateWindow window();

  /**
   * Returns where the deadline stands as of the evaluation date.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract DeadlineStatus status();

  /**
   * Returns the id of the event that did the act, if one did.
   *
   * @return an event id
   */
  @Value.Parameter
  public abstract Optional<String> satisfiedBy();

  /**
   * Returns the date the act was done, if it was.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract Optional<LocalDate> satisfiedOn();

  /**
   * Returns what became of the period's last day once counted: {@link LastDayRule#AS_COUNTED} (the
   * default, the federal rules') or a statute's own rule, such as Missouri's RSMo 1.040 (a last day on a
   * Sunday moves to the Monday). The window's last day is already the result.
   *
   * @return the last-day rule
   */
  @Value.Default
  public LastDayRule lastDayRule() {
    return LastDayRule.AS_COUNTED;
  }

  /**
   * Returns the ids of the state rules that shaped this clock (its day 0, its trigger) while it keeps the
   * id of the federal rule it counts for; empty when the clock is the rule's own.
   *
   * @return the shaping rules' ids
   */
  public abstract List<RuleId> shapedBy();

  /**
   * Returns the id of the valid extension that moved the due date, if one did.
   *
   * @return an event id
   */
  public abstract Optional<String> extendedBy();

  /**
   * Returns the due date as counted, before any extension, when an extension moved it.
   *
   * @return the unextended due date
   */
  public abstract Optional<LocalDate> unextendedDue();

  /**
   * Returns why the clock no longer applies, if it does not.
   *
   * @return the reason and its event
   */
  public abstract Optional<NotApplicable> notApplicable();

  /**
   * Returns what moved the clock away from the plain count, in timeline order: restarts, extensions
   * (and refused ones), delays, earlier starts.
   *
   * @return the changes
   */
  public abstract List<ClockChange> changes();

  /**
   * Returns how the deadline ended, or that it has not: exactly one outcome, agreeing with
   * {@link #status()} (see {@link DeadlineOutcome}).
   *
   * @return the outcome
   */
  public final DeadlineOutcome outcome() {
    return switch (status()) {
      case NOT_APPLICABLE -> DeadlineOutcome.NOT_APPLICABLE;
      case PENDING -> DeadlineOutcome.OPEN;
      case MISSED -> doneBeforeWindow() ? DeadlineOutcome.EARLY : DeadlineOutcome.MISSED;
      case MET -> satisfiedOn().flatMap(on -> unextendedDue().filter(on::isAfter)).isPresent()
          ? DeadlineOutcome.MET_EXTENDED : DeadlineOutcome.MET;
    };
  }

  /**
   * Returns whether the act is dated before the window's first day. For a clock counted forward this
   * means the act is dated before what it answers (a resolution meeting dated before the complaint), so
   * the case's dates cannot all be right; for a window that opens later than its trigger (an agenda due
   * 3 to 5 days before a meeting) it means the act was too early. Either way the act is outside the
   * window: the deadline is {@link DeadlineStatus#MISSED} once the act is on or before the as-of date
   * (an act after the as-of date is not yet counted, so the deadline may still be pending).
   *
   * @return true when the act was done and its date is before the window's first day
   */
  public final boolean doneBeforeWindow() {
    return satisfiedOn().filter(on -> window().earliest().filter(on::isBefore).isPresent()).isPresent();
  }

  /**
   * Returns the due date: the last day of the window.
   *
   * @return the due date
   */
  public final LocalDate due() {
    return window().latest().orElseThrow();
  }

  @Value.Check
  void check() {
    if (window().latest().isEmpty()) {
      throw new InvalidInputException("window", window(), "a window with a last day (the due date)");
    }
    if (notApplicable().isPresent() != (status() == DeadlineStatus.NOT_APPLICABLE)) {
      throw new InvalidInputException("status", status(), notApplicable().isPresent()
          ? "NOT_APPLICABLE, since the deadline says why it does not apply"
          : "MET, MISSED or PENDING, since the deadline does not say why it would not apply");
    }
    if (unextendedDue().isPresent() != extendedBy().isPresent()) {
      throw new InvalidInputException("unextendedDue", unextendedDue(), "present exactly when extendedBy is");
    }
  }
}
