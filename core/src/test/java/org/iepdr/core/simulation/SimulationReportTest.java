package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins a report's CSV records (columns, metric names, quantile names, six-decimal numbers with a dot)
 * and its text summary (percentages with their Wilson intervals, dollars, days, paired differences in
 * points) for a report built by hand, so every figure is known: Wilson intervals of 3/10 = [0.107791,
 * 0.603222], 1/10 = [0.017876, 0.404150], 9/10 = [0.595850, 0.982124], 4/10 = [0.168180, 0.687326]
 * (see {@link StatisticsTest}); the days {2, 4, 9} with mean 5 [0.920010, 9.079990].
 */
class SimulationReportTest {

  private static DaysDistribution twoFourNine() {
    long[] h = new long[10];
    h[2] = 1;
    h[4] = 1;
    h[9] = 1;
    return DaysDistribution.of(h);
  }

  private static ModelResult model(String name) {
    ProcessResult mediation = new ProcessResult(MEDIATION, Proportion.wilson(3, 10), Proportion.wilson(2, 3),
        Proportion.wilson(1, 2), Proportion.wilson(0, 2), 12_345, 1_234.5, 4.5);
    return new ModelResult(name, 10, List.of(mediation), Proportion.wilson(1, 10), Proportion.wilson(0, 10),
        Proportion.wilson(9, 10), new Estimate(1_234.4, 10.0, 2_490.6, 10), twoFourNine(), twoFourNine(), List.of());
  }

  private static SimulationReport report() {
    Comparison c = new Comparison("r", new Estimate(-0.02, -0.05, 0.01, 10), new Estimate(-25.5, -40.0, -11.0, 10),
        new Estimate(1.5, 0.25, 2.75, 10), Proportion.wilson(4, 10));
    return new SimulationReport("ZZ", "test figures", 12_345, 42, List.of(model("baseline"), model("r")), List.of(c),
        "0123456789abcdef");
  }

  private static String[] row(String... cells) {
    return cells;
  }

  @Test
  void modelsAreFoundByName() {
    SimulationReport r = report();
    assertThat(r.baseline().name()).isEqualTo("baseline");
    assertThat(r.model("r")).containsSame(r.models().get(1));
    assertThat(r.model("baseline")).containsSame(r.models().get(0));
    assertThat(r.model("other")).isEmpty();
  }

  @Test
  void csvRecordsOfAProcessOfTheWholeDisputeAndOfAComparison() {
    List<String[]> rows = report().resultRecords();
    // per model: 7 rows per process, 4 for the dispute, 5 per distribution of days; 4 per comparison
    assertThat(rows).hasSize(2 * (7 + 4 + 5 + 5) + 4);
    assertThat(rows.subList(0, 21)).containsExactly(
        row("baseline", "MEDIATION", "reached", "0.300000", "0.107791", "0.603222", "3", "10"),
        row("baseline", "MEDIATION", "held", "0.666667", "0.207660", "0.938508", "2", "3"),
        row("baseline", "MEDIATION", "resolved", "0.500000", "0.094531", "0.905469", "1", "2"),
        row("baseline", "MEDIATION", "partly", "0.000000", "0.000000", "0.657620", "0", "2"),
        row("baseline", "MEDIATION", "cost_total", "12345", "", "", "", ""),
        row("baseline", "MEDIATION", "cost_per_dispute", "1234.500000", "", "", "", ""),
        row("baseline", "MEDIATION", "mean_days", "4.500000", "", "", "", ""),
        row("baseline", "ALL", "resolved", "0.100000", "0.017876", "0.404150", "1", "10"),
        row("baseline", "ALL", "partly", "0.000000", "0.000000", "0.277533", "0", "10"),
        row("baseline", "ALL", "not_resolved", "0.900000", "0.595850", "0.982124", "9", "10"),
        row("baseline", "ALL", "cost_per_dispute", "1234.400000", "10.000000", "2490.600000", "", "10"),
        row("baseline", "ALL", "time_to_resolution_q1", "2", "2", "9", "", "3"),
        row("baseline", "ALL", "time_to_resolution_median", "4", "2", "9", "", "3"),
        row("baseline", "ALL", "time_to_resolution_q3", "9", "2", "9", "", "3"),
        row("baseline", "ALL", "time_to_resolution_p90", "9", "2", "9", "", "3"),
        row("baseline", "ALL", "time_to_resolution_mean", "5.000000", "0.920010", "9.079990", "", "3"),
        row("baseline", "ALL", "time_to_end_q1", "2", "2", "9", "", "3"),
        row("baseline", "ALL", "time_to_end_median", "4", "2", "9", "", "3"),
        row("baseline", "ALL", "time_to_end_q3", "9", "2", "9", "", "3"),
        row("baseline", "ALL", "time_to_end_p90", "9", "2", "9", "", "3"),
        row("baseline", "ALL", "time_to_end_mean", "5.000000", "0.920010", "9.079990", "", "3"));
    assertThat(rows.get(21)[0]).isEqualTo("r");
    assertThat(rows.subList(42, 46)).containsExactly(
        row("reform-vs-baseline:r", "ALL", "resolved_difference", "-0.020000", "-0.050000", "0.010000", "", "10"),
        row("reform-vs-baseline:r", "ALL", "cost_difference", "-25.500000", "-40.000000", "-11.000000", "", "10"),
        row("reform-vs-baseline:r", "ALL", "days_difference", "1.500000", "0.250000", "2.750000", "", "10"),
        row("reform-vs-baseline:r", "ALL", "changed", "0.400000", "0.168180", "0.687326", "4", "10"));
    assertThat(report().toCsvRecords()).allSatisfy(r -> assertThat(r).hasSameSizeAs(SimulationReport.CSV_HEADER));
  }

