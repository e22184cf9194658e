package org.iepdr.core.time;

import java.time.LocalDate;
import java.util.Objects;
import org.iepdr.core.CalendarRangeException;

/**
 * The part of {@link BusinessCalendar} and {@link SchoolCalendar} that is the same: constant-time
 * working-day arithmetic over a precomputed {@link WorkingDayIndex}, with the null checks and range
 * exceptions of the public API.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
abstract class IndexedCalendar implements WorkingDayCalendar {

  /** The precomputed index; subclasses read it for their own queries. */
  final WorkingDayIndex index;

  IndexedCalendar(WorkingDayIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  @Override
  public String name() {
    return index.name();
  }

  @Override
  public LocalDate firstCovered() {
    return index.first();
  }

  @Override
  public LocalDate lastCovered() {
    return index.last();
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarRangeException if the date is outside the covered range
   */
  @Override
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return index.isWorkingDay(date);
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarRangeException if {@code start} or the result is outside the covered range
   */
  @Override
  public LocalDate plus(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    return index.plus(start, n);
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarRangeException if {@code start} or the result is outside the covered range
   */
  @Override
  public LocalDate minus(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    return index.minus(start, n);
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarRangeException if either date is outside the covered range
   */
  @Override
  public int countBetween(LocalDate startExclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startExclusive, "startExclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    return index.countBetween(startExclusive, endInclusive);
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarRangeException if the date or the result is outside the covered range
   */
  @Override
  public LocalDate nextOrSame(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return index.nextOrSame(date);
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarRangeException if the date or the result is outside the covered range
   */
  @Override
  public LocalDate previousOrSame(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return index.previousOrSame(date);
  }
}
