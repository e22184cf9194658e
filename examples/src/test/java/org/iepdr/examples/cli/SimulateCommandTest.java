package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  @Test
  void simulatesABaselineAndAReformAndWritesTheEstimatesAsCsv(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("out.csv");
    Cli.Result r = Cli.run("simulate", "--state", "MO", "--disputes", "20000", "--seed", "42",
        "--reform", "fiep-lead-time-5", "--csv", csv.toString(), "--no-progress");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("fiep-lead-time-5").contains("CSV written to");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(String.join(",", org.iepdr.core.simulation.SimulationReport.CSV_HEADER));
    assertThat(lines).hasSizeGreaterThan(10);
  }

  @Test
  void theSameSeedGivesTheSameSummaryOnOneAndTwoThreads() {
    String one = Cli.run("simulate", "--state", "MS", "--disputes", "5000", "--seed", "7", "--threads", "1",
        "--no-progress").out();
    String two = Cli.run("simulate", "--state", "MS", "--disputes", "5000", "--seed", "7", "--threads", "2",
        "--no-progress").out();
    assertThat(one).isEqualTo(two);
  }

  @Test
  void drawsAProgressBarOnStandardError() {
    Cli.Result r = Cli.run("simulate", "--state", "MO", "--disputes", "1000", "--seed", "1");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.err()).contains("disputes");
  }

  @Test
  void badInputIsExitCode2WithAMessageNamingTheOption() {
    Cli.Result reform = Cli.run("simulate", "--state", "MO", "--disputes", "10", "--seed", "1", "--reform", "nope");
    assertThat(reform.code()).isEqualTo(2);
    assertThat(reform.err()).contains("--reform was 'nope'; allowed: fiep-lead-time-5, mediation-attorneys,"
        + " no-facilitation").doesNotContain("at org.");
    Cli.Result count = Cli.run("simulate", "--state", "MO", "--disputes", "0", "--seed", "1");
    assertThat(count.code()).isEqualTo(2);
    assertThat(count.err()).contains("--disputes was 0");
    Cli.Result state = Cli.run("simulate", "--state", "TX", "--disputes", "10", "--seed", "1");
    assertThat(state.code()).isEqualTo(2);
    assertThat(state.err()).contains("'TX'");
    Cli.Result missing = Cli.run("simulate", "--state", "MO");
    assertThat(missing.code()).isEqualTo(2);
  }
}
