/**
 * Missouri's special-education dispute-resolution rules on top of the federal IDEA baseline.
 *
 * <p>{@link org.iepdr.rules.missouri.MissouriModule} is the {@link org.iepdr.core.rules.RuleModule}
 * that {@link org.iepdr.core.rules.RuleBook#load()} finds for the state code {@code MO}. It counts days
 * and hours in America/Chicago, on business days that exclude the federal holidays and Missouri's state
 * holidays ({@link org.iepdr.rules.missouri.MissouriHolidays}), and it adds one class per {@code MO.*}
 * rule of the project's rule catalogue: the facilitated IEP (FIEP), IEP meeting notice, audio recording
 * of IEP meetings (RSMo 162.686), state-sponsored mediation (RSMo 162.959), the child complaint's filing
 * date ({@link org.iepdr.rules.missouri.ChildComplaintFilingDate}) and the Administrative Hearing
 * Commission (RSMo 162.961). {@link org.iepdr.rules.missouri.MissouriEscalation} is Missouri's escalation
 * path with the sources' advice on which process fits which dispute.
 */
@NullMarked
package org.iepdr.rules.missouri;

import org.jspecify.annotations.NullMarked;
