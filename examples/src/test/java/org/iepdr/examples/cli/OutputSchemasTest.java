package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.casefile.CaseFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every JSON output of the tool, on every bundled case, passes its schema under docs/schemas/, carries
 * schemaVersion, libraryVersion and the rule-set fingerprint, and has no sentinel date.
 */
class OutputSchemasTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SCHEMAS = Path.of("../docs/schemas");

  static Schema schema(String name) {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Files.readString(SCHEMAS.resolve(name)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static final Schema EVALUATION = schema("evaluation.schema.json");
  static final Schema PLAN = schema("plan.schema.json");
  static final Schema BATCH_LINE = schema("batch-line.schema.json");
  static final Schema CATALOGUE = schema("rule-catalogue.schema.json");
  static final Schema SIMULATION = schema("simulation.schema.json");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("cases"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static void assertValid(Schema schema, String json, String what) {
    assertThat(schema.validate(json, InputFormat.JSON)).as(what + ":\n" + json).isEmpty();
    assertThat(json).as(what).doesNotContain("999999999");
  }

  static void assertHeader(JsonNode n, String jurisdiction) {
    assertThat(n.get("schemaVersion").asString()).isEqualTo("2.1");
    assertThat(n.get("libraryVersion").asString()).isEqualTo(RuleSetFingerprint.libraryVersion());
    if (jurisdiction != null) {
      assertThat(n.get("ruleSetFingerprint").asString())
          .isEqualTo(RuleSetFingerprint.of(Cli.BOOK.jurisdiction(jurisdiction)));
    }
  }

  static List<String> checkArgs(Path file, String... more) {
    List<String> args = new ArrayList<>(List.of("check", file.toString()));
    Path calendar = file.resolveSibling(file.getFileName().toString().replace(".json", ".school-calendar.txt"));
    if (Files.exists(calendar)) {
      args.add("--school-calendar");
      args.add(calendar.toString());
    }
    args.addAll(List.of(more));
    return args;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theEvaluationOfEveryBundledCasePassesItsSchema(Path file) {
    Cli.Result r = Cli.run(checkArgs(file, "--format", "json").toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertValid(EVALUATION, r.out(), file.toString());
    JsonNode n = JSON.readTree(r.out());
    assertHeader(n, n.get("jurisdiction").asString());
    // in Spanish too: the same keys and facts, the messages in Spanish
    Cli.Result es = Cli.run(checkArgs(file, "--format", "json", "--lang", "es").toArray(String[]::new));
    assertValid(EVALUATION, es.out(), file + " --lang es");
    JsonNode m = JSON.readTree(es.out());
    assertThat(m.get("language").asString()).isEqualTo("es");
    assertThat(m.get("findings").size()).isEqualTo(n.get("findings").size());
    for (int i = 0; i < n.get("findings").size(); i++) {
      assertThat(m.get("findings").get(i).get("key")).isEqualTo(n.get("findings").get(i).get("key"));
      assertThat(m.get("findings").get(i).get("facts")).isEqualTo(n.get("findings").get(i).get("facts"));
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void thePlansOfEveryActFromEveryBundledCasesAsOfDatePassTheirSchema(Path file) {
    CaseFile cf = CaseFileReader.forRuleBook(Cli.BOOK).read(file);
    String state = cf.aCase().state();
    String trigger = cf.asOf().orElseThrow().toString();
    Path calendar = file.resolveSibling(file.getFileName().toString().replace(".json", ".school-calendar.txt"));
    int planned = 0;
    for (ProposedAct act : ProposedAct.values()) {
      List<String> args = new ArrayList<>(List.of("plan", "--state", state, act.name(), "--trigger", trigger,
          "--format", "json"));
      if (Files.exists(calendar)) {
        args.addAll(List.of("--school-calendar", calendar.toString()));
      }
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      if (r.code() == 2) {
        continue; // an expedited act without a school calendar: not applicable
      }
      planned++;
      assertValid(PLAN, r.out(), file + " " + act);
      assertHeader(JSON.readTree(r.out()), state);
    }
    assertThat(planned).isPositive();
  }

  @Test
  void everyBatchLineOfTheBundledCasesAndOfBrokenLinesPassesItsSchema(@TempDir Path tmp) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path file : cases().toList()) {
      CaseFile cf = CaseFileReader.forRuleBook(Cli.BOOK).read(file);
      lines.add(new CaseFileWriter(Cli.BOOK.jurisdiction(cf.aCase().state()).zone()).toTree(cf.aCase(), cf.asOf()).toString());
    }
    String good = lines.get(0);
    lines.add(good.replace("\"district\"", "\"colour\":\"red\",\"district\""));
    lines.add(good.replace("\"state\":\"MO\"", "\"state\":\"ZZ\"").replace("\"state\":\"MS\"", "\"state\":\"ZZ\""));
    lines.add(good.substring(0, good.length() / 2));
    lines.add("[1, 2]");
    lines.add("{\"id\": \"no-rest\"}");
    Path in = tmp.resolve("cases.jsonl");
    Files.writeString(in, String.join("\n", lines) + "\n");
    Cli.Result r = Cli.run("batch", "--no-progress", in.toString());
    String[] out = r.out().split("\n");
    assertThat(out).hasSize(lines.size() + 1);
    for (String line : out) {
      assertValid(BATCH_LINE, line, line);
    }
    for (String line : Cli.run("batch", "--no-progress", "--lang", "es", in.toString()).out().split("\n")) {
      assertValid(BATCH_LINE, line, "--lang es: " + line);
    }
    for (int i = 0; i < lines.size(); i++) {
      JsonNode n = JSON.readTree(out[i]);
      assertThat(n.get("line").asInt()).isEqualTo(i + 1);
      assertHeader(n, n.has("jurisdiction") ? n.get("jurisdiction").asString() : null);
    }
    int bundled = lines.size() - 5;
    assertThat(JSON.readTree(out[bundled]).get("caseId").asString()).isNotBlank();
    JsonNode unknownState = JSON.readTree(out[bundled + 1]);
    assertThat(unknownState.get("caseId").asString()).isNotBlank();
    assertThat(unknownState.get("problems").get(0).get("path").asString()).isEqualTo("$.state");
    assertThat(unknownState.get("problems").get(0).get("message").asString()).contains("'ZZ' is not a jurisdiction");
    assertThat(JSON.readTree(out[bundled + 2]).get("caseId").asString()).as("an id before the break").isNotBlank();
    assertThat(JSON.readTree(out[bundled + 3]).has("caseId")).isFalse();
    assertThat(JSON.readTree(out[bundled + 4]).get("caseId").asString()).isEqualTo("no-rest");
    JsonNode finding = null;
    for (int i = 0; i < bundled && finding == null; i++) {
      JsonNode fs = JSON.readTree(out[i]).get("findings");
      finding = fs.isEmpty() ? null : fs.get(0);
    }
    assertThat(finding.get("citation").get("quote").asString()).isNotBlank();
    assertThat(finding.has("events")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "MO", "MS"})
  void theRuleCatalogueOfEveryJurisdictionPassesItsSchema(String state) {
    Cli.Result r = Cli.run("rules", "--state", state, "--format", "json");
    assertThat(r.code()).isZero();
    assertValid(CATALOGUE, r.out(), state);
    assertHeader(JSON.readTree(r.out()), state);
  }

  @Test
  void theSchemasRefuseASentinelDateAMissingHeaderAndAnUnknownField() throws IOException {
    Path file = cases().filter(p -> p.toString().contains("resolution-hearing")).findFirst().orElseThrow();
    String ok = Cli.run(checkArgs(file, "--format", "json").toArray(String[]::new)).out();
    assertThat(EVALUATION.validate(ok, InputFormat.JSON)).isEmpty();
    assertThat(ok).contains("\"earliest\"");
    String sentinel = ok.replaceFirst("\"earliest\" : \"[0-9-]+\"", "\"earliest\" : \"-999999999-01-01\"");
    assertThat(sentinel).isNotEqualTo(ok);
    assertThat(EVALUATION.validate(sentinel, InputFormat.JSON)).isNotEmpty();
    assertThat(EVALUATION.validate(ok.replaceFirst("\"schemaVersion\" : \"2.1\",", ""), InputFormat.JSON)).isNotEmpty();
    assertThat(EVALUATION.validate(ok.replaceFirst("\\{", "{\"extra\": 1,"), InputFormat.JSON)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "MO", "MS"})
  void theSimulationResultsOfEveryJurisdictionPassTheirSchema(String state, @TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("results.json");
    List<String> args = new ArrayList<>(List.of("simulate", "--state", state, "--disputes", "2000", "--seed", "5",
        "--threads", "1", "--parameter-draws", "3", "--json", out.toString()));
    if (state.equals("MO")) {
      args.addAll(List.of("--reform", "fiep-lead-time-5"));
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    String json = Files.readString(out);
    assertValid(SIMULATION, json, "simulate --state " + state);
    assertHeader(JSON.readTree(json), state);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS"})
  void theSection618CalibrationOfEveryStatePassesItsSchema(String state, @TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("calibration.json");
    Cli.Result r = Cli.run("simulate", "--state", state, "--disputes", "300", "--seed", "5", "--threads", "1",
        "--parameter-draws", "2", "--section-618", "--json", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String json = Files.readString(out);
    assertValid(schema("section-618-calibration.schema.json"), json, "simulate --section-618 --state " + state);
    assertHeader(JSON.readTree(json), state);
  }
}
