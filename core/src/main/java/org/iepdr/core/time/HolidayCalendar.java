package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.iepdr.core.InvalidInputException;

/**
 * A named set of holidays: recurring {@link HolidayRule}s, holidays included from other calendars,
 * and dated one-off closures (for example a governor's order closing state offices the day after
 * Thanksgiving).
 *
 * <p>A state's business-day calendar excludes federal and State holidays (34 CFR 300.11), so a state
 * calendar usually {@linkplain Builder#include includes} {@link FederalHolidays#calendar()}:
 *
 * <pre>{@code
 * HolidayCalendar mo = HolidayCalendar.builder("Missouri")
 *     .observancePolicy(ObservancePolicy.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY)
 *     .include(FederalHolidays.calendar())
 *     .rule(HolidayRule.fixed("Truman Day", Month.MAY, 8, "RSMo 9.010"))
 *     .closure(LocalDate.of(2022, 11, 25), "EO 22-06: day after Thanksgiving")
 *     .build();
 * }</pre>
 *
 * <p>A holiday's observed date is what closes offices: {@link #isHoliday} and {@link #holidaysIn}
 * go by the observed date. A holiday observed on a weekend (a Saturday holiday under
 * {@link ObservancePolicy#SUNDAY_TO_MONDAY}) is still listed, but closes nothing on a business day.
 *
 * <p>Implementation Requirements: immutable and thread-safe. The {@link Builder} is not.
 */
@API(status = STABLE, since = "0.2.0")
public final class HolidayCalendar {

  private static final Comparator<Holiday> ORDER = Comparator.comparing(Holiday::observed)
      .thenComparing(Holiday::date).thenComparing(Holiday::name).thenComparing(Holiday::source);

  private final String name;
  private final ObservancePolicy policy;
  /** Every rule with its observance policy resolved (its own, or that of the calendar it came from). */
  private final List<HolidayRule> rules;
  private final List<Holiday> closures;

  private HolidayCalendar(Builder builder) {
    this.name = builder.name;
    this.policy = builder.policy;
    List<HolidayRule> resolved = new ArrayList<>(builder.rules.size() + builder.includedRules.size());
    for (HolidayRule rule : builder.rules) {
      resolved.add(rule.observancePolicy().isPresent() ? rule : rule.observedBy(policy));
    }
    resolved.addAll(builder.includedRules);
    this.rules = List.copyOf(resolved);
    List<Holiday> sortedClosures = new ArrayList<>(builder.closures);
    sortedClosures.sort(ORDER);
    this.closures = List.copyOf(sortedClosures);
  }

