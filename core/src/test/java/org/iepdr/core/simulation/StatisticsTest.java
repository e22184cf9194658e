package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Pins the statistics of a simulation report against hand computations: the normal interval of a mean
 * ({@link Estimate}), the Wilson interval of a proportion ({@link Proportion}), the quantiles and
 * order-statistic intervals of a histogram of days ({@link DaysDistribution}) and the paired
 * differences of a reform ({@link Comparison}).
 */
class StatisticsTest {

  private static final double Z = 1.959963984540054;

  // --- Estimate ---------------------------------------------------------------------------------------

  @Test
  void theMeanOfThreeObservationsHasTheStudentFreeNormalInterval() {
    // {2, 4, 9}: sum 15, sum of squares 4 + 16 + 81 = 101, mean 5,
    // s^2 = ((2-5)^2 + (4-5)^2 + (9-5)^2) / 2 = (9 + 1 + 16) / 2 = 13, half = 1.96 * sqrt(13 / 3) = 4.07999
    Estimate e = Estimate.of(15, 101, 3);
    double half = Z * Math.sqrt(13.0 / 3.0);
    assertThat(e.mean()).isEqualTo(5.0);
    assertThat(e.n()).isEqualTo(3);
    assertThat(e.lower()).isCloseTo(5.0 - half, within(1e-12)).isCloseTo(0.92001, within(1e-5));
    assertThat(e.upper()).isCloseTo(5.0 + half, within(1e-12)).isCloseTo(9.07999, within(1e-5));
  }

  @Test
  void aSingleObservationHasAnIntervalOfZeroWidth() {
    // n = 1: no sample variance; the interval is the point itself, never NaN
    Estimate e = Estimate.of(7, 49, 1);
    assertThat(e).isEqualTo(new Estimate(7.0, 7.0, 7.0, 1));
    // identical observations {3, 3}: s^2 = (18 - 2 * 9) / 1 = 0
    assertThat(Estimate.of(6, 18, 2)).isEqualTo(new Estimate(3.0, 3.0, 3.0, 2));
  }

  @Test
  void noObservationsGiveZeroAndAnEmptyIntervalAtZero() {
    assertThat(Estimate.of(0, 0, 0)).isEqualTo(new Estimate(0.0, 0.0, 0.0, 0));
    assertThat(Estimate.of(5, 25, -1)).isEqualTo(new Estimate(0.0, 0.0, 0.0, 0));
  }

  @Test
  void anEstimateContainsItsEndsAndNothingBeyond() {
    Estimate e = new Estimate(5.0, 1.0, 9.0, 3);
    assertThat(e.contains(1.0)).isTrue();
    assertThat(e.contains(9.0)).isTrue();
    assertThat(e.contains(5.0)).isTrue();
    assertThat(e.contains(Math.nextDown(1.0))).isFalse();
    assertThat(e.contains(Math.nextUp(9.0))).isFalse();
    assertThat(e.contains(-5.0)).isFalse();
  }

  // --- Proportion -------------------------------------------------------------------------------------

  @Test
  void wilsonIntervalOfThreeInTen() {
    // centre = (0.3 + z^2/20) / (1 + z^2/10), half = z / (1 + z^2/10) * sqrt(0.021 + z^2/400):
    // the textbook [0.1078, 0.6032]
    Proportion p = Proportion.wilson(3, 10);
    assertThat(p.count()).isEqualTo(3);
    assertThat(p.total()).isEqualTo(10);
    assertThat(p.estimate()).isEqualTo(0.3);
    assertThat(p.lower()).isCloseTo(0.107791, within(1e-6));
    assertThat(p.upper()).isCloseTo(0.603222, within(1e-6));
  }

  @Test
  void wilsonIntervalsAtZeroAndAllHaveClosedForms() {
    // with p = 0 the upper end is z^2 / (n + z^2); with p = 1 the lower end is n / (n + z^2)
    double z2 = Z * Z;
    Proportion none = Proportion.wilson(0, 1);
    assertThat(none.lower()).isZero();
    assertThat(none.upper()).isCloseTo(z2 / (1 + z2), within(1e-12));
    Proportion all = Proportion.wilson(5, 5);
    assertThat(all.estimate()).isEqualTo(1.0);
    assertThat(all.lower()).isCloseTo(5 / (5 + z2), within(1e-12)).isCloseTo(0.565518, within(1e-6));
    assertThat(all.upper()).isEqualTo(1.0);
  }

  @Test
  void noTrialsGiveZeroAndTheWholeUnitInterval() {
    assertThat(Proportion.wilson(0, 0)).isEqualTo(new Proportion(0, 0, 0.0, 0.0, 1.0));
    assertThat(Proportion.wilson(0, -3)).isEqualTo(new Proportion(0, -3, 0.0, 0.0, 1.0));
  }

