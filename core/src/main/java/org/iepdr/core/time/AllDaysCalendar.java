package org.iepdr.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;

/**
 * The calendar-day "working-day calendar": every date is a working day, so {@code plus(d, n)} is
 * {@code d.plusDays(n)} and nothing rolls. It covers every {@link LocalDate}.
 *
 * <p>Implementation Requirements: a stateless singleton, immutable and thread-safe.
 */
final class AllDaysCalendar implements WorkingDayCalendar {

  static final AllDaysCalendar INSTANCE = new AllDaysCalendar();

  private AllDaysCalendar() {
  }

  @Override
  public String name() {
    return "calendar days";
  }

  @Override
  public DayCount dayCount() {
    return DayCount.CALENDAR;
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
    return true;
  }

  @Override
  public LocalDate plus(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    try {
      return start.plusDays(n);
    } catch (DateTimeException e) {
      throw new CalendarRangeException(name(), n < 0 ? LocalDate.MIN : LocalDate.MAX,
          LocalDate.MIN, LocalDate.MAX);
    }
  }

  @Override
  public LocalDate minus(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    try {
      return start.minusDays(n);
    } catch (DateTimeException e) {
      throw new CalendarRangeException(name(), n > 0 ? LocalDate.MIN : LocalDate.MAX,
          LocalDate.MIN, LocalDate.MAX);
    }
  }

  @Override
  public int countBetween(LocalDate startExclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startExclusive, "startExclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    long days = ChronoUnit.DAYS.between(startExclusive, endInclusive);
    if (days < Integer.MIN_VALUE || days > Integer.MAX_VALUE) {
      throw new InvalidInputException("endInclusive", endInclusive,
          "a date fewer than 2^31 days from " + startExclusive);
    }
    return (int) days;
  }

  @Override
  public LocalDate nextOrSame(LocalDate date) {
    return Objects.requireNonNull(date, "date");
  }

  @Override
  public LocalDate previousOrSame(LocalDate date) {
    return Objects.requireNonNull(date, "date");
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[calendar days]";
  }
}
