package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Why a deadline no longer applies, and the event that made it so.
 *
 * @param reason why the clock stopped applying
 * @param event the id of the event that stopped it (the withdrawal, the dismissal, the waiver, the
 *     amended complaint, the due process complaint whose hearing set an issue aside), if one did
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record NotApplicable(Reason reason, Optional<String> event) {

  /** Why a clock stopped applying. */
  public enum Reason {
    /** The request was withdrawn by its filer before the act was due. */
    WITHDRAWN,
    /** The complaint was dismissed before the act was due. */
    DISMISSED,
    /** The parties waived the act in writing, or agreed to something that replaces it. */
    WAIVED,
    /**
     * The issues the clock answers are set aside while a due process hearing on them is pending (34 CFR
     * 300.152(c)(1)).
     */
    SET_ASIDE,
    /** The issue was decided in a due process hearing, whose decision binds (34 CFR 300.152(c)(2)). */
    DECIDED_IN_HEARING,
    /**
     * The clock was replaced by one restarted from an amended complaint before it ran out (34 CFR
     * 300.508(d)(4)).
     */
    AMENDED
  }

  /**
   * Creates the record.
   *
   * @param reason the reason
   * @param event the event's id, if any
   */
  public NotApplicable {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(event, "event");
  }

  /**
   * Returns why a deadline no longer applies because of an event.
   *
   * @param reason the reason
   * @param eventId the id of the event
   * @return the record
   */
  public static NotApplicable of(Reason reason, String eventId) {
    return new NotApplicable(reason, Optional.of(Objects.requireNonNull(eventId, "eventId")));
  }
}