  @Test
  void aProportionContainsItsEndsAndNothingBeyond() {
    Proportion p = new Proportion(3, 10, 0.3, 0.1, 0.6);
    assertThat(p.contains(0.1)).isTrue();
    assertThat(p.contains(0.6)).isTrue();
    assertThat(p.contains(0.3)).isTrue();
    assertThat(p.contains(Math.nextDown(0.1))).isFalse();
    assertThat(p.contains(Math.nextUp(0.6))).isFalse();
    assertThat(p.contains(0.9)).isFalse();
  }

  // --- DaysDistribution ------------------------------------------------------------------------------

  @Test
  void aHistogramOfThreeDisputesGivesTheirMeanAndQuantiles() {
    long[] h = new long[10];
    h[2] = 1;
    h[4] = 1;
    h[9] = 1; // {2, 4, 9}
    DaysDistribution d = DaysDistribution.of(h);
    assertThat(d.n()).isEqualTo(3);
    // the same mean and interval as Estimate.of(15, 101, 3) above
    assertThat(d.mean().mean()).isEqualTo(5.0);
    assertThat(d.mean().lower()).isCloseTo(0.92001, within(1e-5));
    assertThat(d.mean().upper()).isCloseTo(9.07999, within(1e-5));
    // median: ceil(1.5) = 2nd smallest = 4; sd = 1.96 sqrt(0.75) = 1.70, r = max(1, floor(-0.2)) = 1,
    // s = min(3, ceil(3.2)) = 3
    assertThat(d.median()).isEqualTo(new Quantile(0.5, 4, 2, 9));
    // q1: ceil(0.75) = 1st = 2; sd = 1.96 * 0.75 = 1.47, r = 1, s = ceil(2.22) = 3
    assertThat(d.q1()).isEqualTo(new Quantile(0.25, 2, 2, 9));
    // q3: ceil(2.25) = 3rd = 9; r = max(1, floor(0.78)) = 1, s = min(3, 4) = 3
    assertThat(d.q3()).isEqualTo(new Quantile(0.75, 9, 2, 9));
    // p90: ceil(2.7) = 3rd = 9; sd = 1.96 sqrt(0.27) = 1.02, r = floor(1.68) = 1, s = 3
    assertThat(d.p90()).isEqualTo(new Quantile(0.9, 9, 2, 9));
  }

  @Test
  void anEmptyHistogramIsAllZero() {
    DaysDistribution d = DaysDistribution.of(new long[5]);
    assertThat(d.n()).isZero();
    assertThat(d.mean()).isEqualTo(new Estimate(0.0, 0.0, 0.0, 0));
    assertThat(d.median()).isEqualTo(new Quantile(0.5, 0, 0, 0));
    assertThat(d.p90()).isEqualTo(new Quantile(0.9, 0, 0, 0));
  }