  @Test
  void everyCsvRecordNamesTheRunAndSaysWhichIntervalIsWhich() {
    assertThat(SimulationReport.CSV_HEADER).containsExactly("state", "seed", "disputes", "parameters_hash",
        "replicates", "model", "process", "metric", "estimate", "lower_noise", "upper_noise",
        "lower_with_parameters", "upper_with_parameters", "count", "total", "note");
    List<String[]> rows = report().toCsvRecords();
    assertThat(rows.get(0)).containsExactly("ZZ", "42", "12345", "0123456789abcdef", "0", "baseline", "MEDIATION",
        "reached", "0.300000", "0.107791", "0.603222", "", "", "3", "10", "");
    SimulationReport with = new SimulationReport("ZZ", "test figures", 12_345, 42, report().models(),
        report().comparisons(), "0123456789abcdef", 20,
        java.util.Map.of("baseline|MEDIATION|reached", new Interval(0.05, 0.7)));
    assertThat(with.toCsvRecords().get(0)).containsExactly("ZZ", "42", "12345", "0123456789abcdef", "20", "baseline",
        "MEDIATION", "reached", "0.300000", "0.107791", "0.603222", "0.050000", "0.700000", "3", "10", "");
    assertThat(with.summary()).contains(" 30.0% [10.8-60.3] { 5.0-70.0}")
        .contains("{a-b} 95% including parameter uncertainty (20 parameter draws of 12,345 disputes each)");
  }

  @Test
  void anUnreachedProcessReadsNotReachedAndACostIntervalNeverGoesBelowZero() {
    ProcessResult none = new ProcessResult(MEDIATION, Proportion.wilson(0, 10), Proportion.wilson(0, 0),
        Proportion.wilson(0, 0), Proportion.wilson(0, 0), 0, 0.0, 0.0);
    ModelResult m = new ModelResult("baseline", 10, List.of(none), Proportion.wilson(1, 10), Proportion.wilson(0, 10),
        Proportion.wilson(9, 10), new Estimate(3.0, -2.0, 8.0, 10), twoFourNine(), twoFourNine(), List.of());
    SimulationReport r = new SimulationReport("ZZ", "t", 10, 1, List.of(m), List.of(), "0123456789abcdef");
    String line = r.summary().lines().filter(l -> l.startsWith("  MEDIATION")).findFirst().orElseThrow();
    assertThat(line).contains("  0.0% [ 0.0-27.8]").contains("not reached").doesNotContain("100.0").endsWith("-");
    assertThat(r.summary()).contains("district cost per dispute $3 [0-8]");
    List<String[]> rows = r.toCsvRecords();
    assertThat(rows.get(1)).containsExactly("ZZ", "1", "10", "0123456789abcdef", "0", "baseline", "MEDIATION", "held",
        "", "", "", "", "", "0", "0", "not reached");
    assertThat(rows.get(6)[7]).isEqualTo("mean_days");
    assertThat(rows.get(6)[15]).isEqualTo("not reached");
  }

  @Test
  void theSummaryGivesPercentagesDollarsDaysAndPointsWithTheirIntervals() {
    List<String> lines = report().summary().lines().toList();
    assertThat(lines.get(0)).isEqualTo("ZZ: 12,345 simulated disputes, seed 42, parameters: test figures"
        + " (hash 0123456789abcdef)");
    assertThat(lines.get(1)).isEqualTo("intervals: [a-b] 95% from simulation noise alone (parameter uncertainty off)");
    lines = lines.subList(1, lines.size());
    assertThat(lines.get(1)).isEmpty();
    assertThat(lines.get(2)).isEqualTo("[baseline]");
    assertThat(lines.get(3)).isEqualTo("  resolved  10.0% [ 1.8-40.4]   partly   0.0% [ 0.0-27.8]   not resolved"
        + "  90.0% [59.6-98.2]");
    assertThat(lines.get(4)).isEqualTo("  district cost per dispute $1,234 [10-2,491]");
    assertThat(lines.get(5)).isEqualTo("  days to resolution: median 4 [2-9]  quartiles 2 [2-9] / 9 [2-9]  p90 9 [2-9]");
    assertThat(lines.get(6)).startsWith("  process").contains("reached", "held", "resolved", "cost/dispute", "days");
    assertThat(lines.get(7)).startsWith("  MEDIATION").contains(" 30.0% [10.8-60.3]", " 66.7% [20.8-93.9]",
        " 50.0% [ 9.5-90.5]", "$1,235").endsWith("     4.5");
    assertThat(lines).contains("[r]");
    int c = lines.indexOf("[r vs baseline, same disputes and random numbers]");
    assertThat(c).isPositive();
    assertThat(lines.subList(c + 1, c + 5)).containsExactly(
        "  resolved -2.00 points [-5.00 to +1.00]",
        "  cost per dispute -26 $ [-40 to -11]",
        "  days to the end +1.50 [+0.25 to +2.75]",
        "  disputes changed  40.0% [16.8-68.7]");
    assertThat(lines).hasSize(c + 5);
  }
}
