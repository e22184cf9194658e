/**
 * The facts of a case: the student, the parties and participants, and a timeline of dated events
 * (requests, receipts, replies, meetings, consents, agreements, appointments, decisions and more).
 *
 * <p>Every type is an immutable value; build one with its {@code builder()}, which returns the type's
 * own {@code Builder} (for example {@link org.iepdr.core.model.Case.Builder}). The implementations
 * Immutables generates are package-private. An event's builder also takes the event's time as a
 * zoned or a local date-time ({@link org.iepdr.core.model.EventBuilder}). A {@link org.iepdr.core.model.Case} checks that its facts can be true (no
 * consent revoked before it was given, no event naming an unknown person, no two events with one id)
 * and reports every problem at once in an {@link org.iepdr.core.model.InvalidCaseException}. A case
 * that is possible but unlawful is valid: the rules report it as findings.
 *
 * <p>Privacy: a student's or a party's name and a student's birth date are {@code @Value.Redacted}:
 * they never appear in a {@code toString}, an exception message or a finding.
 *
 * <p>Instants are absolute; the jurisdiction's time zone turns them into local dates when rules
 * count days.
 */
@NullMarked
@IepdrStyle
package org.iepdr.core.model;

import org.iepdr.core.internal.IepdrStyle;
import org.jspecify.annotations.NullMarked;