  /**
   * Starts a calendar with the given name. Without
   * {@link Builder#observancePolicy(ObservancePolicy)} the calendar's policy is
   * {@link ObservancePolicy#NONE}.
   *
   * @param name the calendar's name, e.g. {@code "Missouri state offices"}; not blank
   * @return a new builder
   * @throws InvalidInputException if {@code name} is blank
   */
  public static Builder builder(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new InvalidInputException("name", "'" + name + "'", "a non-blank calendar name");
    }
    return new Builder(name);
  }

  /**
   * Returns the calendar's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the calendar's default observance policy, used for its own rules that have none.
   *
   * @return the policy
   */
  public ObservancePolicy observancePolicy() {
    return policy;
  }

  /**
   * Returns the holidays observed in the given year, including one-off closures, sorted by observed
   * date (then actual date, then name).
   *
   * <p>A holiday belongs to the year of its <em>observed</em> date: federally, New Year's Day 2022
   * (a Saturday) is in the list for 2021, observed on 2021-12-31.
   *
   * @param year the year
   * @return the holidays, an unmodifiable list
   * @throws InvalidInputException if {@code year} is outside {@code Year.MIN_VALUE} to
   *     {@code Year.MAX_VALUE}
   */
  public List<Holiday> holidaysIn(int year) {
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw new InvalidInputException("year", year, Year.MIN_VALUE + " to " + Year.MAX_VALUE);
    }
    List<Holiday> result = new ArrayList<>();
    // An observance moves a holiday by at most two days, so only the neighbouring years can spill in.
    int from = Math.max(HolidayRule.MIN_YEAR, year - 1);
    int to = Math.min(HolidayRule.MAX_YEAR, year + 1);
    for (HolidayRule rule : rules) {
      for (int y = from; y <= to; y++) {
        rule.inYear(y, policy).filter(h -> h.observed().getYear() == year).ifPresent(result::add);
      }
    }
    for (Holiday closure : closures) {
      if (closure.observed().getYear() == year) {
        result.add(closure);
      }
    }
    result.sort(ORDER);
    return List.copyOf(result);
  }

  /**
   * Returns whether offices are closed on the date for a holiday observed then or a closure.
   *
   * @param date the date
   * @return true if a holiday is observed on that date, or a closure falls on it
   */
  public boolean isHoliday(LocalDate date) {
    return holidayOn(date).isPresent();
  }

  /**
   * Returns the holiday observed on the date, if any. If several are, the first in the order of
   * {@link #holidaysIn(int)} is returned.
   *
   * @param date the date
   * @return the holiday or closure observed on that date, or empty
   */
  public Optional<Holiday> holidayOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (Holiday h : holidaysIn(date.getYear())) {
      if (h.observed().equals(date)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /**
   * Compares this calendar with another: equal when the name, policy, rules and closures are equal.
   *
   * @param obj the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof HolidayCalendar)) {
      return false;
    }
    HolidayCalendar other = (HolidayCalendar) obj;
    return name.equals(other.name) && policy == other.policy && rules.equals(other.rules)
        && closures.equals(other.closures);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(name, policy, rules, closures);
  }

  /**
   * Returns a short description, e.g. {@code "HolidayCalendar[US federal, 11 rules, 0 closures]"}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "HolidayCalendar[" + name + ", " + rules.size() + " rules, " + closures.size()
        + " closures]";
  }

  /**
   * Builds a {@link HolidayCalendar}.
   *
   * <p>Implementation Requirements: mutable and not thread-safe; use one builder per thread.
   */
  public static final class Builder {
    private final String name;
    private ObservancePolicy policy = ObservancePolicy.NONE;
    private final List<HolidayRule> rules = new ArrayList<>();
    private final List<HolidayRule> includedRules = new ArrayList<>();
    private final List<Holiday> closures = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the policy for this calendar's own rules that have none of their own. Included calendars
     * keep theirs.
     *
     * @param observancePolicy the policy
     * @return this builder
     */
    public Builder observancePolicy(ObservancePolicy observancePolicy) {
      this.policy = Objects.requireNonNull(observancePolicy, "observancePolicy");
      return this;
    }

    /**
     * Adds a recurring holiday.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(HolidayRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds recurring holidays.
     *
     * @param holidayRules the rules
     * @return this builder
     * @throws NullPointerException if the collection or any element is null
     */
    public Builder rules(Collection<HolidayRule> holidayRules) {
      Objects.requireNonNull(holidayRules, "holidayRules");
      for (HolidayRule rule : holidayRules) {
        rule(rule);
      }
      return this;
    }

    /**
     * Adds every holiday and closure of another calendar. Its holidays keep the observance policy
     * they have there.
     *
     * @param other the calendar to include
     * @return this builder
     */
    public Builder include(HolidayCalendar other) {
      Objects.requireNonNull(other, "other");
      includedRules.addAll(other.rules);
      closures.addAll(other.closures);
      return this;
    }

    /**
     * Adds a one-off closure on a date, with the source {@code "closure"}.
     *
     * @param date the date offices close
     * @param reason why, e.g. {@code "EO 22-06: day after Thanksgiving"}; not blank
     * @return this builder
     * @throws InvalidInputException if {@code reason} is blank
     */
    public Builder closure(LocalDate date, String reason) {
      return closure(date, reason, "closure");
    }

    /**
     * Adds a one-off closure on a date, with its legal source.
     *
     * @param date the date offices close
     * @param reason why, e.g. {@code "Day after Thanksgiving"}; not blank
     * @param source the order or proclamation, e.g. {@code "Mo. EO 22-06"}; not blank
     * @return this builder
     * @throws InvalidInputException if {@code reason} or {@code source} is blank
     */
    public Builder closure(LocalDate date, String reason, String source) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(source, "source");
      if (reason.isBlank()) {
        throw new InvalidInputException("reason", "'" + reason + "'", "a non-blank reason");
      }
      closures.add(new Holiday(reason, date, date, source));
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     */
    public HolidayCalendar build() {
      return new HolidayCalendar(this);
    }
  }
}
