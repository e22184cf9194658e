package org.iepdr.core.time;

import java.time.LocalDate;
import java.util.Objects;
import org.iepdr.core.CalendarRangeException;

/**
 * The precomputed working-day arithmetic shared by {@link BusinessCalendar} and
 * {@link SchoolCalendar}: constant time per call, no allocation but the result date.
 *
 * <p>Over the covered range, day index {@code i} is {@code date.toEpochDay() - first.toEpochDay()}.
 * {@code cumulative[i]} is the number of working days with index {@code <= i}, and {@code byRank[k]}
 * is the index of the working day of rank {@code k} (0-based). Then the first working day strictly
 * after {@code i} has rank {@code cumulative[i]}, and the number of working days strictly before
 * {@code i} is {@code cumulative[i] - (working(i) ? 1 : 0)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe (the arrays are never exposed).
 */
final class WorkingDayIndex {

  private final String name;
  private final LocalDate first;
  private final LocalDate last;
  private final long firstEpochDay;
  private final int[] cumulative;
  private final int[] byRank;

  private WorkingDayIndex(String name, LocalDate first, LocalDate last, int[] cumulative,
      int[] byRank) {
    this.name = name;
    this.first = first;
    this.last = last;
    this.firstEpochDay = first.toEpochDay();
    this.cumulative = cumulative;
    this.byRank = byRank;
  }

  /**
   * Builds the index.
   *
   * @param name the calendar's name, for exceptions
   * @param first the first covered date
   * @param working one flag per covered day, index 0 being {@code first}; not retained
   */
  static WorkingDayIndex of(String name, LocalDate first, boolean[] working) {
    int size = working.length;
    int[] cumulative = new int[size];
    int count = 0;
    for (int i = 0; i < size; i++) {
      if (working[i]) {
        count++;
      }
      cumulative[i] = count;
    }
    int[] byRank = new int[count];
    int k = 0;
    for (int i = 0; i < size; i++) {
      if (working[i]) {
        byRank[k++] = i;
      }
    }
    return new WorkingDayIndex(name, first, first.plusDays(size - 1L), cumulative, byRank);
  }

  String name() {
    return name;
  }

  LocalDate first() {
    return first;
  }

  LocalDate last() {
    return last;
  }

  /** Returns the number of working days in the covered range. */
  int size() {
    return byRank.length;
  }

  private int index(LocalDate date) {
    long i = Objects.requireNonNull(date, "date").toEpochDay() - firstEpochDay;
    if (i < 0 || i >= cumulative.length) {
      throw new CalendarRangeException(name, date, first, last);
    }
    return (int) i;
  }

  private boolean working(int i) {
    return cumulative[i] != (i == 0 ? 0 : cumulative[i - 1]);
  }

  private LocalDate dateOfRank(long rank) {
    if (rank < 0) {
      throw new CalendarRangeException(name, first.minusDays(1), first, last);
    }
    if (rank >= byRank.length) {
      throw new CalendarRangeException(name, last.plusDays(1), first, last);
    }
    return LocalDate.ofEpochDay(firstEpochDay + byRank[(int) rank]);
  }

  boolean isWorkingDay(LocalDate date) {
    return working(index(date));
  }

  LocalDate plus(LocalDate start, long n) {
    int i = index(start);
    if (n > 0) {
      return dateOfRank((long) cumulative[i] + n - 1);
    }
    if (n == 0) {
      return working(i) ? start : dateOfRank(cumulative[i]);
    }
    return minusFrom(start, i, -n);
  }

  LocalDate minus(LocalDate start, long n) {
    int i = index(start);
    if (n < 0) {
      return dateOfRank((long) cumulative[i] - n - 1);
    }
    return minusFrom(start, i, n);
  }

  private LocalDate minusFrom(LocalDate start, int i, long n) {
    boolean w = working(i);
    if (n == 0) {
      return w ? start : dateOfRank((long) cumulative[i] - 1);
    }
    long before = cumulative[i] - (w ? 1 : 0);
    return dateOfRank(before - n);
  }

  int countBetween(LocalDate startExclusive, LocalDate endInclusive) {
    return cumulative[index(endInclusive)] - cumulative[index(startExclusive)];
  }

  LocalDate nextOrSame(LocalDate date) {
    return plus(date, 0);
  }

  LocalDate previousOrSame(LocalDate date) {
    return minus(date, 0);
  }
}
