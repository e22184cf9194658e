package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something that moved a deadline's clock away from the plain count from its trigger: an amended
 * complaint that restarted it, an extension that moved its due date (or was refused), a parent's
 * non-participation that delayed it, an order that started it, an adjusting event of 34 CFR 300.510(c).
 * A deadline lists its changes in timeline order ({@link Deadline#changes()}); software reading them
 * (a state's Section 618 count, a workflow check) sees why a due date is not the plain count.
 *
 * @param kind what the event did to the clock
 * @param event the id of the event
 * @param date the event's local date
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ClockChange(Kind kind, String event, LocalDate date) {

  /** What an event did to a clock. */
  public enum Kind {
    /** Restarted the clock from the event's date (an amended due process complaint, 300.508(d)(4)). */
    RESTARTED,
    /** Moved the due date to a later day (a valid extension). */
    EXTENDED,
    /**
     * An extension that does not count: on a ground the regulation does not allow, granted after the due
     * date had passed, or naming a day before the unextended due date. The due date did not move.
     */
    EXTENSION_REFUSED,
    /** Delayed the clock (a parent did not participate in the resolution meeting, 300.510(b)(3)). */
    DELAYED,
    /** Started the clock earlier than counted (a 300.510(c) event, a hearing officer's order under (b)(5)). */
    STARTED
  }

  /**
   * Creates the record.
   *
   * @param kind kind
   * @param event event id
   * @param date date
   */
  public ClockChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(date, "date");
  }
}
