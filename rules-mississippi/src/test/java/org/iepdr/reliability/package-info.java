/**
 * Reliability tests across the federal baseline and both state modules: hostile input, thread
 * safety, determinism under any default zone and locale, privacy of the student's personal data, and
 * agreement between what findings and deadlines say and the dates they rest on.
 */
@NullMarked
package org.iepdr.reliability;

import org.jspecify.annotations.NullMarked;
