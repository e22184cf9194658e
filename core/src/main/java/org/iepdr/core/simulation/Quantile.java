package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A quantile of a distribution of days, with its distribution-free 95% confidence interval.
 *
 * <p>The point estimate is the {@code ceil(n q)}-th smallest observation. The interval is the pair of
 * order statistics {@code [X(r), X(s)]} with {@code r = floor(n q - 1.96 sqrt(n q (1 - q)))} and
 * {@code s = ceil(n q + 1.96 sqrt(n q (1 - q)))}, clamped to {@code [1, n]}: the number of observations
 * below the true quantile is binomial(n, q), so the interval covers it with probability about 95%
 * whatever the distribution (normal approximation to the binomial; the sample is large). No bootstrap
 * is needed, and the interval is read from the same histogram as the estimate.
 *
 * @param q the probability, e.g. 0.5 for the median
 * @param days the estimate, in days
 * @param lower the interval's lower end, in days
 * @param upper the interval's upper end, in days
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Quantile(double q, int days, int lower, int upper) {}
