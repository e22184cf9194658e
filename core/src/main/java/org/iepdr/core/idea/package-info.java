/**
 * The federal baseline: IDEA Part B, 34 CFR Part 300, as rules every state module inherits.
 *
 * <p>{@link org.iepdr.core.idea.IdeaModule} is the {@link org.iepdr.core.rules.RuleModule} for the
 * code {@code "US"}; a state module inherits its rules and may replace one by naming its id. Each rule
 * class quotes the regulation's sentence and says how it counts days. Unless a rule says otherwise:
 * "day" means calendar day (34 CFR 300.11(a)); the trigger day is day 0; calendar-day deadlines do
 * not roll off weekends or holidays.
 */
@NullMarked
package org.iepdr.core.idea;

import org.jspecify.annotations.NullMarked;
