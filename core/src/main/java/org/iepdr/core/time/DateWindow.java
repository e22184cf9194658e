package org.iepdr.core.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.iepdr.core.InvalidInputException;

/**
 * A range of dates, inclusive at both ends: when something may or must happen, e.g. a resolution
 * meeting "within 15 days" of receiving notice may be held in the window from the day after notice
 * to notice + 15 days.
 *
 * <p>Implementation Requirements: a record, immutable and thread-safe.
 *
 * @param earliest the first date in the window
 * @param latest the last date in the window, not before {@code earliest}
 */
public record DateWindow(LocalDate earliest, LocalDate latest) {

  /**
   * Validates the components.
   *
   * @param earliest the first date in the window
   * @param latest the last date in the window, not before {@code earliest}
   * @throws InvalidInputException if {@code latest} is before {@code earliest}
   */
  public DateWindow {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(earliest)) {
      throw new InvalidInputException("latest", latest, "on or after earliest " + earliest);
    }
  }

  /**
   * Creates a window.
   *
   * @param earliest the first date in the window
   * @param latest the last date in the window
   * @return the window
   * @throws InvalidInputException if {@code latest} is before {@code earliest}
   */
  public static DateWindow of(LocalDate earliest, LocalDate latest) {
    return new DateWindow(earliest, latest);
  }

  /**
   * Creates a window of a single day.
   *
   * @param date the only date in the window
   * @return the window
   */
  public static DateWindow ofDay(LocalDate date) {
    return new DateWindow(Objects.requireNonNull(date, "date"), date);
  }

  /**
   * Returns whether the date is in the window, ends included.
   *
   * @param date the date
   * @return true if {@code earliest <= date <= latest}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(earliest) && !date.isAfter(latest);
  }

  /**
   * Returns the dates in both windows.
   *
   * @param other the other window
   * @return the intersection, or empty if the windows do not overlap
   */
  public Optional<DateWindow> intersect(DateWindow other) {
    Objects.requireNonNull(other, "other");
    LocalDate from = earliest.isAfter(other.earliest) ? earliest : other.earliest;
    LocalDate to = latest.isBefore(other.latest) ? latest : other.latest;
    return to.isBefore(from) ? Optional.empty() : Optional.of(new DateWindow(from, to));
  }

  /**
   * Returns the number of calendar days in the window, ends included.
   *
   * @return 1 or more
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(earliest, latest) + 1;
  }

  /**
   * Returns the window as text, e.g. {@code "2026-03-10..2026-03-20"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return earliest + ".." + latest;
  }
}
