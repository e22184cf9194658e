/**
 * Simulation for researchers: deterministic timeline projection through a jurisdiction's escalation
 * ladder, seeded Monte Carlo populations of disputes, and named reforms compared with the baseline.
 *
 * <p>Everything here is derived from the same {@link org.iepdr.core.rules.Jurisdiction} that
 * evaluates cases: lawful dates come from {@link org.iepdr.core.rules.Jurisdiction#plan} (each rule
 * contributes its {@link org.iepdr.core.rules.PlanConstraint}), the ladder from
 * {@link org.iepdr.core.rules.Jurisdiction#escalation()}. The package holds no copy of a deadline's
 * number: a reform that changes a deadline replaces the rule that sets it ({@link
 * org.iepdr.core.simulation.Reform}, {@link org.iepdr.core.simulation.ReformedModule}).
 *
 * <ul>
 *   <li>{@link org.iepdr.core.simulation.Projection}: from a start date and a route of processes, the
 *       earliest and latest lawful date of every act on the way.
 *   <li>{@link org.iepdr.core.simulation.Simulator}: the facade; compiles a jurisdiction and its
 *       reforms into {@link org.iepdr.core.simulation.SimulationModel}s and runs a population.
 *   <li>{@link org.iepdr.core.simulation.SimulationParameters}: outcome probabilities, costs and
 *       ladder weights, calibrated by default from published program figures.
 *   <li>{@link org.iepdr.core.simulation.SimulationReport}: per-process and per-dispute results with
 *       confidence intervals, reforms compared with the baseline on common random numbers, rows for
 *       a CSV writer.
 * </ul>
 *
 * <p>Pure: no I/O, no clock, no default zone or locale; results depend only on the inputs and the
 * seed, never on the number of threads.
 */
@NullMarked
@IepdrStyle
package org.iepdr.core.simulation;

import org.iepdr.core.internal.IepdrStyle;
import org.jspecify.annotations.NullMarked;
