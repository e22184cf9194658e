package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A proportion with its 95% Wilson score interval.
 *
 * <p>The Wilson interval (Wilson 1927) stays inside [0, 1] and keeps its coverage near 95% for small
 * counts and for proportions near 0 or 1, where the normal (Wald) interval fails; that matters for
 * published figures such as 83 of 86 or 0 of 12.
 *
 * @param count the successes
 * @param total the trials
 * @param estimate {@code count / total} (0 when there are no trials)
 * @param lower the interval's lower end
 * @param upper the interval's upper end
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Proportion(long count, long total, double estimate, double lower, double upper) {

  /** The normal quantile for a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  /**
   * Returns a proportion and its 95% Wilson interval.
   *
   * @param count successes, 0 to total
   * @param total trials, 0 or more
   * @return the proportion; with no trials the estimate is 0 and the interval [0, 1]
   */
  public static Proportion wilson(long count, long total) {
    if (total <= 0) {
      return new Proportion(count, total, 0.0, 0.0, 1.0);
    }
    double n = total;
    double p = count / n;
    double z2 = Z95 * Z95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double lower = count == 0 ? 0.0 : Math.max(0.0, centre - half);
    double upper = count == total ? 1.0 : Math.min(1.0, centre + half);
    return new Proportion(count, total, p, lower, upper);
  }

  /**
   * Returns whether a value lies in the interval.
   *
   * @param value the value
   * @return true when {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }
}
