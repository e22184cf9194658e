package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.model.Extension;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;
import org.iepdr.core.time.LastDayRule;

/**
 * A legal clock, declared once beside the sentence it encodes: how many days of which kind it counts,
 * forward from what starts it or back from the event it precedes, what satisfies it, and the named
 * exceptions that excuse, restart, extend, delay or set it aside, each with the paragraph that says so.
 * It is the default rule with its exceptions, as Catala writes law: the count applies unless one of the
 * named conditions does.
 *
 * <p>A rule declares its clocks as constants and runs them with {@link RuleContext#clock(Clock)}, which
 * gives a {@link RuleContext.DeadlineDraft} that already knows the period, the direction and the last-day
 * rule. The standard exceptions are applied by the draft itself for the request the rule names with
 * {@link RuleContext.DeadlineDraft#concerning}: a withdrawal ({@link Condition.Effect#ENDS}), an amended
 * complaint ({@link Condition.Effect#RESTARTS}) and extensions ({@link Condition.Effect#EXTENDS}, on the
 * grounds declared, each other ground refused and reported). The others (a waiver, a set-aside issue, a
 * parent's non-participation) are declared here so that the catalogue shows them and applied by the rule,
 * which alone knows the facts.
 *
 * <pre>{@code
 * // 34 CFR 300.152(a)-(b): 60 days after filing, extended only for exceptional circumstances or an
 * // agreement to mediate or use other alternative means
 * static final Clock CLOCK = Clock.after("deadline", DayPeriod.calendarDays(60))
 *     .startsAt("the complaint's filing date")
 *     .satisfiedBy("the written decision")
 *     .extendedOnlyFor("300.152(b)(1)", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES,
 *         Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR)
 *     .endsOnWithdrawal("300.151(a)")
 *     .unless(Condition.Effect.SETS_ASIDE, "an issue is also in a due process hearing", "300.152(c)(1)")
 *     .build();
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Clock {

  /** Which way the days are counted. */
  public enum Direction {
    /** Forward from the trigger: the act is due on or before the last day counted. */
    AFTER,
    /** Back from a later event: the act is due on or before the day counted back from it. */
    BEFORE
  }

  /**
   * A named exception to the count, with its source.
   *
   * @param effect what the condition does to the clock
   * @param when when it applies, in words
   * @param source the paragraph that says so (such as {@code "300.508(d)(4)"})
   */
  public record Condition(Effect effect, String when, String source) {

    /** What a condition does to a clock. */
    public enum Effect {
      /** The act is no longer required (a written waiver, an agreement to mediate instead). */
      EXCUSES,
      /** The clock stops applying (the request is withdrawn, the complaint dismissed). */
      ENDS,
      /** The clock starts again from a later event (an amended complaint). */
      RESTARTS,
      /** The due date moves later (a lawful extension). */
      EXTENDS,
      /** The clock waits (a parent who does not participate in the resolution meeting). */
      DELAYS,
      /** The clock starts earlier than counted (300.510(c) events, a hearing officer's order). */
      STARTS,
      /** Part of what the clock answers is set aside (an issue also in a due process hearing). */
      SETS_ASIDE
    }

    /**
     * Creates the record.
     *
     * @param effect effect
     * @param when when
     * @param source source
     */
    public Condition {
      Objects.requireNonNull(effect, "effect");
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(source, "source");
    }
  }

  private final String name;
  private final DayPeriod period;
  private final Direction direction;
  private final LastDayRule lastDayRule;
  private final String start;
  private final String act;
  private final Set<Extension.Reason> extensionReasons;
  private final boolean extensionsChecked;
  private final boolean endsOnWithdrawal;
  private final boolean restartsOnAmendment;
  private final List<Condition> conditions;

  private Clock(Builder b) {
    this.name = b.name;
    this.period = b.period;
    this.direction = b.direction;
    this.lastDayRule = b.lastDayRule;
    this.start = b.start;
    this.act = b.act;
    this.extensionReasons = b.extensionReasons.isEmpty() ? Set.of() : Set.copyOf(b.extensionReasons);
    this.extensionsChecked = b.extensionsChecked;
    this.endsOnWithdrawal = b.endsOnWithdrawal;
    this.restartsOnAmendment = b.restartsOnAmendment;
    this.conditions = List.copyOf(b.conditions);
  }

  /**
   * Starts a clock counted forward from its trigger.
   *
   * @param name the last part of the deadline's message key (the key is the rule's id, a dot and this),
   *     such as {@code "deadline"}
   * @param period the number and kind of days
   * @return a builder
   */
  public static Builder after(String name, DayPeriod period) {
    return new Builder(name, period, Direction.AFTER);
  }

  /**
   * Starts a clock counted back from a later event (a notice due 10 days before a meeting).
   *
   * @param name the last part of the deadline's message key
   * @param period the number and kind of days
   * @return a builder
   */
  public static Builder before(String name, DayPeriod period) {
    return new Builder(name, period, Direction.BEFORE);
  }

  /**
   * Returns the last part of the deadline's message key.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the number and kind of days counted.
   *
   * @return the period
   */
  public DayPeriod period() {
    return period;
  }

  /**
   * Returns which way the days are counted.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * Returns what becomes of the last day once counted.
   *
   * @return the last-day rule
   */
  public LastDayRule lastDayRule() {
    return lastDayRule;
  }

  /**
   * Returns what starts the clock (or, counted back, the event it precedes), in words.
   *
   * @return the start
   */
  public String start() {
    return start;
  }

  /**
   * Returns what satisfies the clock, in words.
   *
   * @return the act
   */
  public String act() {
    return act;
  }

  /**
   * Returns the grounds on which an extension moves the due date; empty when no extension does.
   *
   * @return the lawful grounds
   */
  public Set<Extension.Reason> extensionReasons() {
    return extensionReasons;
  }

  /**
   * Returns whether the draft reads the extensions of the request the clock concerns (those on the
   * declared grounds move the due date; every other is refused and reported).
   *
   * @return true when extensions are checked
   */
  public boolean extensionsChecked() {
    return extensionsChecked;
  }

  /**
   * Returns whether the clock stops applying when its request is withdrawn by its filer on or before the
   * due date, before the act.
   *
   * @return true when a withdrawal ends it
   */
  public boolean endsOnWithdrawal() {
    return endsOnWithdrawal;
  }

  /**
   * Returns whether an amended due process complaint restarts the clock from its filing (34 CFR
   * 300.508(d)(4)).
   *
   * @return true when an amendment restarts it
   */
  public boolean restartsOnAmendment() {
    return restartsOnAmendment;
  }

  /**
   * Returns the named exceptions, in the order declared.
   *
   * @return the conditions
   */
  public List<Condition> conditions() {
    return conditions;
  }

  /**
   * Returns the last day of the window counted from a day: forward, the day {@link #period()} after it;
   * back, the day {@link #period()} before it; then the {@link #lastDayRule()}.
   *
   * @param day0 the trigger's date, or the date of the event counted back from
   * @param counter the jurisdiction's day counting
   * @return the due date
   */
  public LocalDate due(LocalDate day0, DayCounter counter) {
    Objects.requireNonNull(day0, "day0");
    Objects.requireNonNull(counter, "counter");
    LocalDate counted = direction == Direction.AFTER ? counter.plus(day0, period) : counter.minus(day0, period);
    return lastDayRule.lastDay(counted);
  }

  /**
   * Describes the clock in one line for a catalogue: the count, its start, the act, and each exception
   * with its source.
   *
   * @return the description
   */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(act).append(": ").append(period).append(direction == Direction.AFTER ? " after " : " before ")
        .append(start);
    if (lastDayRule != LastDayRule.AS_COUNTED) {
      b.append(" (").append(lastDayRule.description()).append(')');
    }
    for (Condition c : conditions) {
      b.append("; ").append(c.effect().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(" when ")
          .append(c.when()).append(" (").append(c.source()).append(')');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "Clock[" + name + ": " + describe() + "]";
  }

  /**
   * Builds a {@link Clock}. Not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder {
    private final String name;
    private final DayPeriod period;
    private final Direction direction;
    private LastDayRule lastDayRule = LastDayRule.AS_COUNTED;
    private String start = "its trigger";
    private String act = "the act";
    private final Set<Extension.Reason> extensionReasons = EnumSet.noneOf(Extension.Reason.class);
    private boolean extensionsChecked;
    private boolean endsOnWithdrawal;
    private boolean restartsOnAmendment;
    private final List<Condition> conditions = new ArrayList<>();

    private Builder(String name, DayPeriod period, Direction direction) {
      this.name = Objects.requireNonNull(name, "name");
      this.period = Objects.requireNonNull(period, "period");
      this.direction = direction;
    }

    /**
     * Sets what starts the clock (or the event it is counted back from), in words.
     *
     * @param words e.g. "the LEA's receipt of the complaint"
     * @return this builder
     */
    public Builder startsAt(String words) {
      this.start = Objects.requireNonNull(words, "words");
      return this;
    }

    /**
     * Sets what satisfies the clock, in words.
     *
     * @param words e.g. "the written decision"
     * @return this builder
     */
    public Builder satisfiedBy(String words) {
      this.act = Objects.requireNonNull(words, "words");
      return this;
    }

    /**
     * Sets what becomes of the last day once counted (Missouri's RSMo 1.040).
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder lastDayRule(LastDayRule rule) {
      this.lastDayRule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Declares that extensions on these grounds, and only these, move the due date.
     *
     * @param source the paragraph that allows them
     * @param reasons the lawful grounds
     * @return this builder
     */
    public Builder extendedOnlyFor(String source, Extension.Reason... reasons) {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reasons, "reasons");
      List<String> names = new ArrayList<>();
      for (Extension.Reason r : reasons) {
        extensionReasons.add(Objects.requireNonNull(r, "reason"));
        names.add(r.name());
      }
      extensionsChecked = true;
      conditions.add(new Condition(Condition.Effect.EXTENDS, "an extension " + String.join(" or ", names)
          + " is granted on or before the due date", source));
      return this;
    }

    /**
     * Declares that no extension moves the due date: every extension of the request is refused and
     * reported (the expedited timelines of 300.532(c)).
     *
     * @param source the paragraph whose timeline admits no extension
     * @return this builder
     */
    public Builder neverExtended(String source) {
      Objects.requireNonNull(source, "source");
      extensionsChecked = true;
      extensionReasons.clear();
      conditions.add(new Condition(Condition.Effect.EXTENDS, "never: an extension of this timeline does not count",
          source));
      return this;
    }

    /**
     * Declares that the clock stops applying when its request is withdrawn by its filer on or before the
     * due date and before the act.
     *
     * @param source the paragraph or reading that supports it
     * @return this builder
     */
    public Builder endsOnWithdrawal(String source) {
      this.endsOnWithdrawal = true;
      conditions.add(new Condition(Condition.Effect.ENDS, "the request is withdrawn before the act is due",
          Objects.requireNonNull(source, "source")));
      return this;
    }

    /**
     * Declares that an amended due process complaint, filed with the other party's written consent or the
     * hearing officer's permission, restarts the clock from its filing (34 CFR 300.508(d)(4)).
     *
     * @return this builder
     */
    public Builder restartsOnAmendment() {
      this.restartsOnAmendment = true;
      conditions.add(new Condition(Condition.Effect.RESTARTS, "the complaint is amended with the other party's written"
          + " consent or the hearing officer's permission", "300.508(d)(3)-(4)"));
      return this;
    }

    /**
     * Declares another named exception, applied by the rule itself.
     *
     * @param effect what it does to the clock
     * @param when when it applies, in words
     * @param source the paragraph that says so
     * @return this builder
     */
    public Builder unless(Condition.Effect effect, String when, String source) {
      conditions.add(new Condition(effect, when, source));
      return this;
    }

    /**
     * Builds the clock.
     *
     * @return the clock
     */
    public Clock build() {
      return new Clock(this);
    }
  }
}
