package org.iepdr.rules.missouri;

import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Force;
import org.iepdr.core.time.LastDayRule;

/**
 * Missouri's computation of time for its statutes, RSMo 1.040: "The time within which an act is to be
 * done shall be computed by excluding the first day and including the last. If the last day is Sunday
 * it shall be excluded." Every period a Missouri statute sets (RSMo 162.959's 15 and 30 days, 162.961's
 * 15 days, and any Missouri statute encoded later) is a {@link org.iepdr.core.rules.Clock} declared with
 * {@code .lastDayRule(LastDayRule.RSMO_1_040)}, and its rule adds {@link #citation()}; periods set by
 * federal regulation or by DESE's documents are not.
 */
final class MissouriTime {

  /** The section, as the rules cite it. */
  static final String RSMO_1_040 = "RSMo 1.040";

  /** The section's words, quoted. */
  static final String QUOTE = "The time within which an act is to be done shall be computed by excluding the first"
      + " day and including the last. If the last day is Sunday it shall be excluded.";

  /** The counting sentence the catalogue shows for a period of calendar days from a trigger. */
  static String counting(int days, String from, String dayZero) {
    return days + " calendar days from " + from + "; " + dayZero + " is day 0 (the first day, excluded); "
        + LastDayRule.RSMO_1_040.description();
  }

  private MissouriTime() {}

  /** The citation of RSMo 1.040, added to every rule that counts a Missouri statutory period. */
  static Citation citation() {
    return Citation.of(Authority.STATUTE, Force.DUTY, RSMO_1_040, "1.040", "https://revisor.mo.gov/main/OneSection.aspx?section=1.040", QUOTE);
  }
}
