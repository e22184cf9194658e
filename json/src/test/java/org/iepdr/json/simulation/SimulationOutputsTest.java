package org.iepdr.json.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.core.simulation.SimulationReport;
import org.iepdr.core.simulation.SimulationRun;
import org.iepdr.core.simulation.Simulator;
import org.iepdr.core.simulation.Sweep;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CSV records and the JSON document of a simulation: the version column, every header member, every cell. */
class SimulationOutputsTest {

  static final Simulator MS = Simulator.load("MS");

  static SimulationRun.Builder run() {
    ParameterFile f = ParameterFile.bundled("MS");
    return SimulationRun.builder().disputes(200).seed(11).threads(1).parameters(f.parameters())
        .uncertainty(f.uncertainty());
  }

  static String version() {
    return SimulationOutputs.libraryVersion();
  }

  static String fingerprint() {
    return RuleSetFingerprint.of(MS.baseline());
  }

  @Test
  void theVersionIsTheBuiltOne() {
    assertThat(version()).matches("\\d+\\.\\d+\\.\\d+.*").isNotEqualTo("unknown").doesNotContain("${");
  }

  @Test
  void theHeaderPutsTheVersionAndTheFingerprintAfterDisputes() {
    assertThat(SimulationOutputs.CSV_HEADER.subList(0, 6))
        .containsExactly("state", "seed", "disputes", "library_version", "rule_set_fingerprint", "parameters_hash");
    assertThat(SimulationOutputs.CSV_HEADER).hasSize(SimulationReport.CSV_HEADER.size() + 2);
    assertThat(SimulationOutputs.SWEEP_CSV_HEADER.subList(0, 7)).containsExactly("sweep_parameter", "sweep_value",
        "state", "seed", "disputes", "library_version", "rule_set_fingerprint");
    assertThat(SimulationOutputs.SWEEP_CSV_HEADER).hasSize(SimulationReport.CSV_HEADER.size() + 4);
  }

