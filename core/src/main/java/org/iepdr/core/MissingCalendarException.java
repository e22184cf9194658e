package org.iepdr.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A count needed a calendar that the caller did not supply.
 *
 * <p>School days are a district's instructional days; the library cannot know them, so a rule that
 * counts school days (the expedited-hearing clocks of 34 CFR 300.532(c)) needs the caller to supply
 * the district's school calendar. Rather than guess, the library throws this exception, or the rule
 * engine records in the evaluation's trace that the deadline could not be computed.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class MissingCalendarException extends IepdrException {
  private static final long serialVersionUID = 1L;

  /** The kind of calendar that is missing. */
  private final String calendarKind;

  /**
   * Creates the exception.
   *
   * @param calendarKind the kind of calendar that is missing, e.g. {@code "school calendar"}
   * @param neededFor what it was needed for, e.g. {@code "counting 20 school days"}
   */
  public MissingCalendarException(String calendarKind, String neededFor) {
    super("no " + Objects.requireNonNull(calendarKind, "calendarKind") + " was supplied; it is needed for "
        + Objects.requireNonNull(neededFor, "neededFor"));
    this.calendarKind = calendarKind;
  }

  /**
   * Returns the kind of calendar that is missing.
   *
   * @return e.g. {@code "school calendar"}
   */
  public String calendarKind() {
    return calendarKind;
  }
}
