package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a test case of a conformance suite shows about its rule: for a rule with a timeline, an act on
 * time, an act late, or an act exactly on the boundary (the last lawful day, or the first unlawful
 * one); for a rule without one, a case where it holds, one where it is broken, and a boundary.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum TestCaseScenario {
  /** The act is in time. */
  ON_TIME,
  /** The act is late (or early, for a window). */
  LATE,
  /** The act is exactly on the edge of what the rule allows (on either side). */
  BOUNDARY,
  /** The rule's requirement is met (a rule without a timeline). */
  HOLDS,
  /** The rule's requirement is broken (a rule without a timeline). */
  BROKEN;

  /**
   * Returns the name a test file writes: lower case with hyphens ({@code on-time}).
   *
   * @return the name
   */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
