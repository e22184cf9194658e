package org.iepdr.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One identity that holds in every published state report (1 = 1.1 + 1.2 + 1.3, 3.2(a) + 3.2(b) &lt;= 3.2,
 * ...), with the two sides as counted: reported when it fails, never silently fixed.
 *
 * @param identity the identity, e.g. {@code 1 = 1.1 + 1.2 + 1.3}
 * @param left the left side as counted
 * @param right the right side as counted
 * @param atMost true when the identity is an inequality (left &lt;= right), false for an equation
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ConsistencyCheck(String identity, long left, long right, boolean atMost) {

  /**
   * Checks the parts.
   *
   * @param identity the identity
   * @param left the left side
   * @param right the right side
   * @param atMost whether it is an inequality
   */
  public ConsistencyCheck {
    Objects.requireNonNull(identity, "identity");
  }

  /**
   * Returns whether the identity holds.
   *
   * @return true when it holds
   */
  public boolean holds() {
    return atMost ? left <= right : left == right;
  }
}
