package org.iepdr.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;

/**
 * The weekday "working-day calendar": Monday through Friday are working days and holidays are not
 * skipped, the count 34 CFR 300.148(d)(1)(ii) asks for ("10 business days (including any holidays that
 * occur on a business day)"). It covers every {@link LocalDate}; every operation is constant time
 * (arithmetic on the day's index in a Monday-based week, no table).
 *
 * <p>Implementation Requirements: a stateless singleton, immutable and thread-safe.
 */
final class WeekdaysCalendar implements WorkingDayCalendar {

  static final WeekdaysCalendar INSTANCE = new WeekdaysCalendar();

  /** 1970-01-01 (epoch day 0) is a Thursday: adding 3 puts Mondays on multiples of 7. */
  private static final long MONDAY_SHIFT = 3;

  private WeekdaysCalendar() {
  }

  @Override
  public String name() {
    return "weekdays";
  }

  @Override
  public DayCount dayCount() {
    return DayCount.WEEKDAYS;
  }

  @Override
  public LocalDate firstCovered() {
    return LocalDate.MIN;
  }

  @Override
  public LocalDate lastCovered() {
    return LocalDate.MAX;
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  /** The number of weekdays from a fixed Monday up to and including the date (may be negative). */
  static long prefix(LocalDate date) {
    long d = date.toEpochDay() + MONDAY_SHIFT;
    long week = Math.floorDiv(d, 7);
    long dow = Math.floorMod(d, 7);
    return 5 * week + Math.min(dow + 1, 5);
  }

  /** The weekday whose {@link #prefix} is {@code k + 1}. */
  private LocalDate weekday(long k, boolean forward) {
    long week = Math.floorDiv(k, 5);
    long dow = Math.floorMod(k, 5);
    try {
      return LocalDate.ofEpochDay(week * 7 + dow - MONDAY_SHIFT);
    } catch (DateTimeException e) {
      throw new CalendarRangeException(name(), forward ? LocalDate.MAX : LocalDate.MIN, LocalDate.MIN,
          LocalDate.MAX);
    }
  }

  @Override
  public LocalDate plus(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    if (n < 0) {
      return minus(start, -(long) n);
    }
    if (n == 0) {
      return nextOrSame(start);
    }
    return weekday(prefix(start) + n - 1, true);
  }

  @Override
  public LocalDate minus(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    return minus(start, (long) n);
  }

  private LocalDate minus(LocalDate start, long n) {
    if (n < 0) {
      return weekday(prefix(start) - n - 1, true);
    }
    if (n == 0) {
      return previousOrSame(start);
    }
    // the weekdays strictly before start end with the one whose prefix is prefix(start) less start's own
    long before = prefix(start) - (isWorkingDay(start) ? 1 : 0);
    return weekday(before - n, false);
  }

  @Override
  public int countBetween(LocalDate startExclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startExclusive, "startExclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    long count = prefix(endInclusive) - prefix(startExclusive);
    if (count < Integer.MIN_VALUE || count > Integer.MAX_VALUE) {
      throw new InvalidInputException("endInclusive", endInclusive,
          "a date fewer than 2^31 weekdays from " + startExclusive);
    }
    return (int) count;
  }

  @Override
  public LocalDate nextOrSame(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return isWorkingDay(date) ? date : weekday(prefix(date), true);
  }

  @Override
  public LocalDate previousOrSame(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return isWorkingDay(date) ? date : weekday(prefix(date) - 1, false);
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[weekdays]";
  }
}