  @Test
  void everyCsvRecordIsTheReportsWithTheVersionInserted() {
    SimulationReport report = MS.run(run().build());
    List<String[]> plain = report.toCsvRecords();
    List<String[]> rows = SimulationOutputs.csvRecords(report, MS.baseline());
    assertThat(rows).hasSameSizeAs(plain).isNotEmpty();
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      String[] p = plain.get(i);
      assertThat(r).hasSize(SimulationOutputs.CSV_HEADER.size());
      assertThat(Arrays.copyOfRange(r, 0, 3)).containsExactly(Arrays.copyOfRange(p, 0, 3));
      assertThat(r[3]).isEqualTo(version());
      assertThat(r[4]).isEqualTo(fingerprint());
      assertThat(Arrays.copyOfRange(r, 5, r.length)).containsExactly(Arrays.copyOfRange(p, 3, p.length));
    }
    assertThat(rows.get(0)[0]).isEqualTo("MS");
    assertThat(rows.get(0)[1]).isEqualTo("11");
    assertThat(rows.get(0)[2]).isEqualTo("200");
  }

  @Test
  void everySweepRecordIsTheSweepsWithTheVersionInserted() {
    Sweep.Result curve = MS.sweep(run().disputes(50).build(), Sweep.parse("processes.MEDIATION.resolved=0.5:0.6:0.1"),
        done -> { });
    List<String[]> plain = curve.toCsvRecords();
    List<String[]> rows = SimulationOutputs.sweepCsvRecords(curve, MS.baseline());
    assertThat(rows).hasSameSizeAs(plain).isNotEmpty();
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      String[] p = plain.get(i);
      assertThat(r).hasSize(SimulationOutputs.SWEEP_CSV_HEADER.size());
      assertThat(Arrays.copyOfRange(r, 0, 5)).containsExactly(Arrays.copyOfRange(p, 0, 5));
      assertThat(r[5]).isEqualTo(version());
      assertThat(r[6]).isEqualTo(fingerprint());
      assertThat(Arrays.copyOfRange(r, 7, r.length)).containsExactly(Arrays.copyOfRange(p, 5, p.length));
    }
    assertThat(rows.get(0)[0]).isEqualTo("processes.MEDIATION.resolved");
    assertThat(rows.get(rows.size() - 1)[1]).isEqualTo("0.6");
  }

  @Test
  void theJsonDocumentHasTheRunInItsHeaderAndEveryCellTyped() throws Exception {
    SimulationReport report = MS.run(run().build());
    StringWriter w = new StringWriter();
    SimulationOutputs.writeJson(report, MS.baseline(), w);
    w.write("|still open");
    assertThat(w.toString()).endsWith("}|still open");
    JsonNode root = JsonMapper.builder().build().readTree(w.toString().replace("|still open", ""));
    assertThat(root.get("format").asString()).isEqualTo("iepdr-simulation-results/1");
    assertThat(root.get("state").asString()).isEqualTo("MS");
    assertThat(root.get("seed").asLong()).isEqualTo(11);
    assertThat(root.get("disputes").asLong()).isEqualTo(200);
    assertThat(root.get("schemaVersion").asString()).isEqualTo("2.1");
    assertThat(root.get("libraryVersion").asString()).isEqualTo(version());
    assertThat(root.get("ruleSetFingerprint").asString()).isEqualTo(fingerprint());
    assertThat(root.has("library_version")).isFalse();
    assertThat(root.get("parameters").asString()).isEqualTo(report.parameters());
    assertThat(root.get("parameters_hash").asString()).isEqualTo(report.parametersHash());
    assertThat(root.get("replicates").asInt()).isZero();
    assertThat(root.get("intervals").get("lower_noise/upper_noise").asString())
        .isEqualTo("95% interval from simulation noise alone");
    assertThat(root.get("intervals").get("lower_with_parameters/upper_with_parameters").asString())
        .isEqualTo("off (null): parameter uncertainty was not drawn");
    List<String[]> rows = report.toCsvRecords();
    JsonNode results = root.get("results");
    assertThat(results.size()).isEqualTo(rows.size());
    int first = SimulationReport.CSV_HEADER.indexOf("model");
    boolean sawNull = false;
    boolean sawNumber = false;
    for (int i = 0; i < rows.size(); i++) {
      JsonNode o = results.get(i);
      String[] r = rows.get(i);
      assertThat(o.size()).isEqualTo(r.length - first);
      assertThat(o.has("state")).isFalse();
      for (int c = first; c < r.length; c++) {
        String name = SimulationReport.CSV_HEADER.get(c);
        JsonNode v = o.get(name);
        if (r[c].isEmpty()) {
          assertThat(v.isNull()).as(name).isTrue();
          sawNull = true;
        } else if (List.of("model", "process", "metric", "note").contains(name)) {
          assertThat(v.isString()).as(name).isTrue();
          assertThat(v.asString()).isEqualTo(r[c]);
        } else {
          assertThat(v.isNumber()).as(name).isTrue();
          assertThat(v.decimalValue()).isEqualByComparingTo(new java.math.BigDecimal(r[c]));
          sawNumber = true;
        }
      }
    }
    assertThat(sawNull).isTrue();
    assertThat(sawNumber).isTrue();
  }

  @Test
  void withParameterDrawsTheJsonSaysHowManyReplicates() {
    SimulationReport report = MS.run(run().disputes(40).replicates(3).build());
    StringWriter w = new StringWriter();
    SimulationOutputs.writeJson(report, MS.baseline(), w);
    JsonNode root = JsonMapper.builder().build().readTree(w.toString());
    assertThat(root.get("replicates").asInt()).isEqualTo(3);
    assertThat(root.get("intervals").get("lower_with_parameters/upper_with_parameters").asString())
        .isEqualTo("95% interval including parameter uncertainty: 2.5th and 97.5th percentiles of 3 replicates with"
            + " drawn parameters");
  }
}
