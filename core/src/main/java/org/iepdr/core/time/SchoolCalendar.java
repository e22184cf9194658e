package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;

/**
 * A district's instructional days over a covered range of dates, supplied by the caller.
 *
 * <p>34 CFR 300.11(c)(1): a school day is any day, including a partial day, that children attend
 * school for instruction. {@link SchoolDayKind#FULL} and {@link SchoolDayKind#PARTIAL} days count;
 * {@link SchoolDayKind#ESY_ONLY} days and days not listed do not. The library cannot know a
 * district's calendar, so a rule that counts school days (the expedited hearing of 34 CFR 300.532(c))
 * needs one from the caller.
 *
 * <pre>{@code
 * SchoolCalendar district = SchoolCalendar.builder("Springfield R-XII 2025-26",
 *         LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31))
 *     .days(instructionalDays, SchoolDayKind.FULL)
 *     .day(LocalDate.of(2025, 11, 26), SchoolDayKind.PARTIAL)
 *     .days(summerSchool, SchoolDayKind.ESY_ONLY)
 *     .build();
 * }</pre>
 *
 * <p>Arithmetic is constant time per call, as in {@link BusinessCalendar}; dates outside the covered
 * range throw {@link CalendarRangeException}, so cover the summer too if a deadline may run into it.
 *
 * <p>Implementation Requirements: immutable and thread-safe. The {@link Builder} is not.
 */
@API(status = STABLE, since = "0.2.0")
public final class SchoolCalendar extends IndexedCalendar {

  /** The earliest year a covered date may have. */
  public static final int MIN_YEAR = BusinessCalendar.MIN_YEAR;
  /** The latest year a covered date may have. */
  public static final int MAX_YEAR = BusinessCalendar.MAX_YEAR;

  private static final SchoolDayKind[] KINDS = SchoolDayKind.values();

  /** Per covered day: 0 when not listed, else the kind's ordinal + 1. */
  private final byte[] kinds;

  private SchoolCalendar(String name, LocalDate first, byte[] kinds) {
    super(index(name, first, kinds));
    this.kinds = kinds;
  }

  private static WorkingDayIndex index(String name, LocalDate first, byte[] kinds) {
    boolean[] working = new boolean[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      working[i] = kinds[i] != 0 && KINDS[kinds[i] - 1].isSchoolDay();
    }
    return WorkingDayIndex.of(name, first, working);
  }