  @Test
  void theKthSmallestObservationIsTheFirstDayWhoseCumulativeCountReachesK() {
    long[] h = {2, 3}; // {0, 0, 1, 1, 1}
    assertThat(DaysDistribution.orderStatistic(h, 1)).isZero();
    assertThat(DaysDistribution.orderStatistic(h, 2)).isZero(); // exactly on the cumulative count
    assertThat(DaysDistribution.orderStatistic(h, 3)).isEqualTo(1);
    assertThat(DaysDistribution.orderStatistic(h, 5)).isEqualTo(1);
    // median of {0, 0, 1, 1, 1}: the 3rd smallest
    assertThat(DaysDistribution.of(h).median().days()).isEqualTo(1);
    // there is no 6th smallest of five (quantile never asks: its ranks are clamped to [1, n])
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> DaysDistribution.orderStatistic(h, 6)).withMessage("order statistic 6 of 5 observations");
  }

  // --- Comparison and its pair tally -----------------------------------------------------------------

  @Test
  void pairedDifferencesOfTenDisputes() {
    // ten disputes: 3 resolved only under the reform, 1 only under the baseline, 6 resolved under both or
    // neither; the reform costs 100 more on 2 disputes and saves 50 on 1; it adds 4 days to 1 dispute
    PairTally t = new PairTally();
    t.record(outcome(2, 30, 0), outcome(0, 30, 0)); // gained
    t.record(outcome(1, 30, 0), outcome(0, 30, 0)); // gained (partly -> resolved)
    t.record(outcome(2, 30, 100), outcome(0, 30, 200)); // gained, +100
    t.record(outcome(0, 20, 0), outcome(2, 24, 0)); // lost, +4 days
    t.record(outcome(0, 20, 100), outcome(0, 20, 200)); // +100
    t.record(outcome(2, 20, 100), outcome(2, 20, 50)); // -50
    for (int i = 0; i < 4; i++) {
      t.record(outcome(2, 10, 0), outcome(2, 10, 0)); // unchanged
    }
    assertThat(t.n).isEqualTo(10);
    assertThat(t.gained).isEqualTo(3);
    assertThat(t.lost).isEqualTo(1);
    assertThat(t.costDiff).isEqualTo(150);
    assertThat(t.costDiffSquares).isEqualTo(100 * 100 + 100 * 100 + 50 * 50);
    assertThat(t.dayDiff).isEqualTo(4);
    assertThat(t.dayDiffSquares).isEqualTo(16);
    assertThat(t.changed).isEqualTo(6);

    Comparison c = Comparison.of("r", t);
    assertThat(c.reform()).isEqualTo("r");
    // per-dispute resolved differences: three +1, one -1, six 0: mean 0.2,
    // s^2 = (4 - 10 * 0.04) / 9 = 0.4, half = 1.96 * sqrt(0.04) = 0.392
    assertThat(c.resolvedDifference().mean()).isCloseTo(0.2, within(1e-12));
    assertThat(c.resolvedDifference().lower()).isCloseTo(0.2 - Z * 0.2, within(1e-12));
    assertThat(c.resolvedDifference().upper()).isCloseTo(0.2 + Z * 0.2, within(1e-12));
    // cost: mean 15, s^2 = (22,500 - 10 * 225) / 9 = 2,250, half = 1.96 * sqrt(225) = 29.40
    assertThat(c.costDifference().mean()).isEqualTo(15.0);
    assertThat(c.costDifference().upper()).isCloseTo(15 + Z * 15, within(1e-9));
    // days: mean 0.4, s^2 = (16 - 1.6) / 9 = 1.6, half = 1.96 * sqrt(0.16) = 0.784
    assertThat(c.daysDifference().mean()).isCloseTo(0.4, within(1e-12));
    assertThat(c.daysDifference().lower()).isCloseTo(0.4 - Z * 0.4, within(1e-12));
    assertThat(c.changed()).isEqualTo(Proportion.wilson(6, 10));
  }

  @Test
  void aDisputeChangesWithItsOutcomeAloneItsDaysAloneOrItsCostAlone() {
    PairTally t = new PairTally();
    t.record(outcome(1, 10, 5), outcome(2, 10, 5)); // partly -> not resolved: changed, neither gained nor lost
    assertThat(t.changed).isEqualTo(1);
    assertThat(t.gained + t.lost).isZero();
    t.record(outcome(2, 10, 5), outcome(2, 11, 5));
    assertThat(t.changed).isEqualTo(2);
    t.record(outcome(2, 10, 5), outcome(2, 10, 6));
    assertThat(t.changed).isEqualTo(3);
    t.record(outcome(2, 10, 5), outcome(2, 10, 5));
    assertThat(t.changed).isEqualTo(3);
    assertThat(t.n).isEqualTo(4);
  }

  @Test
  void pairTalliesMergeByAddingEveryCounter() {
    PairTally a = new PairTally();
    a.record(outcome(2, 10, 0), outcome(0, 13, 100)); // gained, +100, +3 days
    PairTally b = new PairTally();
    b.record(outcome(0, 10, 50), outcome(2, 8, 0)); // lost, -50, -2 days
    b.record(outcome(2, 10, 0), outcome(2, 10, 0));
    b.record(outcome(2, 10, 0), outcome(0, 10, 0)); // gained
    a.add(b);
    assertThat(a.n).isEqualTo(4);
    assertThat(a.gained).isEqualTo(2);
    assertThat(a.lost).isEqualTo(1);
    assertThat(a.costDiff).isEqualTo(50);
    assertThat(a.costDiffSquares).isEqualTo(10_000 + 2_500);
    assertThat(a.dayDiff).isEqualTo(1);
    assertThat(a.dayDiffSquares).isEqualTo(9 + 4);
    assertThat(a.changed).isEqualTo(3);
  }

  @Test
  void aComparisonRequiresEveryPart() {
    Estimate e = new Estimate(0, 0, 0, 0);
    Proportion p = Proportion.wilson(0, 0);
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> new Comparison(null, e, e, e, p)).withMessage("reform");
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> new Comparison("r", e, e, e, null)).withMessage("changed");
  }

  /** The packed result of one walk, as Tally.record writes it: outcome ordinal, days, cost. */
  private static long[] outcome(int outcome, int days, long cost) {
    return new long[] {outcome, days, cost};
  }
}
