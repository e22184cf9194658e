/**
 * The rule engine: rule identity and provenance ({@link org.iepdr.core.rules.RuleId},
 * {@link org.iepdr.core.rules.Citation}, {@link org.iepdr.core.rules.EffectivePeriod}), what rules
 * report ({@link org.iepdr.core.rules.Finding}, {@link org.iepdr.core.rules.Deadline}, an
 * {@link org.iepdr.core.rules.Evaluation} with its trace), the
 * {@link org.iepdr.core.rules.RuleModule} service a state plugs in through
 * {@link java.util.ServiceLoader}, and the {@link org.iepdr.core.rules.RuleBook} that answers for a
 * state code and an as-of date.
 *
 * <p>Counting convention (the library default, which a rule may override and then says so): the
 * trigger day is day 0; a deadline is the last day on which the act is on time; calendar-day
 * deadlines do not roll off weekends or holidays; business- and school-day deadlines land on a
 * business or school day by construction.
 *
 * <p>Rules are pure: they read the case and the as-of date given to them, never the clock.
 */
@NullMarked
@IepdrStyle
package org.iepdr.core.rules;

import org.iepdr.core.internal.IepdrStyle;
import org.jspecify.annotations.NullMarked;
