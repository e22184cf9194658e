package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class ParameterUncertaintyTest {

  @Test
  void aProportionFromCountsIsBetaOfSuccessesPlusOneAndFailuresPlusOne() {
    // Missouri FIEP: consensus in 83 of 86 meetings -> Beta(84, 4), mean 84/88
    ParameterDistribution d = ParameterDistribution.beta(83, 86, 1.0, "");
    assertThat(d.kind()).isEqualTo(ParameterDistribution.Kind.BETA);
    assertThat(d.a()).isEqualTo(84.0);
    assertThat(d.b()).isEqualTo(4.0);
    assertThat(d.mean()).isEqualTo(84.0 / 88.0);
    // Mississippi: 0 of 12 complaints fully adjudicated -> Beta(1, 13), mean 1/14
    ParameterDistribution zero = ParameterDistribution.beta(0, 12, 1.0, "");
    assertThat(zero.a()).isEqualTo(1.0);
    assertThat(zero.b()).isEqualTo(13.0);
    assertThat(zero.mean()).isEqualTo(1.0 / 14.0);
    // half of the consensus rate ("all issues", split even): 0.5 x Beta(84, 4), mean 42/88
    assertThat(ParameterDistribution.beta(83, 86, 0.5, "fiep").mean()).isEqualTo(0.5 * 84.0 / 88.0);
    assertThat(d.describe()).isEqualTo("Beta(84, 4)");
  }

  @Test
  void countsOutsideTheirTrialsAreRefused() {
    assertThatThrownBy(() -> ParameterDistribution.beta(13, 12, 1.0, "")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("13 of 12");
    assertThatThrownBy(() -> ParameterDistribution.uniform(2, 1)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void betaDrawsHaveTheBetaMeanAndVariance() {
    // Beta(84, 4): mean 84/88 = 0.954545..., variance ab/((a+b)^2 (a+b+1)) = 336/(7744*89) = 0.000487519...
    ParameterDistribution d = ParameterDistribution.beta(83, 86, 1.0, "");
    SplittableRandom random = new SplittableRandom(1);
    int n = 200_000;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double x = d.draw(random);
      assertThat(x).isBetween(0.0, 1.0);
      sum += x;
      squares += x * x;
    }
    double mean = sum / n;
    double var = squares / n - mean * mean;
    assertThat(mean).isCloseTo(84.0 / 88.0, within(0.0005));
    assertThat(var).isCloseTo(336.0 / (7744.0 * 89.0), within(0.00002));
  }

  @Test
  void gammaWeightsHaveTheStatedValueAsTheirMean() {
    ParameterDistribution d = ParameterDistribution.weight(61, 55.0);
    SplittableRandom random = new SplittableRandom(2);
    double sum = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      sum += d.draw(random);
    }
    assertThat(sum / n).isCloseTo(55.0, within(0.2));
    assertThat(d.mean()).isEqualTo(55.0);
  }

  @Test
  void aStatedRangeIsDrawnUniformly() {
    ParameterDistribution d = ParameterDistribution.uniform(0.84, 0.95);
    assertThat(d.value(0.0)).isEqualTo(0.84);
    assertThat(d.value(0.5)).isCloseTo(0.895, within(1e-12));
    assertThat(d.mean()).isCloseTo(0.895, within(1e-12));
    assertThat(d.describe()).isEqualTo("uniform 0.84 to 0.95 (stated range)");
  }

  @Test
  void thePercentileIntervalInterpolatesBetweenOrderStatistics() {
    // 1..10: h = 0.025 x 9 = 0.225 -> 1 + 0.225 x (2 - 1) = 1.225; h = 0.975 x 9 = 8.775 -> 9 + 0.775 = 9.775
    Interval i = Interval.percentile95(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
    assertThat(i.lower()).isCloseTo(1.225, within(1e-12));
    assertThat(i.upper()).isCloseTo(9.775, within(1e-12));
    // 0..40: h = 1 and 39 exactly
    double[] v = new double[41];
    for (int k = 0; k < 41; k++) {
      v[k] = k;
    }
    assertThat(Interval.percentile95(v)).isEqualTo(new Interval(1.0, 39.0));
    assertThat(Interval.percentile95(new double[] {3.5})).isEqualTo(new Interval(3.5, 3.5));
    assertThatThrownBy(() -> Interval.percentile95(new double[0])).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aDrawDependsOnTheSeedAndReplicateOnlyAndSharedDrawsMoveTogether() {
    SimulationParameters p = SimulationParameters.missouri();
    ParameterUncertainty u = new ParameterUncertainty(Map.of(
        "processes.FACILITATED_IEP.resolved", ParameterDistribution.beta(83, 86, 0.5, "fiep"),
        "processes.FACILITATED_IEP.partly", ParameterDistribution.beta(83, 86, 0.5, "fiep"),
        "processes.DUE_PROCESS_HEARING.districtCost", ParameterDistribution.uniform(8000, 24000)));
    SimulationParameters a = u.draw(p, 42, 1);
    assertThat(u.draw(p, 42, 1)).isEqualTo(a);
    assertThat(u.draw(p, 42, 2)).isNotEqualTo(a);
    double resolved = ParameterPaths.value(a, "processes.FACILITATED_IEP.resolved");
    assertThat(ParameterPaths.value(a, "processes.FACILITATED_IEP.partly")).isEqualTo(resolved);
    assertThat(resolved).isNotEqualTo(p.process(org.iepdr.core.process.DisputeProcess.FACILITATED_IEP).resolved());
    double cost = ParameterPaths.value(a, "processes.DUE_PROCESS_HEARING.districtCost");
    assertThat(cost).isBetween(8000.0, 24000.0).isEqualTo(Math.rint(cost));
    // paths without a distribution keep their value
    assertThat(ParameterPaths.value(a, "processes.MEDIATION.held")).isEqualTo(10.0 / 15.0);
  }

  @Test
  void pathsReadAndChangeEveryValueAndRefuseUnknownPathsAndValuesOutOfRange() {
    SimulationParameters p = SimulationParameters.mississippi();
    for (String path : ParameterPaths.paths(p)) {
      double v = ParameterPaths.value(p, path);
      assertThat(ParameterPaths.withValue(p, path, v)).as(path).isEqualTo(p);
    }
    assertThat(ParameterPaths.value(p, "processes.STATE_COMPLAINT.held")).isEqualTo(37.0 / 61.0);
    assertThatThrownBy(() -> ParameterPaths.withValue(p, "processes.MEDIATION.resolved", 1.2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("field 'processes.MEDIATION.resolved' was 1.2; allowed: a probability from 0 to 1");
    assertThatThrownBy(() -> ParameterPaths.withValue(p, "processes.MEDIATION.resolvd", 0.5))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'processes.MEDIATION.resolvd'");
    assertThatThrownBy(() -> ParameterPaths.withValue(p, "processes.DUE_PROCESS_HEARING.districtCost", 1.5))
        .hasMessageContaining("allowed: whole dollars from 0 to 1000000000");
    assertThatThrownBy(() -> ParameterPaths.withValue(p, "horizonDays", 0))
        .hasMessage("field 'horizonDays' was 0; allowed: whole days from 1 to 3660");
    // resolved + partly > 1: refused naming the path
    assertThatThrownBy(() -> ParameterPaths.withValue(p, "processes.FACILITATED_IEP.resolved", 0.9))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'processes.FACILITATED_IEP.resolved'");
  }

  @Test
  void theHashCountsValuesNotNamesOrSources() {
    SimulationParameters p = SimulationParameters.mississippi();
    String h = ParameterPaths.hash(p);
    assertThat(h).matches("[0-9a-f]{16}");
    assertThat(ParameterPaths.hash(SimulationParameters.builder().from(p).name("other").build())).isEqualTo(h);
    assertThat(ParameterPaths.hash(ParameterPaths.withValue(p, "processes.MEDIATION.held", 0.5))).isNotEqualTo(h);
  }
}
