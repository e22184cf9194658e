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
    assertThat(lines.get(0)).isEqualTo(String.join(",", org.iepdr.json.simulation.SimulationOutputs.CSV_HEADER));
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

  @Test
  void theAcceptanceRunPrintsTheSameBytesTwiceAndOnOneAndTwoThreads() {
    String[] args = {"simulate", "--state", "MS", "--disputes", "50000", "--seed", "9", "--no-progress"};
    String a = Cli.run(args).out();
    assertThat(Cli.run(args).out()).isEqualTo(a);
    assertThat(Cli.run(concat(args, "--threads", "1")).out()).isEqualTo(a);
    assertThat(Cli.run(concat(args, "--threads", "2")).out()).isEqualTo(a);
    assertThat(a).startsWith("MS: 50,000 simulated disputes, seed 9, parameters: Mississippi defaults (hash ")
        .contains("intervals: [a-b] 95% from simulation noise alone (parameter uncertainty off)");
  }

  @Test
  void showParametersPrintsEveryValueWithItsEvidenceAndSources() {
    Cli.Result r = Cli.run("simulate", "--state", "MS", "--show-parameters");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("processes.STATE_COMPLAINT.held = 0.606557\n    evidence: count 37 of 61;"
        + " uncertainty: Beta(38, 25)\n    source: mde-2015-16")
        .contains("processes.MEDIATION.resolved = 0.84\n    evidence: stated, range 0.84 to 0.95;"
            + " uncertainty: uniform 0.84 to 0.95 (stated range)")
        .contains("sources:\n  mde-2015-16: Mississippi Department of Education");
  }

  @Test
  void aParametersFileOverridesAValueAndBadValuesAreExitCode2WithTheirPathAndRange(@TempDir Path dir)
      throws IOException {
    Path good = dir.resolve("good.json");
    Files.writeString(good, "{\"format\": \"iepdr-simulation-parameters/1\", \"processes\": {\"MEDIATION\":"
        + " {\"resolved\": 0.5}}}", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("simulate", "--state", "MS", "--disputes", "20000", "--seed", "3", "--no-progress",
        "--parameters", good.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("parameters: Mississippi defaults with good.json").containsPattern(
        "MEDIATION +\\S+% \\[[^]]+\\] +\\S+% \\[[^]]+\\] +(4\\d|5\\d)\\.\\d%");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"iepdr-simulation-parameters/1\", \"processes\": {\"MEDIATION\":"
        + " {\"escalateAfterNot\": 2}}}", StandardCharsets.UTF_8);
    Cli.Result b = Cli.run("simulate", "--state", "MS", "--disputes", "10", "--seed", "3", "--parameters",
        bad.toString());
    assertThat(b.code()).isEqualTo(2);
    assertThat(b.err()).contains("field 'bad.json: processes.MEDIATION.escalateAfterNot' was 2; allowed: a probability"
        + " from 0 to 1");
    Cli.Result missing = Cli.run("simulate", "--state", "MS", "--disputes", "10", "--seed", "3", "--parameters",
        dir.resolve("none.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    Cli.Result noSeed = Cli.run("simulate", "--state", "MS", "--disputes", "10");
    assertThat(noSeed.code()).isEqualTo(2);
    assertThat(noSeed.err()).contains("--disputes and --seed are required");
  }

  @Test
  void parameterDrawsReportBothIntervalsInTheSummaryTheCsvAndTheJson(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("out.csv");
    Path json = dir.resolve("out.json");
    Cli.Result r = Cli.run("simulate", "--state", "MO", "--disputes", "5000", "--seed", "4", "--no-progress",
        "--parameter-draws", "20", "--csv", csv.toString(), "--json", json.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("{a-b} 95% including parameter uncertainty (20 parameter draws of 5,000 disputes"
        + " each)");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("state,seed,disputes,library_version,rule_set_fingerprint,parameters_hash,replicates,model,process,"
        + "metric,estimate,lower_noise,upper_noise,lower_with_parameters,upper_with_parameters,count,total,note");
    assertThat(lines.get(1)).matches("MO,4,5000,0\\.2\\.0-SNAPSHOT,[0-9a-f]{64},[0-9a-f]{16},20,baseline,FACILITATED_IEP,reached,"
        + "[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,\\d+,5000,");
    String j = Files.readString(json, StandardCharsets.UTF_8);
    assertThat(j).startsWith("{\n  \"schemaVersion\" : \"2.1\",\n  \"libraryVersion\" : \"0.2.0-SNAPSHOT\",\n"
        + "  \"ruleSetFingerprint\" : \"" + org.iepdr.core.rules.RuleSetFingerprint.of(Cli.BOOK.jurisdiction("MO"))
        + "\",\n  \"format\" : \"iepdr-simulation-results/1\",\n  \"state\" : \"MO\",\n"
        + "  \"seed\" : 4,\n  \"disputes\" : 5000,\n"
        + "  \"parameters\" : \"Missouri defaults\",\n  \"parameters_hash\" : \"")
        .contains("\"replicates\" : 20,\n  \"intervals\" : {\n"
            + "    \"lower_noise/upper_noise\" : \"95% interval from simulation noise alone\",\n"
            + "    \"lower_with_parameters/upper_with_parameters\" : \"95% interval including parameter uncertainty:"
            + " 2.5th and 97.5th percentiles of 20 replicates with drawn parameters\"\n  },\n  \"results\" : [ {\n"
            + "    \"model\" : \"baseline\",\n    \"process\" : \"FACILITATED_IEP\",\n    \"metric\" : \"reached\",");
  }

  @Test
  void aReformNamingARuleTheStateDoesNotHaveIsExitCode2NamingTheRuleAndTheState() {
    Cli.Result r = Cli.run("simulate", "--state", "MS", "--disputes", "100", "--seed", "1", "--reform",
        "mediation-attorneys");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("field 'reform 'mediation-attorneys' rule' was MO.MEDIATION.NO_ATTORNEYS; allowed:"
        + " rules MS has: MS does not have MO.MEDIATION.NO_ATTORNEYS (the reform changes rules of MO only)");
    assertThat(Cli.run("simulate", "--state", "MS", "--disputes", "100", "--seed", "1", "--no-progress", "--reform",
        "fiep-lead-time-5", "--reform", "no-facilitation").code()).isEqualTo(0);
  }

  @Test
  void aReformFileIsRunAndItsRulesAreChecked(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("short-lead.json");
    Files.writeString(file, "{\"format\": \"iepdr-reform/1\", \"name\": \"fiep-lead-time-2\", \"description\":"
        + " \"a 2-day lead time\", \"rules\": [{\"state\": \"MO\", \"replace\": \"MO.FIEP.LEAD_TIME\", \"with\":"
        + " {\"rule\": \"minimum-lead-time\", \"act\": \"FACILITATED_IEP_MEETING\", \"amount\": 2, \"unit\":"
        + " \"CALENDAR\"}}], \"parameters\": {\"processes.FACILITATED_IEP.held\": 0.95}}", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("simulate", "--state", "MO", "--disputes", "5000", "--seed", "1", "--no-progress", "--reform",
        file.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("[fiep-lead-time-2 vs baseline, same disputes and random numbers]");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"iepdr-reform/1\", \"name\": \"x\", \"description\": \"d\","
        + " \"rules\": [{\"state\": \"MO\", \"remove\": \"MO.NO_SUCH_RULE\"}]}", StandardCharsets.UTF_8);
    Cli.Result b = Cli.run("simulate", "--state", "MO", "--disputes", "10", "--seed", "1", "--reform", bad.toString());
    assertThat(b.code()).isEqualTo(2);
    assertThat(b.err()).contains("was MO.NO_SUCH_RULE; allowed: a rule MO has: MO does not have MO.NO_SUCH_RULE");
  }

  @Test
  void aSweepPrintsTheResponseCurveAndWritesEveryPoint(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("sweep.csv");
    Cli.Result r = Cli.run("simulate", "--state", "MS", "--disputes", "5000", "--seed", "9", "--no-progress",
        "--sweep", "processes.MEDIATION.resolved=0.5:0.9:0.2", "--reform", "no-facilitation", "--csv", csv.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).startsWith("MS: sweep of processes.MEDIATION.resolved from 0.5 to 0.9 by 0.2 (3 points),"
        + " 5,000 disputes each, seed 9").contains("\n0.7          no-facilitation ");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("sweep_parameter,sweep_value,state,seed,disputes,library_version,rule_set_fingerprint,");
    assertThat(lines.get(lines.size() - 1)).startsWith("processes.MEDIATION.resolved,0.9,MS,9,5000,");
    Cli.Result bad = Cli.run("simulate", "--state", "MS", "--disputes", "10", "--seed", "9", "--sweep",
        "processes.MEDIATION.resolved=0.5:1.5:0.5");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("field 'processes.MEDIATION.resolved' was 1.5; allowed: a probability from 0 to 1");
  }

  @Test
  void theReportHasItsFilesAndTheChartsTheExpectedSeries(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report");
    Cli.Result r = Cli.run("simulate", "--state", "MO", "--disputes", "5000", "--seed", "2", "--no-progress",
        "--reform", "no-facilitation", "--parameter-draws", "5", "--report", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    for (String f : List.of("index.html", "days-to-resolution.svg", "days-to-resolution.png", "days-to-resolution.csv",
        "processes-baseline.svg", "processes-no-facilitation.png", "reforms-resolved.svg", "reforms-resolved.png",
        "reforms-resolved.csv")) {
      assertThat(out.resolve(f)).as(f).isNotEmptyFile();
    }
    assertThat(Files.readString(out.resolve("days-to-resolution.svg"), StandardCharsets.UTF_8)).contains("<svg");
    byte[] png = Files.readAllBytes(out.resolve("reforms-resolved.png"));
    assertThat(java.util.Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
    assertThat(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8))
        .contains("<img src=\"reforms-resolved.svg\"").contains("95% including parameter uncertainty (5 parameter"
            + " draws)");
    var report = org.iepdr.core.simulation.Simulator.load("MO").run(org.iepdr.core.simulation.SimulationRun.builder()
        .disputes(2000).seed(1).build());
    var series = SimulationCharts.series(SimulationCharts.figures(report));
    assertThat(series.get("processes-baseline")).containsExactly("resolved", "held, not resolved", "reached, not held");
    assertThat(series.get("reforms-resolved")).containsExactly("resolved", "95% lower, noise alone",
        "95% upper, noise alone");
    assertThat(series.get("days-to-resolution")).containsExactly("baseline");
    List<String> csv = Files.readAllLines(out.resolve("reforms-resolved.csv"), StandardCharsets.UTF_8);
    assertThat(csv.get(0)).isEqualTo("model,resolved,lower_noise,upper_noise,lower_with_parameters,"
        + "upper_with_parameters");
    assertThat(csv).hasSize(3);
  }

  @Test
  void section618PrintsTheSimulatedTableBesideThePublishedOneAndWritesCsvAndJson(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("ms-618.csv");
    Path json = dir.resolve("ms-618.json");
    String[] args = {"simulate", "--state", "MS", "--disputes", "600", "--seed", "9", "--no-progress", "--section-618"};
    Cli.Result r = Cli.run(concat(args, "--csv", csv.toString(), "--json", json.toString()));
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).startsWith("MS: Section 618 dispute-resolution table of a simulated year, 600 disputes,"
        + " seed 9, parameters: Mississippi defaults (hash ")
        .contains("reporting year 2026-27, status on 2027-06-30", "published: Mississippi 2015-16; source: Mississippi"
            + " Department of Education", "mdek12.org", "intervals: [a-b] 95% from simulation noise alone (parameter"
            + " uncertainty off)")
        .containsPattern("\\n1\\.1\\.a +Reports with findings of noncompliance +[0-9,]+ +[0-9.]+ +25\\n")
        .containsPattern("\\nB16 +mediations held that reached agreements .* 100\\.0% \\(10/10\\) ");
    assertThat(Cli.run(concat(args, "--threads", "1")).out()).isEqualTo(Cli.run(concat(args, "--threads", "2")).out());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("state,seed,disputes,library_version,rule_set_fingerprint,parameters_hash,"
        + "replicates,published_source,row,id,label,simulated_count,simulated_total,simulated,lower_noise,upper_noise,"
        + "lower_with_parameters,upper_with_parameters,published_count,published_total,published,published_lower,"
        + "published_upper,difference,published_in_noise_interval,published_in_parameter_interval,"
        + "simulated_in_published_interval,note");
    assertThat(lines).anyMatch(l -> l.startsWith("MS,9,600,") && l.contains(",Mississippi 2015-16,check,B15,"));
    String j = Files.readString(json, StandardCharsets.UTF_8);
    assertThat(j).contains("\"format\" : \"iepdr-section-618-calibration-results/1\"", "\"published_name\" :"
        + " \"Mississippi 2015-16\"", "\"reporting_year\" : \"2026-27\"", "\"id\" : \"B16\"");
    Cli.Result mo = Cli.run("simulate", "--state", "MO", "--disputes", "300", "--seed", "1", "--no-progress",
        "--section-618");
    assertThat(mo.code()).as(mo.err()).isEqualTo(0);
    assertThat(mo.out()).contains("published: national figures (CADRE's summaries, as restated)",
        "69.0% (no denominator)", "restatement (a), not a quotation");
    Cli.Result bad = Cli.run("simulate", "--state", "MS", "--disputes", "10", "--seed", "9", "--section-618",
        "--reform", "no-facilitation");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--section-618 was given with --reform; allowed: --section-618 counts the"
        + " baseline only");
    Path file = dir.resolve("mine.json");
    Files.writeString(file, "{\"format\": \"iepdr-section-618-calibration/1\", \"name\": \"n\", \"state\": \"MS\","
        + " \"source\": \"s\", \"table\": {\"9.9\": 1}, \"checks\": []}", StandardCharsets.UTF_8);
    Cli.Result badFile = Cli.run("simulate", "--state", "MS", "--disputes", "10", "--seed", "9", "--section-618",
        "--calibration", file.toString());
    assertThat(badFile.code()).isEqualTo(2);
    assertThat(badFile.err()).contains("mine.json: table.9.9' was '9.9'; allowed: an element code");
  }

  @Test
  void aLeadTimeSweepOfAReformRunsAndItsReportHasBothCurves(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report");
    Cli.Result r = Cli.run("simulate", "--state", "MO", "--disputes", "3000", "--seed", "9", "--no-progress",
        "--reform", "fiep-lead-time-5", "--sweep", "reform.fiep-lead-time-5.lead-time=0:20:10", "--report",
        out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).startsWith("MO: sweep of reform.fiep-lead-time-5.lead-time from 0 to 20 by 10 (3 points)")
        .contains("reached due process", "\n20           fiep-lead-time-5 ");
    for (String f : List.of("sweep-resolved.svg", "sweep-resolved.png", "sweep-resolved.csv", "sweep-days.svg",
        "sweep-days.png", "sweep-days.csv")) {
      assertThat(out.resolve(f)).as(f).isNotEmptyFile();
    }
    List<String> days = Files.readAllLines(out.resolve("sweep-days.csv"), StandardCharsets.UTF_8);
    assertThat(days.get(0)).isEqualTo("value,model,median_days,lower_noise,upper_noise,lower_with_parameters,"
        + "upper_with_parameters");
    assertThat(days).hasSize(7);
    Cli.Result none = Cli.run("simulate", "--state", "MO", "--disputes", "10", "--seed", "9", "--sweep",
        "reform.fiep-lead-time-5.lead-time=0:20:10");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("was 'reform.fiep-lead-time-5.lead-time'; allowed: a reform of the run: none given");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
