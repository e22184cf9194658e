package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjuster;
import org.apiguardian.api.API;
import org.iepdr.core.CalendarRangeException;

/**
 * A calendar of working days (business days or school days) over a covered range of dates, with
 * constant-time deadline arithmetic.
 *
 * <p>Counting follows the library's convention that the trigger day is day 0: {@code plus(d, 1)} is
 * the first working day strictly after {@code d}, and {@code countBetween(d, e)} counts the working
 * days in {@code (d, e]}, so {@code countBetween(d, plus(d, n)) == n} for every {@code n >= 1}.
 *
 * <p>Every date argument and every result must lie in {@code [firstCovered(), lastCovered()]};
 * otherwise the method throws {@link CalendarRangeException} rather than guess. When a result would
 * fall outside the range, the exception's {@link CalendarRangeException#requested() requested} date is
 * the first uncovered date the arithmetic needed ({@code lastCovered() + 1} going forward,
 * {@code firstCovered() - 1} going backward).
 *
 * <p>Implementation Requirements: implementations must be immutable and thread-safe.
 */
@API(status = STABLE, since = "0.2.0")
public interface WorkingDayCalendar {

  /**
   * Returns the calendar's name, used in messages.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the kind of day this calendar counts.
   *
   * @return {@link DayCount#BUSINESS} or {@link DayCount#SCHOOL} (or {@link DayCount#CALENDAR} for
   *     the every-day calendar of {@link DayCounter#calendarFor(DayCount)})
   */
  DayCount dayCount();

  /**
   * Returns the first date the calendar covers.
   *
   * @return the first covered date
   */
  LocalDate firstCovered();

  /**
   * Returns the last date the calendar covers.
   *
   * @return the last covered date
   */
  LocalDate lastCovered();

  /**
   * Returns whether the date is a working day.
   *
   * @param date the date
   * @return true if it is a working day
   * @throws CalendarRangeException if the date is outside the covered range
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Adds working days. For {@code n >= 1} returns the n-th working day strictly after
   * {@code start}; for {@code n == 0} returns {@code start} if it is a working day, else the next
   * working day; for {@code n < 0} returns {@code minus(start, -n)}.
   *
   * @param start the trigger date (day 0)
   * @param n the number of working days
   * @return the resulting working day
   * @throws CalendarRangeException if {@code start} or the result is outside the covered range
   */
  LocalDate plus(LocalDate start, int n);

  /**
   * Subtracts working days. For {@code n >= 1} returns the n-th working day strictly before
   * {@code start}; for {@code n == 0} returns {@code previousOrSame(start)}; for {@code n < 0}
   * returns {@code plus(start, -n)}.
   *
   * @param start the anchor date
   * @param n the number of working days
   * @return the resulting working day
   * @throws CalendarRangeException if {@code start} or the result is outside the covered range
   */
  LocalDate minus(LocalDate start, int n);

  /**
   * Counts the working days in {@code (startExclusive, endInclusive]}; if {@code endInclusive} is
   * before {@code startExclusive}, returns the negative of the reverse count.
   *
   * @param startExclusive the start, not counted
   * @param endInclusive the end, counted if it is a working day
   * @return the number of working days, negative if the end is before the start
   * @throws CalendarRangeException if either date is outside the covered range
   */
  int countBetween(LocalDate startExclusive, LocalDate endInclusive);

  /**
   * Returns the date if it is a working day, else the next working day.
   *
   * @param date the date
   * @return the working day on or after {@code date}
   * @throws CalendarRangeException if the date or the result is outside the covered range
   */
  LocalDate nextOrSame(LocalDate date);

  /**
   * Returns the date if it is a working day, else the previous working day.
   *
   * @param date the date
   * @return the working day on or before {@code date}
   * @throws CalendarRangeException if the date or the result is outside the covered range
   */
  LocalDate previousOrSame(LocalDate date);

  /**
   * Returns an adjuster that applies {@link #plus(LocalDate, int) plus(date, n)}, for
   * {@code date.with(calendar.adjusterPlus(5))}. A date-time keeps its time of day.
   *
   * @param n the number of working days
   * @return the adjuster; it throws {@link CalendarRangeException} as {@code plus} does, and
   *     {@link java.time.DateTimeException} if the temporal has no date
   */
  default TemporalAdjuster adjusterPlus(int n) {
    return temporal -> temporal.with(ChronoField.EPOCH_DAY,
        plus(LocalDate.from(temporal), n).toEpochDay());
  }

  /**
   * Returns an adjuster that applies {@link #minus(LocalDate, int) minus(date, n)}.
   *
   * @param n the number of working days
   * @return the adjuster; it throws {@link CalendarRangeException} as {@code minus} does, and
   *     {@link java.time.DateTimeException} if the temporal has no date
   */
  default TemporalAdjuster adjusterMinus(int n) {
    return temporal -> temporal.with(ChronoField.EPOCH_DAY,
        minus(LocalDate.from(temporal), n).toEpochDay());
  }

  /**
   * Returns an adjuster that applies {@link #nextOrSame(LocalDate)}.
   *
   * @return the adjuster; it throws {@link CalendarRangeException} as {@code nextOrSame} does, and
   *     {@link java.time.DateTimeException} if the temporal has no date
   */
  default TemporalAdjuster adjusterNextOrSame() {
    return temporal -> temporal.with(ChronoField.EPOCH_DAY,
        nextOrSame(LocalDate.from(temporal)).toEpochDay());
  }

  /**
   * Returns an adjuster that applies {@link #previousOrSame(LocalDate)}.
   *
   * @return the adjuster; it throws {@link CalendarRangeException} as {@code previousOrSame} does,
   *     and {@link java.time.DateTimeException} if the temporal has no date
   */
  default TemporalAdjuster adjusterPreviousOrSame() {
    return temporal -> temporal.with(ChronoField.EPOCH_DAY,
        previousOrSame(LocalDate.from(temporal)).toEpochDay());
  }
}
