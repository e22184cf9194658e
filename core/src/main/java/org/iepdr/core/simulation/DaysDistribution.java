package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A distribution of whole days (time to resolution, time to the end of a dispute) summarised by its
 * quartiles and 90th percentile, each with a distribution-free 95% interval ({@link Quantile}), and its
 * mean with a normal interval.
 *
 * @param n the number of observations
 * @param mean the mean, with its interval
 * @param q1 the first quartile
 * @param median the median
 * @param q3 the third quartile
 * @param p90 the 90th percentile
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record DaysDistribution(long n, Estimate mean, Quantile q1, Quantile median, Quantile q3, Quantile p90) {

  /**
   * Summarises a histogram with one bin per day.
   *
   * @param histogram {@code histogram[d]} observations of {@code d} days
   * @return the summary; all zero when the histogram is empty
   */
  public static DaysDistribution of(long[] histogram) {
    java.util.Objects.requireNonNull(histogram, "histogram");
    long n = 0;
    double sum = 0;
    double sumSq = 0;
    for (int d = 0; d < histogram.length; d++) {
      n += histogram[d];
      sum += (double) histogram[d] * d;
      sumSq += (double) histogram[d] * d * (double) d;
    }
    return new DaysDistribution(n, Estimate.of(sum, sumSq, n), quantile(histogram, n, 0.25),
        quantile(histogram, n, 0.5), quantile(histogram, n, 0.75), quantile(histogram, n, 0.9));
  }

  static Quantile quantile(long[] histogram, long n, double q) {
    if (n == 0) {
      return new Quantile(q, 0, 0, 0);
    }
    double sd = Proportion.Z95 * Math.sqrt(n * q * (1 - q));
    long point = Math.max(1, (long) Math.ceil(n * q));
    long r = Math.max(1, (long) Math.floor(n * q - sd));
    long s = Math.min(n, (long) Math.ceil(n * q + sd));
    return new Quantile(q, orderStatistic(histogram, Math.min(point, n)), orderStatistic(histogram, r),
        orderStatistic(histogram, s));
  }

  /** The k-th smallest observation (1-based); k is at most the number of observations. */
  static int orderStatistic(long[] histogram, long k) {
    long cum = 0;
    for (int d = 0; d < histogram.length; d++) {
      cum += histogram[d];
      if (cum >= k) {
        return d;
      }
    }
    throw new IllegalArgumentException("order statistic " + k + " of " + cum + " observations");
  }
}
