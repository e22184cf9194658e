package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What becomes of a period's last day once it is counted: it stays where it falls (the federal rules:
 * 34 CFR Part 300 rolls no deadline), or it moves off a day a statute excludes. A rule names the one it
 * counts under, so a deadline says how its last day was found.
 *
 * <p>Each constant is O(1): it looks at the counted day only.
 *
 * <p>Implementation Requirements: an enum, immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public enum LastDayRule {
  /** The last day stays where the count puts it, whatever day of the week it is. */
  AS_COUNTED("the last day stays where it falls"),
  /**
   * Missouri's computation of time for its statutes, RSMo 1.040: "The time within which an act is to be
   * done shall be computed by excluding the first day and including the last. If the last day is Sunday
   * it shall be excluded." The first day excluded is day 0 (the trigger), so the count is the library's;
   * a last day on a Sunday moves to the Monday. A Saturday stays, and so does a holiday: the section
   * names Sunday only.
   */
  RSMO_1_040("RSMo 1.040: first day excluded, last day included; a last day on a Sunday is excluded, so the"
      + " period ends on the Monday (a Saturday or a holiday stays)");

  private final String description;

  LastDayRule(String description) {
    this.description = description;
  }

  /**
   * Returns the last day of a period under this rule, given the day the count reached.
   *
   * @param counted the day the count reached
   * @return the last day
   */
  public LocalDate lastDay(LocalDate counted) {
    Objects.requireNonNull(counted, "counted");
    if (this == RSMO_1_040 && counted.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return counted.plusDays(1);
    }
    return counted;
  }

  /**
   * Returns the rule in words, as the catalogue and the deadlines name it.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
