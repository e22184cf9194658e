package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * An interval of an estimate: here the interval including parameter uncertainty, the 2.5th and 97.5th
 * percentiles of the estimates of replicates run with drawn parameters.
 *
 * @param lower the lower end
 * @param upper the upper end
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Interval(double lower, double upper) {

  /**
   * Checks the ends.
   *
   * @param lower lower
   * @param upper upper
   */
  public Interval {
    if (!(lower <= upper)) {
      throw new InvalidInputException("interval", "[" + lower + ", " + upper + "]", "lower <= upper");
    }
  }

  /**
   * Returns the central 95% interval of a sample: its 2.5th and 97.5th percentiles, each by linear
   * interpolation between order statistics (Hyndman and Fan's type 7, the default of R and NumPy): the
   * {@code q}-th percentile of {@code n} sorted values {@code x[0..n-1]} is {@code x[k] + f (x[k+1] - x[k])}
   * with {@code h = q (n - 1)}, {@code k = floor(h)}, {@code f = h - k}.
   *
   * @param values the sample, at least one value (not changed)
   * @return the interval
   */
  public static Interval percentile95(double[] values) {
    Objects.requireNonNull(values, "values");
    if (values.length == 0) {
      throw new InvalidInputException("values", "empty", "at least one value");
    }
    double[] x = values.clone();
    Arrays.sort(x);
    return new Interval(quantile(x, 0.025), quantile(x, 0.975));
  }

  static double quantile(double[] sorted, double q) {
    double h = q * (sorted.length - 1);
    int k = (int) Math.floor(h);
    if (k + 1 >= sorted.length) {
      return sorted[sorted.length - 1];
    }
    return sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]);
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
