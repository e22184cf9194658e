package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A mean with its 95% confidence interval from the normal approximation (the sample is large).
 *
 * @param mean the mean
 * @param lower the interval's lower end
 * @param upper the interval's upper end
 * @param n the number of observations
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Estimate(double mean, double lower, double upper, long n) {

  /**
   * Returns the mean of observations given by their sum and sum of squares, with a 95% interval
   * {@code mean ± 1.96 s / sqrt(n)} (sample standard deviation {@code s}).
   *
   * @param sum the sum
   * @param sumOfSquares the sum of squares
   * @param n the number of observations
   * @return the estimate; with no observations, 0 and an empty interval at 0
   */
  public static Estimate of(double sum, double sumOfSquares, long n) {
    if (n <= 0) {
      return new Estimate(0.0, 0.0, 0.0, 0);
    }
    double mean = sum / n;
    double var = n > 1 ? Math.max(0.0, (sumOfSquares - n * mean * mean) / (n - 1)) : 0.0;
    double half = Proportion.Z95 * Math.sqrt(var / n);
    return new Estimate(mean, mean - half, mean + half, n);
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
