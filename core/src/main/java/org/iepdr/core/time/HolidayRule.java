package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.iepdr.core.InvalidInputException;

/**
 * One recurring holiday: a fixed date (July 4), the n-th weekday of a month (the fourth Thursday of
 * November) or the last weekday of a month (the last Monday of May), in force for a range of years.
 *
 * <p>A rule may carry its own {@link ObservancePolicy}; without one it is observed by the policy of
 * the {@link HolidayCalendar} that holds it.
 *
 * <pre>{@code
 * HolidayRule juneteenth = HolidayRule.fixed("Juneteenth", Month.JUNE, 19, "5 U.S.C. 6103(a)")
 *     .validFrom(2021);
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe. The modifiers return new instances.
 */
@API(status = STABLE, since = "0.2.0")
public final class HolidayRule {

  private enum Kind { FIXED, NTH_WEEKDAY, LAST_WEEKDAY }

  /** The smallest year {@link #inYear} accepts. */
  static final int MIN_YEAR = Year.MIN_VALUE + 1;
  /** The largest year {@link #inYear} accepts. */
  static final int MAX_YEAR = Year.MAX_VALUE - 1;

  private final String name;
  private final Kind kind;
  private final Month month;
  private final int dayOfMonth;
  private final int ordinal;
  @Nullable private final DayOfWeek dayOfWeek;
  private final String source;
  private final int validFrom;
  private final int validTo;
  @Nullable private final ObservancePolicy policy;

  private HolidayRule(String name, Kind kind, Month month, int dayOfMonth, int ordinal,
      @Nullable DayOfWeek dayOfWeek, String source, int validFrom, int validTo,
      @Nullable ObservancePolicy policy) {
    this.name = name;
    this.kind = kind;
    this.month = month;
    this.dayOfMonth = dayOfMonth;
    this.ordinal = ordinal;
    this.dayOfWeek = dayOfWeek;
    this.source = source;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.policy = policy;
  }

  /**
   * Creates a holiday on the same date every year, e.g. Independence Day, July 4.
   *
   * <p>A rule for February 29 gives no holiday in a common year.
   *
   * @param name the holiday's name; not blank
   * @param month the month
   * @param dayOfMonth the day of the month, 1 to the month's maximum length (29 for February)
   * @param source the legal source, e.g. {@code "5 U.S.C. 6103(a)"}; not blank
   * @return the rule, in force for every year, without its own observance policy
   * @throws InvalidInputException if {@code name} or {@code source} is blank, or
   *     {@code dayOfMonth} is not a day of {@code month}
   */
  public static HolidayRule fixed(String name, Month month, int dayOfMonth, String source) {
    Objects.requireNonNull(month, "month");
    checkText(name, source);
    if (dayOfMonth < 1 || dayOfMonth > month.maxLength()) {
      throw new InvalidInputException("dayOfMonth", dayOfMonth,
          "1 to " + month.maxLength() + " for " + month);
    }
    return new HolidayRule(name, Kind.FIXED, month, dayOfMonth, 0, null, source,
        MIN_YEAR, MAX_YEAR, null);
  }

