package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.iepdr.core.time.DateWindow;

/** Where a deadline stands as of a date. */
@API(status = MAINTAINED, since = "0.2.0")
public enum DeadlineStatus {
  /** The act was done within the window. */
  MET,
  /** The act was done outside the window, or not done and the window has closed. */
  MISSED,
  /** The act has not been done and the window is still open (or not yet open). */
  PENDING,
  /**
   * The clock no longer applies: the request was withdrawn or dismissed, the act waived, the issue set
   * aside, the clock superseded ({@link Deadline#notApplicable()} says why). Never returned by
   * {@link #of}; a rule decides it.
   */
  NOT_APPLICABLE;

  /**
   * Returns the status of a window given the date the act was done, if it was, and an as-of date.
   * An act recorded after the as-of date is treated as not yet done; a window open at its end is
   * never missed by an act not yet done.
   *
   * @param window the lawful window
   * @param actDate the date the act was done, if it was
   * @param asOf the date the status is judged on
   * @return the status
   */
  public static DeadlineStatus of(DateWindow window, Optional<LocalDate> actDate, LocalDate asOf) {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(actDate, "actDate");
    Objects.requireNonNull(asOf, "asOf");
    return of(window, actDate.orElse(null), asOf);
  }

  /** The same as {@link #of(DateWindow, Optional, LocalDate)}, the act's date {@code null} when not done. */
  static DeadlineStatus of(DateWindow window, @Nullable LocalDate actDate, LocalDate asOf) {
    if (actDate != null && !actDate.isAfter(asOf)) {
      return window.contains(actDate) ? MET : MISSED;
    }
    Optional<LocalDate> due = window.latest();
    return due.isPresent() && asOf.isAfter(due.get()) ? MISSED : PENDING;
  }
}
