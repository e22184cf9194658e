package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a deadline ended, or that it has not: exactly one per deadline. These are the classes IDEA
 * Section 618 counts for state complaints ("reports within timeline", "reports within extended
 * timelines") and hearings ("decisions within timeline", "decisions within extended timeline"), plus
 * the deadlines that were missed, are still running, or no longer apply.
 *
 * <p>{@link Deadline#outcome()} derives it from the deadline's status, its extension and its reason for
 * not applying; it agrees with {@link Deadline#status()}: {@link #MET} and {@link #MET_EXTENDED} are
 * {@link DeadlineStatus#MET}, {@link #MISSED} and {@link #EARLY} are {@link DeadlineStatus#MISSED},
 * {@link #OPEN} is {@link DeadlineStatus#PENDING} and {@link #NOT_APPLICABLE} is
 * {@link DeadlineStatus#NOT_APPLICABLE}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum DeadlineOutcome {
  /** Done within the timeline as counted, without needing an extension. */
  MET,
  /**
   * Done after the timeline as counted but within a valid extension of it ({@link Deadline#extendedBy()}
   * names the extension). An act within the unextended timeline is {@link #MET} even when an extension
   * was granted: it did not need the extension.
   */
  MET_EXTENDED,
  /** Not done by the (validly extended) due date, or done after it. */
  MISSED,
  /**
   * Done before the window opened: an act dated before what starts its clock (a decision dated before
   * the complaint), or, for a window that opens later than its trigger, too early.
   */
  EARLY,
  /** Not done, and the window has not closed as of the evaluation date. */
  OPEN,
  /**
   * The clock no longer applies ({@link Deadline#notApplicable()} says why: withdrawn, dismissed, waived,
   * set aside, superseded by an amended complaint).
   */
  NOT_APPLICABLE
}
