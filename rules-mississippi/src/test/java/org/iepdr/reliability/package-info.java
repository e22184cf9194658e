/**
 * Reliability tests across the federal baseline and both state modules: hostile input, thread
 * safety, determinism under any default zone and locale, and privacy of the student's personal data.
 */
@javax.annotation.ParametersAreNonnullByDefault
package org.iepdr.reliability;
