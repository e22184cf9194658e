/**
 * The caseload view: what is due in a window of dates across many cases. A
 * {@link org.iepdr.core.caseload.DueWindow} names the window (FROM to TO, both included) and the as-of
 * date the cases are evaluated on (FROM unless given); a {@link org.iepdr.core.caseload.DueList} takes the
 * cases' evaluations one at a time and keeps only their open deadlines due in the window, as
 * {@link org.iepdr.core.caseload.DueItem}s sorted by due date, then case id, then rule id.
 *
 * <p>"Open" is {@link org.iepdr.core.rules.DeadlineOutcome#OPEN}: not done and not missed as of the as-of
 * date (an act dated after the as-of date is not yet done; a deadline due on the as-of date is still open).
 * A deadline met (also within an extension), missed, done before its window opened, or no longer
 * applicable is not listed. An extended deadline is listed on its extended due date. Days left are the
 * calendar days from the as-of date to the due date (0 when it is due on the as-of date).
 *
 * <p>Memory holds the in-window items only, never the cases or their evaluations: a caseload of a million
 * cases streams through. The package reads no file and no clock; the {@code iepdr due} command and the
 * service feed it.
 */
@NullMarked
package org.iepdr.core.caseload;

import org.jspecify.annotations.NullMarked;
