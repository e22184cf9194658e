/**
 * Runnable examples of the library: {@link org.iepdr.examples.QuickStart} (build a case in code and
 * evaluate it), {@link org.iepdr.examples.SisBatchValidation} (validate a student-information system's
 * export of IEP meetings in bulk) and, in {@code org.iepdr.examples.district}, a custom rule module for
 * a district's own procedure plugged in through {@link java.util.ServiceLoader}.
 */
@NullMarked
package org.iepdr.examples;

import org.jspecify.annotations.NullMarked;
