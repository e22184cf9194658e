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
  void drawsAProgressBarOnStandardErrorOnlyOnATerminalOrWithProgress() {
    Cli.Result r = Cli.run("simulate", "--state", "MO", "--disputes", "1000", "--seed", "1", "--progress");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.err()).contains("disputes");
    Cli.Result quiet = Cli.run("simulate", "--state", "MO", "--disputes", "1000", "--seed", "1");
    assertThat(quiet.code()).isEqualTo(0);
    assertThat(quiet.err()).as("standard error is not a terminal here").isEmpty();
  }

  @Test
  void aPopulationNearLongMaxValueIsRefusedNotReportedAsZeros() {
    for (String n : new String[] {"9223372036854775000", "9223372036854775807", "1000000001"}) {
      Cli.Result r = Cli.run("simulate", "--state", "MO", "--disputes", n, "--seed", "1", "--no-progress");
      assertThat(r.code()).as(n).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("--disputes was " + n + "; allowed: 1 to 1,000,000,000", "overflow");
    }
    Cli.Result threads = Cli.run("simulate", "--state", "MO", "--disputes", "10", "--seed", "1", "--threads", "0");
    assertThat(threads.code()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads was 0");
  }

  @Test
  void aCsvPathThatCannotBeOpenedIsBadInputBeforeTheRun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    Cli.Result dir = Cli.run("simulate", "--state", "MO", "--disputes", "10", "--seed", "1", "--csv", tmp.toString());
    assertThat(dir.code()).isEqualTo(2);
    assertThat(dir.err()).contains("--csv " + tmp + ": is a directory");
    assertThat(dir.out()).isEmpty();
    String missing = tmp.resolve("no/such/folder/x.csv").toString();
    Cli.Result none = Cli.run("simulate", "--state", "MO", "--disputes", "10", "--seed", "1", "--csv", missing);
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("--csv " + missing + ": cannot be opened for writing: the folder", "does not exist");
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