  /**
   * Creates a holiday on the n-th given weekday of a month, e.g. Thanksgiving Day, the fourth
   * Thursday of November. A fifth weekday that a month lacks in some year gives no holiday that year.
   *
   * @param name the holiday's name; not blank
   * @param month the month
   * @param n the ordinal, 1 to 5
   * @param dow the day of the week
   * @param source the legal source; not blank
   * @return the rule, in force for every year, without its own observance policy
   * @throws InvalidInputException if {@code name} or {@code source} is blank, or {@code n} is not
   *     1 to 5
   */
  public static HolidayRule nthWeekday(
      String name, Month month, int n, DayOfWeek dow, String source) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(dow, "dow");
    checkText(name, source);
    if (n < 1 || n > 5) {
      throw new InvalidInputException("n", n, "1 to 5");
    }
    return new HolidayRule(name, Kind.NTH_WEEKDAY, month, 0, n, dow, source,
        MIN_YEAR, MAX_YEAR, null);
  }

  /**
   * Creates a holiday on the last given weekday of a month, e.g. Memorial Day, the last Monday of
   * May.
   *
   * @param name the holiday's name; not blank
   * @param month the month
   * @param dow the day of the week
   * @param source the legal source; not blank
   * @return the rule, in force for every year, without its own observance policy
   * @throws InvalidInputException if {@code name} or {@code source} is blank
   */
  public static HolidayRule lastWeekday(String name, Month month, DayOfWeek dow, String source) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(dow, "dow");
    checkText(name, source);
    return new HolidayRule(name, Kind.LAST_WEEKDAY, month, 0, -1, dow, source,
        MIN_YEAR, MAX_YEAR, null);
  }

  private static void checkText(String name, String source) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (name.isBlank()) {
      throw new InvalidInputException("name", "'" + name + "'", "a non-blank holiday name");
    }
    if (source.isBlank()) {
      throw new InvalidInputException("source", "'" + source + "'", "a non-blank legal source");
    }
  }

  /**
   * Returns a copy of this rule in force from the given year on (inclusive).
   *
   * @param year the first year the holiday exists
   * @return the modified rule
   * @throws InvalidInputException if {@code year} is after this rule's last year, or outside
   *     {@code Year.MIN_VALUE + 1} to {@code Year.MAX_VALUE - 1}
   */
  public HolidayRule validFrom(int year) {
    checkYear("year", year);
    if (year > validTo) {
      throw new InvalidInputException("year", year, "at most the rule's last year, " + validTo);
    }
    return new HolidayRule(name, kind, month, dayOfMonth, ordinal, dayOfWeek, source,
        year, validTo, policy);
  }

  /**
   * Returns a copy of this rule in force up to the given year (inclusive).
   *
   * @param year the last year the holiday exists
   * @return the modified rule
   * @throws InvalidInputException if {@code year} is before this rule's first year, or outside
   *     {@code Year.MIN_VALUE + 1} to {@code Year.MAX_VALUE - 1}
   */
  public HolidayRule validTo(int year) {
    checkYear("year", year);
    if (year < validFrom) {
      throw new InvalidInputException("year", year, "at least the rule's first year, " + validFrom);
    }
    return new HolidayRule(name, kind, month, dayOfMonth, ordinal, dayOfWeek, source,
        validFrom, year, policy);
  }

  /**
   * Returns a copy of this rule observed by the given policy, whatever the policy of the calendar
   * that holds it.
   *
   * @param observancePolicy the policy for this holiday
   * @return the modified rule
   */
  public HolidayRule observedBy(ObservancePolicy observancePolicy) {
    Objects.requireNonNull(observancePolicy, "observancePolicy");
    return new HolidayRule(name, kind, month, dayOfMonth, ordinal, dayOfWeek, source,
        validFrom, validTo, observancePolicy);
  }

  /**
   * Returns the holiday's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the legal source.
   *
   * @return the source, e.g. {@code "5 U.S.C. 6103(a)"}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the rule's own observance policy, if it has one.
   *
   * @return the policy, or empty if the holding calendar's policy applies
   */
  public Optional<ObservancePolicy> observancePolicy() {
    return Optional.ofNullable(policy);
  }

  /**
   * Returns the first year the rule is in force.
   *
   * @return the first year; {@code Year.MIN_VALUE + 1} if unbounded
   */
  public int firstYear() {
    return validFrom;
  }

  /**
   * Returns the last year the rule is in force.
   *
   * @return the last year; {@code Year.MAX_VALUE - 1} if unbounded
   */
  public int lastYear() {
    return validTo;
  }

  /**
   * Returns this holiday in the given year: its actual date in that year and the date it is observed.
   *
   * <p>The observed date may fall in the year before or after (New Year's Day 2022, observed
   * 2021-12-31).
   *
   * @param year the year of the actual date
   * @param calendarDefault the policy to use if this rule has none of its own
   * @return the holiday, or empty if the rule is not in force that year or the date does not exist
   *     that year (February 29 in a common year, a fifth weekday the month lacks)
   * @throws InvalidInputException if {@code year} is outside {@code Year.MIN_VALUE + 1} to
   *     {@code Year.MAX_VALUE - 1}
   */
  public Optional<Holiday> inYear(int year, ObservancePolicy calendarDefault) {
    Objects.requireNonNull(calendarDefault, "calendarDefault");
    checkYear("year", year);
    if (year < validFrom || year > validTo) {
      return Optional.empty();
    }
    LocalDate actual;
    switch (kind) {
      case FIXED:
        if (dayOfMonth > month.length(Year.isLeap(year))) {
          return Optional.empty();
        }
        actual = LocalDate.of(year, month, dayOfMonth);
        break;
      case NTH_WEEKDAY:
        actual = LocalDate.of(year, month, 1)
            .with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
        if (actual.getMonth() != month) {
          return Optional.empty();
        }
        break;
      case LAST_WEEKDAY:
      default:
        actual = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dayOfWeek));
        break;
    }
    ObservancePolicy effective = policy != null ? policy : calendarDefault;
    return Optional.of(new Holiday(name, actual, effective.observe(actual), source));
  }

  private static void checkYear(String field, int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidInputException(field, year, MIN_YEAR + " to " + MAX_YEAR);
    }
  }

  /**
   * Compares this rule with another: equal when every property is equal.
   *
   * @param obj the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof HolidayRule)) {
      return false;
    }
    HolidayRule other = (HolidayRule) obj;
    return kind == other.kind && month == other.month && dayOfMonth == other.dayOfMonth
        && ordinal == other.ordinal && dayOfWeek == other.dayOfWeek && validFrom == other.validFrom
        && validTo == other.validTo && policy == other.policy && name.equals(other.name)
        && source.equals(other.source);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(name, kind, month, dayOfMonth, ordinal, dayOfWeek, source, validFrom,
        validTo, policy);
  }

  /**
   * Returns a description such as {@code "Thanksgiving Day: 4th THURSDAY of NOVEMBER (5 U.S.C.
   * 6103(a))"}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append(": ");
    switch (kind) {
      case FIXED:
        sb.append(month).append(' ').append(dayOfMonth);
        break;
      case NTH_WEEKDAY:
        sb.append(ordinal).append(ordinal == 1 ? "st " : ordinal == 2 ? "nd " : ordinal == 3
            ? "rd " : "th ").append(dayOfWeek).append(" of ").append(month);
        break;
      case LAST_WEEKDAY:
      default:
        sb.append("last ").append(dayOfWeek).append(" of ").append(month);
        break;
    }
    if (validFrom != MIN_YEAR || validTo != MAX_YEAR) {
      sb.append(", ").append(validFrom == MIN_YEAR ? "" : validFrom).append("..")
          .append(validTo == MAX_YEAR ? "" : validTo);
    }
    if (policy != null) {
      sb.append(", observed ").append(policy);
    }
    return sb.append(" (").append(source).append(')').toString();
  }
}
