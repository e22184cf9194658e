package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * A range of dates, inclusive at both ends, either of which may be open: when something may or must
 * happen, e.g. a resolution meeting "within 15 days" of receiving notice may be held in the window
 * from the day after notice to notice + 15 days, and a disclosure due 5 business days before a
 * hearing may be made on any day up to its due date ({@link #onOrBefore(LocalDate)}).
 *
 * <p>An open end is an empty {@link Optional}, never a sentinel date such as {@link LocalDate#MIN}.
 *
 * <p>Implementation Requirements: a record, immutable and thread-safe.
 *
 * @param earliest the first date in the window, or empty when the window has no first date
 * @param latest the last date in the window, not before {@code earliest}, or empty when the window has
 *     no last date
 */
@API(status = STABLE, since = "0.2.0")
public record DateWindow(Optional<LocalDate> earliest, Optional<LocalDate> latest) {

  /**
   * Validates the components.
   *
   * @param earliest the first date in the window, or empty
   * @param latest the last date in the window, not before {@code earliest}, or empty
   * @throws InvalidInputException if both ends are present and {@code latest} is before {@code earliest}
   * @throws NullPointerException if an argument is null (an open end is an empty optional)
   */
  public DateWindow {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (earliest.isPresent() && latest.isPresent() && latest.get().isBefore(earliest.get())) {
      throw new InvalidInputException("latest", latest.get(), "on or after earliest " + earliest.get());
    }
  }

  /**
   * Creates a window closed at both ends.
   *
   * @param earliest the first date in the window
   * @param latest the last date in the window
   * @return the window
   * @throws InvalidInputException if {@code latest} is before {@code earliest}
   * @throws NullPointerException if an argument is null
   */
  public static DateWindow of(LocalDate earliest, LocalDate latest) {
    return new DateWindow(Optional.of(Objects.requireNonNull(earliest, "earliest")),
        Optional.of(Objects.requireNonNull(latest, "latest")));
  }

  /**
   * Creates a window of a single day.
   *
   * @param date the only date in the window
   * @return the window
   * @throws NullPointerException if {@code date} is null
   */
  public static DateWindow ofDay(LocalDate date) {
    return of(Objects.requireNonNull(date, "date"), date);
  }

  /**
   * Creates a window open at its start: every day up to and including a last day.
   *
   * @param latest the last date in the window
   * @return the window
   * @throws NullPointerException if {@code latest} is null
   */
  public static DateWindow onOrBefore(LocalDate latest) {
    return new DateWindow(Optional.empty(), Optional.of(Objects.requireNonNull(latest, "latest")));
  }

  /**
   * Creates a window open at its end: every day from a first day on.
   *
   * @param earliest the first date in the window
   * @return the window
   * @throws NullPointerException if {@code earliest} is null
   */
  public static DateWindow onOrAfter(LocalDate earliest) {
    return new DateWindow(Optional.of(Objects.requireNonNull(earliest, "earliest")), Optional.empty());
  }

  /**
   * Returns whether the date is in the window, ends included; an open end admits every date.
   *
   * @param date the date
   * @return true if {@code earliest <= date <= latest}, ignoring an open end
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return earliest.map(e -> !date.isBefore(e)).orElse(true) && latest.map(l -> !date.isAfter(l)).orElse(true);
  }

  /**
   * Returns the dates in both windows.
   *
   * @param other the other window
   * @return the intersection, or empty if the windows do not overlap
   */
  public Optional<DateWindow> intersect(DateWindow other) {
    Objects.requireNonNull(other, "other");
    Optional<LocalDate> from = later(earliest, other.earliest);
    Optional<LocalDate> to = earlier(latest, other.latest);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      return Optional.empty();
    }
    return Optional.of(new DateWindow(from, to));
  }

  private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
  }

  private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() || a.get().isBefore(b.get()) ? a : b;
  }

  /**
   * Returns the number of calendar days in the window, ends included.
   *
   * @return 1 or more, or empty when an end is open
   */
  public OptionalLong lengthInDays() {
    if (earliest.isEmpty() || latest.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ChronoUnit.DAYS.between(earliest.get(), latest.get()) + 1);
  }

  /**
   * Returns the window as text, e.g. {@code "2026-03-10..2026-03-20"}; an open end is left blank, as in
   * {@code "..2026-03-20"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return earliest.map(LocalDate::toString).orElse("") + ".." + latest.map(LocalDate::toString).orElse("");
  }
}
