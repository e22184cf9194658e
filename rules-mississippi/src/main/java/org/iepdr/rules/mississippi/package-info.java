/**
 * Mississippi's special-education dispute-resolution rules ({@code MS.*}) on top of the federal IDEA
 * baseline: IEP facilitation (consent, written request, 10-day lead time, documented refusal), the
 * 24-hour notice before audio-recording an IEP meeting, the jointly signed mediation request, the
 * confidentiality pledge a family may not be required to sign (in force from 2025-07-23), MDE's
 * state-complaint forwarding and decision clocks, and the resolution session; with Mississippi's
 * holiday calendar (Miss. Code 3-3-7 and federal holidays, America/Chicago) and its escalation path
 * from facilitated IEP to mediation, state complaint or due process.
 *
 * <p>{@link org.iepdr.rules.mississippi.MississippiModule} is the entry point; {@code RuleBook.load()}
 * finds it through {@link java.util.ServiceLoader} for the state code {@code MS}.
 */
@NullMarked
package org.iepdr.rules.mississippi;

import org.jspecify.annotations.NullMarked;
