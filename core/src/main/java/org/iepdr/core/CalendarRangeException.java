package org.iepdr.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A calendar was asked about a date outside the years it covers.
 *
 * <p>Business-day and school-day calendars are precomputed for a stated range of dates so that their
 * arithmetic runs in constant time; they refuse to guess outside that range rather than give a
 * silently wrong answer. The exception keeps the date asked about and the covered range.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class CalendarRangeException extends IepdrException {
  private static final long serialVersionUID = 1L;

  /** The date asked about, or that the arithmetic would have reached. */
  private final LocalDate requested;
  /** The first date the calendar covers. */
  private final LocalDate firstCovered;
  /** The last date the calendar covers. */
  private final LocalDate lastCovered;

  /**
   * Creates the exception.
   *
   * @param calendarName the calendar's name, e.g. {@code "MO business days"}
   * @param requested the date (or the result of arithmetic) that falls outside the range
   * @param firstCovered the first date the calendar covers
   * @param lastCovered the last date the calendar covers
   */
  public CalendarRangeException(
      String calendarName, LocalDate requested, LocalDate firstCovered, LocalDate lastCovered) {
    super("calendar '" + Objects.requireNonNull(calendarName, "calendarName") + "' covers " + firstCovered + " to " + lastCovered
        + "; " + requested + " is outside that range (build the calendar for more years)");
    this.requested = Objects.requireNonNull(requested, "requested");
    this.firstCovered = Objects.requireNonNull(firstCovered, "firstCovered");
    this.lastCovered = Objects.requireNonNull(lastCovered, "lastCovered");
  }

  /**
   * Creates the exception for an input that lies outside the range, naming it.
   *
   * @param calendarName the calendar's name, e.g. {@code "MO business days"}
   * @param subject what lies outside, e.g. {@code "event 'e7'"} or {@code "asOf"}
   * @param requested the date of the subject (for an instant beyond the dates Java can represent,
   *     the first or last representable date)
   * @param firstCovered the first date the calendar covers
   * @param lastCovered the last date the calendar covers
   */
  public CalendarRangeException(
      String calendarName, String subject, LocalDate requested, LocalDate firstCovered, LocalDate lastCovered) {
    super("calendar '" + Objects.requireNonNull(calendarName, "calendarName") + "' covers " + firstCovered + " to " + lastCovered
        + "; " + Objects.requireNonNull(subject, "subject") + " (" + requested
        + ") is outside that range, so no deadline can be counted from it");
    this.requested = Objects.requireNonNull(requested, "requested");
    this.firstCovered = Objects.requireNonNull(firstCovered, "firstCovered");
    this.lastCovered = Objects.requireNonNull(lastCovered, "lastCovered");
  }

  /**
   * Returns the date that was asked about, or that the arithmetic would have reached.
   *
   * @return the requested date
   */
  public LocalDate requested() {
    return requested;
  }

  /**
   * Returns the first date the calendar covers.
   *
   * @return the first covered date
   */
  public LocalDate firstCovered() {
    return firstCovered;
  }

  /**
   * Returns the last date the calendar covers.
   *
   * @return the last covered date
   */
  public LocalDate lastCovered() {
    return lastCovered;
  }
}
