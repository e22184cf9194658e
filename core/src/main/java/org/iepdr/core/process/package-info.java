/**
 * The dispute-resolution processes (IEP meeting, facilitated IEP, mediation, resolution meeting,
 * state complaint, due process hearing, expedited hearing, judicial review), their stage on the
 * CADRE continuum, and escalation paths: a graph of which process may follow which, on what
 * condition, with the sources' advice on which process fits which dispute.
 *
 * <p>CADRE's disclaimer applies to the stage names: "Inclusion in the CADRE Continuum ... does not
 * constitute endorsement by CADRE or [OSEP]."
 */
@NullMarked
package org.iepdr.core.process;

import org.jspecify.annotations.NullMarked;
