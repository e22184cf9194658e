/**
 * The simulation's parameters as data, and its outputs: {@link org.iepdr.json.simulation.ParameterFile}
 * reads a state's parameter file (every value with its evidence: published counts, a stated figure with
 * a range, or an assumption with its reason) into the typed parameters and their uncertainty of
 * {@link org.iepdr.core.simulation}; the library bundles one file per state. Core reads no file.
 */
@NullMarked
package org.iepdr.json.simulation;

import org.jspecify.annotations.NullMarked;