  /**
   * Starts a school calendar covering {@code firstCovered} to {@code lastCovered} inclusive, with no
   * school days yet.
   *
   * @param name the calendar's name, e.g. the district and school year; not blank
   * @param firstCovered the first covered date, in years {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param lastCovered the last covered date, not before {@code firstCovered}, in years
   *     {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return a new builder
   * @throws InvalidInputException if {@code name} is blank, a date's year is outside
   *     {@value #MIN_YEAR} to {@value #MAX_YEAR}, or {@code lastCovered} is before
   *     {@code firstCovered}
   */
  public static Builder builder(String name, LocalDate firstCovered, LocalDate lastCovered) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(firstCovered, "firstCovered");
    Objects.requireNonNull(lastCovered, "lastCovered");
    if (name.isBlank()) {
      throw new InvalidInputException("name", "'" + name + "'", "a non-blank calendar name");
    }
    if (firstCovered.getYear() < MIN_YEAR || firstCovered.getYear() > MAX_YEAR) {
      throw new InvalidInputException("firstCovered", firstCovered,
          "a date in the years " + MIN_YEAR + " to " + MAX_YEAR);
    }
    if (lastCovered.getYear() < MIN_YEAR || lastCovered.getYear() > MAX_YEAR) {
      throw new InvalidInputException("lastCovered", lastCovered,
          "a date in the years " + MIN_YEAR + " to " + MAX_YEAR);
    }
    if (lastCovered.isBefore(firstCovered)) {
      throw new InvalidInputException("lastCovered", lastCovered,
          "on or after firstCovered " + firstCovered);
    }
    return new Builder(name, firstCovered, lastCovered);
  }

  /**
   * Returns every day of a range of closed days, first and last included, for {@link #weekdaysExcept}
   * (the text form {@code closed 2026-11-25..2026-11-27}). A reversed range is refused, not read as
   * empty: {@code closed 2026-09-10..2026-09-01} most likely means September 1 to 10, and silently
   * closing no day would give wrong school-day deadlines.
   *
   * @param from the first closed day
   * @param to the last closed day, on or after {@code from}
   * @return the days from {@code from} to {@code to}, in order
   * @throws InvalidInputException if {@code to} is before {@code from}, or a year is outside
   *     {@link #MIN_YEAR} to {@link #MAX_YEAR}
   */
  public static List<LocalDate> closedRange(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidInputException("closed", from + ".." + to,
          "a range whose last day is on or after its first day, such as " + to + ".." + from);
    }
    for (LocalDate d : List.of(from, to)) {
      if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
        throw new InvalidInputException("closed", d, "dates in the years " + MIN_YEAR + " to " + MAX_YEAR);
      }
    }
    List<LocalDate> days = new java.util.ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.add(d);
    }
    return List.copyOf(days);
  }

  /**
   * Creates a school calendar in which every Monday to Friday from {@code first} to {@code last} is a
   * full school day, except the closed days.
   *
   * @param name the calendar's name; not blank
   * @param first the first covered date
   * @param last the last covered date
   * @param closedDays weekdays without school (holidays, breaks, teacher work days); weekend dates
   *     are allowed and change nothing
   * @return the calendar
   * @throws InvalidInputException as {@link #builder} does, or if a closed day is outside
   *     {@code first} to {@code last}
   * @throws NullPointerException if {@code closedDays} or any element is null
   */
  public static SchoolCalendar weekdaysExcept(
      String name, LocalDate first, LocalDate last, Collection<LocalDate> closedDays) {
    Objects.requireNonNull(closedDays, "closedDays");
    Builder builder = builder(name, first, last);
    Set<LocalDate> closed = new HashSet<>();
    for (LocalDate day : closedDays) {
      Objects.requireNonNull(day, "closedDays element");
      if (day.isBefore(first) || day.isAfter(last)) {
        throw new InvalidInputException("closedDays", day, "dates from " + first + " to " + last);
      }
      closed.add(day);
    }
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (BusinessCalendar.isWeekday(d) && !closed.contains(d)) {
        builder.day(d, SchoolDayKind.FULL);
      }
    }
    return builder.build();
  }

  /**
   * Returns {@link DayCount#SCHOOL}.
   *
   * @return {@link DayCount#SCHOOL}
   */
  @Override
  public DayCount dayCount() {
    return DayCount.SCHOOL;
  }

  /**
   * Returns the kind of day the caller listed for the date.
   *
   * @param date the date
   * @return the kind, or empty if the date was not listed (no school)
   * @throws CalendarRangeException if the date is outside the covered range
   */
  public Optional<SchoolDayKind> kindOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(index.first()) || date.isAfter(index.last())) {
      throw new CalendarRangeException(name(), date, index.first(), index.last());
    }
    byte k = kinds[(int) (date.toEpochDay() - index.first().toEpochDay())];
    return k == 0 ? Optional.empty() : Optional.of(KINDS[k - 1]);
  }

  /**
   * Returns the number of school days in the covered range.
   *
   * @return the number of {@link SchoolDayKind#FULL} and {@link SchoolDayKind#PARTIAL} days
   */
  public int schoolDayCount() {
    return index.size();
  }

  /**
   * Returns whether the date is a school day (a full or partial instructional day).
   *
   * @param date the date
   * @return true if it is a school day
   * @throws CalendarRangeException if the date is outside the covered range
   */
  @Override
  public boolean isWorkingDay(LocalDate date) {
    return super.isWorkingDay(date);
  }

  /**
   * Compares this calendar with another: equal when the name, the covered range and every day's
   * kind are equal.
   *
   * @param obj the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof SchoolCalendar)) {
      return false;
    }
    SchoolCalendar other = (SchoolCalendar) obj;
    return name().equals(other.name()) && index.first().equals(other.index.first())
        && Arrays.equals(kinds, other.kinds);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (name().hashCode() * 31 + index.first().hashCode()) * 31 + Arrays.hashCode(kinds);
  }

  /**
   * Returns a description such as {@code "SchoolCalendar[Springfield 2025-26, 2025-08-01..2026-07-31,
   * 174 school days]"}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "SchoolCalendar[" + name() + ", " + index.first() + ".." + index.last() + ", "
        + index.size() + " school days]";
  }

  /**
   * Builds a {@link SchoolCalendar}.
   *
   * <p>Implementation Requirements: mutable and not thread-safe; use one builder per thread.
   */
  public static final class Builder {
    private final String name;
    private final LocalDate first;
    private final LocalDate last;
    private final long firstEpochDay;
    private final byte[] kinds;

    private Builder(String name, LocalDate first, LocalDate last) {
      this.name = name;
      this.first = first;
      this.last = last;
      this.firstEpochDay = first.toEpochDay();
      this.kinds = new byte[(int) (last.toEpochDay() - firstEpochDay + 1)];
    }

    /**
     * Lists a day. Listing the same day again with the same kind changes nothing.
     *
     * @param date the date
     * @param kind the kind of day
     * @return this builder
     * @throws InvalidInputException if the date is outside the covered range, or was already listed
     *     with a different kind
     */
    public Builder day(LocalDate date, SchoolDayKind kind) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
      if (date.isBefore(first) || date.isAfter(last)) {
        throw new InvalidInputException("date", date, "dates from " + first + " to " + last);
      }
      int i = (int) (date.toEpochDay() - firstEpochDay);
      byte k = (byte) (kind.ordinal() + 1);
      if (kinds[i] != 0 && kinds[i] != k) {
        throw new InvalidInputException("date", date,
            "one kind per day; it is already listed as " + KINDS[kinds[i] - 1] + ", not " + kind);
      }
      kinds[i] = k;
      return this;
    }

    /**
     * Lists several days of the same kind.
     *
     * @param dates the dates
     * @param kind the kind of day
     * @return this builder
     * @throws InvalidInputException as {@link #day} does
     * @throws NullPointerException if the collection or any element is null
     */
    public Builder days(Collection<LocalDate> dates, SchoolDayKind kind) {
      Objects.requireNonNull(dates, "dates");
      Objects.requireNonNull(kind, "kind");
      for (LocalDate date : dates) {
        day(date, kind);
      }
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     */
    public SchoolCalendar build() {
      return new SchoolCalendar(name, first, kinds.clone());
    }
  }
}
