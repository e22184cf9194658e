package org.iepdr.json.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.core.simulation.Section618Comparison;
import org.iepdr.core.simulation.SimulationReport;
import org.iepdr.json.output.JsonOutput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulation's results as researchers use them: CSV records and a JSON document with the state, seed,
 * number of disputes, library version and parameters hash on every row (CSV) or in the header (JSON), and
 * both 95% intervals named for what they include. The columns are documented in
 * {@code docs/simulation-outputs.md}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SimulationOutputs {

  /** The value of the {@code format} member of the JSON document. */
  public static final String JSON_FORMAT = "iepdr-simulation-results/1";

  /**
   * The CSV header: {@link SimulationReport#CSV_HEADER} with {@code library_version} and
   * {@code rule_set_fingerprint} after {@code disputes}.
   */
  public static final List<String> CSV_HEADER;

  private static final int VERSION_AT = SimulationReport.CSV_HEADER.indexOf("disputes") + 1;

  static {
    List<String> h = new ArrayList<>(SimulationReport.CSV_HEADER);
    h.add(VERSION_AT, "library_version");
    h.add(VERSION_AT + 1, "rule_set_fingerprint");
    CSV_HEADER = List.copyOf(h);
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private SimulationOutputs() {}

  /**
   * Returns the library's version, as built (e.g. {@code 0.2.0-SNAPSHOT}).
   *
   * @return the version
   */
  public static String libraryVersion() {
    return RuleSetFingerprint.libraryVersion();
  }

  /**
   * Returns the CSV records, with the columns of {@link #CSV_HEADER}.
   *
   * @param report the report
   * @param baseline the jurisdiction whose rules the baseline ran (its {@link RuleSetFingerprint})
   * @return the records
   */
  public static List<String[]> csvRecords(SimulationReport report, Jurisdiction baseline) {
    Objects.requireNonNull(report, "report");
    return withRun(report.toCsvRecords(), VERSION_AT, baseline);
  }

  /** Inserts the library version and the rule-set fingerprint into each row at a column. */
  private static List<String[]> withRun(List<String[]> rows, int at, Jurisdiction baseline) {
    String version = libraryVersion();
    String fingerprint = RuleSetFingerprint.of(Objects.requireNonNull(baseline, "baseline"));
    List<String[]> out = new ArrayList<>(rows.size());
    for (String[] r : rows) {
      String[] row = new String[r.length + 2];
      System.arraycopy(r, 0, row, 0, at);
      row[at] = version;
      row[at + 1] = fingerprint;
      System.arraycopy(r, at, row, at + 2, r.length - at);
      out.add(row);
    }
    return out;
  }

  /**
   * The CSV header of a sweep: {@code sweep_parameter}, {@code sweep_value}, then {@link #CSV_HEADER}.
   */
  public static final List<String> SWEEP_CSV_HEADER;

  static {
    List<String> h = new ArrayList<>(List.of("sweep_parameter", "sweep_value"));
    h.addAll(CSV_HEADER);
    SWEEP_CSV_HEADER = List.copyOf(h);
  }

  /**
   * Returns a sweep's CSV records, with the columns of {@link #SWEEP_CSV_HEADER}.
   *
   * @param result the sweep
   * @param baseline the jurisdiction whose rules the baseline ran (its {@link RuleSetFingerprint})
   * @return the records
   */
  public static List<String[]> sweepCsvRecords(org.iepdr.core.simulation.Sweep.Result result,
      Jurisdiction baseline) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(baseline, "baseline");
    return withRun(result.toCsvRecords(), VERSION_AT + 2, baseline);
  }

  /**
   * Writes the results as a JSON document ({@code docs/schemas/simulation.schema.json}): the header every
   * output of the library has ({@code schemaVersion}, {@code libraryVersion}, {@code ruleSetFingerprint}
   * of the baseline's rules), the run ({@code format}, {@code state}, {@code seed}, {@code disputes},
   * {@code parameters}, {@code parameters_hash}, {@code replicates}, {@code intervals} saying which
   * interval is which) and one object per estimate in {@code results}, with the CSV's result columns
   * (numbers as numbers, empty cells as null).
   *
   * @param report the report
   * @param baseline the jurisdiction whose rules the baseline ran
   * @param out where to write (not closed)
   */
  public static void writeJson(SimulationReport report, Jurisdiction baseline, Writer out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", JsonOutput.SCHEMA_VERSION);
    root.put("libraryVersion", libraryVersion());
    root.put("ruleSetFingerprint", RuleSetFingerprint.of(Objects.requireNonNull(baseline, "baseline")));
    root.put("format", JSON_FORMAT);
    root.put("state", report.jurisdiction());
    root.put("seed", report.seed());
    root.put("disputes", report.disputes());
    root.put("parameters", report.parameters());
    root.put("parameters_hash", report.parametersHash());
    root.put("replicates", report.replicates());
    ObjectNode intervals = root.putObject("intervals");
    intervals.put("lower_noise/upper_noise", "95% interval from simulation noise alone");
    intervals.put("lower_with_parameters/upper_with_parameters", report.replicates() == 0
        ? "off (null): parameter uncertainty was not drawn"
        : "95% interval including parameter uncertainty: 2.5th and 97.5th percentiles of " + report.replicates()
            + " replicates with drawn parameters");
    ArrayNode results = root.putArray("results");
    int first = SimulationReport.CSV_HEADER.indexOf("model");
    for (String[] r : report.toCsvRecords()) {
      ObjectNode o = results.addObject();
      for (int c = first; c < r.length; c++) {
        String name = SimulationReport.CSV_HEADER.get(c);
        String v = r[c];
        if (v.isEmpty()) {
          o.putNull(name);
        } else if (name.equals("model") || name.equals("process") || name.equals("metric") || name.equals("note")) {
          o.put(name, v);
        } else {
          o.put(name, new BigDecimal(v));
        }
      }
    }
    try {
      MAPPER.writeValue(out, root);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write the JSON results: " + e.getOriginalMessage(), e));
    }
  }

  /** The value of the {@code format} member of a Section 618 calibration's JSON document. */
  public static final String CALIBRATION_JSON_FORMAT = "iepdr-section-618-calibration-results/1";

  /**
   * The CSV header of a Section 618 calibration: {@link Section618Comparison#CSV_HEADER} with
   * {@code library_version} and {@code rule_set_fingerprint} after {@code disputes}.
   */
  public static final List<String> CALIBRATION_CSV_HEADER;

  private static final int CALIBRATION_VERSION_AT = Section618Comparison.CSV_HEADER.indexOf("disputes") + 1;

  static {
    List<String> h = new ArrayList<>(Section618Comparison.CSV_HEADER);
    h.add(CALIBRATION_VERSION_AT, "library_version");
    h.add(CALIBRATION_VERSION_AT + 1, "rule_set_fingerprint");
    CALIBRATION_CSV_HEADER = List.copyOf(h);
  }

  /**
   * Returns a Section 618 calibration's CSV records, with the columns of {@link #CALIBRATION_CSV_HEADER}.
   *
   * @param comparison the comparison
   * @param baseline the jurisdiction whose rules the baseline ran
   * @return the records
   */
  public static List<String[]> calibrationCsvRecords(Section618Comparison comparison, Jurisdiction baseline) {
    Objects.requireNonNull(comparison, "comparison");
    return withRun(comparison.toCsvRecords(), CALIBRATION_VERSION_AT, baseline);
  }

  /**
   * Writes a Section 618 calibration as JSON: the header every output of the library has, the run
   * ({@code format}, {@code state}, {@code seed}, {@code disputes}, {@code parameters},
   * {@code parameters_hash}, {@code replicates}, {@code intervals}), the published figures'
   * {@code published_name} and {@code published_source}, the simulated report's {@code reporting_year} and
   * {@code status_date}, and {@code rows}: one object per CSV row, with the CSV's row columns (numbers as
   * numbers, answers as booleans, empty cells as null).
   *
   * @param comparison the comparison
   * @param baseline the jurisdiction whose rules the baseline ran
   * @param out where to write (not closed)
   */
  public static void writeCalibrationJson(Section618Comparison comparison, Jurisdiction baseline, Writer out) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(out, "out");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", JsonOutput.SCHEMA_VERSION);
    root.put("libraryVersion", libraryVersion());
    root.put("ruleSetFingerprint", RuleSetFingerprint.of(baseline));
    root.put("format", CALIBRATION_JSON_FORMAT);
    root.put("state", comparison.state());
    root.put("seed", comparison.seed());
    root.put("disputes", comparison.disputes());
    root.put("parameters", comparison.parameters());
    root.put("parameters_hash", comparison.parametersHash());
    root.put("replicates", comparison.replicates());
    ObjectNode intervals = root.putObject("intervals");
    intervals.put("lower_noise/upper_noise", "95% interval from simulation noise alone (Wilson, simulated counts)");
    intervals.put("lower_with_parameters/upper_with_parameters", comparison.replicates() == 0
        ? "off (null): parameter uncertainty was not drawn"
        : "95% interval including parameter uncertainty: 2.5th and 97.5th percentiles of " + comparison.replicates()
            + " replicates with drawn parameters");
    intervals.put("published_lower/published_upper", "95% Wilson interval of the published share, when its"
        + " denominator is published");
    root.put("published_name", comparison.published().name());
    root.put("published_source", comparison.published().source());
    root.put("reporting_year", comparison.simulated().year().toString());
    root.put("status_date", comparison.simulated().statusDate().toString());
    ArrayNode rows = root.putArray("rows");
    int first = Section618Comparison.CSV_HEADER.indexOf("row");
    Set<String> texts = Set.of("row", "id", "label", "note");
    for (String[] r : comparison.toCsvRecords()) {
      ObjectNode o = rows.addObject();
      for (int c = first; c < r.length; c++) {
        String name = Section618Comparison.CSV_HEADER.get(c);
        String v = r[c];
        if (v.isEmpty()) {
          o.putNull(name);
        } else if (texts.contains(name)) {
          o.put(name, v);
        } else if (v.equals("true") || v.equals("false")) {
          o.put(name, Boolean.parseBoolean(v));
        } else {
          o.put(name, new BigDecimal(v));
        }
      }
    }
    try {
      MAPPER.writeValue(out, root);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write the JSON results: " + e.getOriginalMessage(), e));
    }
  }
}
