/**
 * The {@code iepdr} command-line tool (picocli): {@code check}, {@code batch}, {@code plan},
 * {@code ladder}, {@code rules} and {@code days}, written against {@link org.iepdr.core.rules.RuleBook}
 * alone so that it answers for whichever rule modules are installed.
 *
 * <p>Exit codes: 0 no violation, 1 violations found (or an impossible plan), 2 bad input or usage,
 * 3 an internal error. No stack trace is printed unless {@code --verbose} is given.
 */
@NullMarked
package org.iepdr.examples.cli;

import org.jspecify.annotations.NullMarked;
