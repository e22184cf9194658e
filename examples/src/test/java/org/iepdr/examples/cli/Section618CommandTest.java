package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code iepdr report section-618} over the bundled example population: its Markdown report is the expected
 * one (the hand count of core's Section618CounterTest), its JSON passes its schema with and without
 * suppression, and bad input is exit code 2.
 */
class Section618CommandTest {

  static final Path POPULATION = Path.of("populations/section-618-2025-26.jsonl");
  static final Path CALENDAR = Path.of("populations/district.school-calendar.txt");
  static final Path EXPECTED = Path.of("populations/expected/section-618-2025-26.md");
  static final Schema SCHEMA = OutputSchemasTest.schema("section-618.schema.json");

  static Cli.Result report(String... more) {
    String[] base = {"report", "section-618", "--year", "2025-26", POPULATION.toString(), "--school-calendar",
        CALENDAR.toString()};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.run(args);
  }

  @Test
  void theBundledPopulationGivesTheExpectedMarkdownReport() throws IOException {
    Cli.Result r = report("--format", "markdown");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    if (Boolean.getBoolean("iepdr.updateGoldens")) {
      Files.writeString(EXPECTED, r.out());
    }
    assertThat(r.out()).isEqualTo(Files.readString(EXPECTED));
  }

  @Test
  void theReadmeShowsTheMarkdownReport() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("iepdr.jar report section-618 --year 2025-26 examples/populations/section-618-2025-26.jsonl");
    assertThat(readme).contains(Files.readString(EXPECTED).strip());
  }

  @Test
  void theJsonPassesItsSchemaAndCarriesTheCounts() {
    Cli.Result r = report("--format", "json", "--show-cases", "3.2.b");
    assertThat(r.code()).isZero();
    OutputSchemasTest.assertValid(SCHEMA, r.out(), "section-618");
    JsonNode n = JsonMapper.builder().build().readTree(r.out());
    assertThat(n.get("year").asString()).isEqualTo("2025-26");
    assertThat(n.get("casesRead").asLong()).isEqualTo(19);
    assertThat(n.get("elements").get(0).get("count").asLong()).isEqualTo(7);
    assertThat(n.get("consistent").asBoolean()).isTrue();
    assertThat(r.out()).contains("\"caseId\" : \"c2-extended\"");
    assertThat(n.get("indicators").get(0).get("note").asString()).startsWith("fewer than 10 resolution meetings (6)");
  }

  @Test
  void aSuppressedTableHidesSmallCellsAndEveryCase() {
    Cli.Result r = report("--format", "json", "--suppress", "2");
    assertThat(r.code()).isZero();
    OutputSchemasTest.assertValid(SCHEMA, r.out(), "section-618 --suppress 2");
    assertThat(r.out()).contains("\"suppressed\" : \"PRIMARY\"", "\"threshold\" : 2").doesNotContain("caseId");
    Cli.Result text = report("--suppress", "2");
    assertThat(text.out()).contains("Counts from 1 to 2 are suppressed (*)").doesNotContain("a3-late");
  }

  @Test
  void theTextNamesTheResidualCasesAndCsvHasOneRowPerLine() {
    Cli.Result r = report();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("1.1-late Reports not within timelines (residual): a3-late/sc",
        "3.2-late Decisions not within timelines (residual): c3-late/dp", "ok    1 = 1.1 + 1.2 + 1.3 (7 = 7)");
    Cli.Result csv = report("--format", "csv");
    assertThat(csv.out().lines()).hasSize(34).first().isEqualTo("code,section,label,residual,count,suppressed");
  }

  @Test
  void aStatusDateBeforeJune30IsStatedAsADeviation() {
    Cli.Result r = report("--status-date", "2025-12-31");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Status as of 2025-12-31: a DEVIATION");
  }

  @Test
  void standardInputIsReadLikeAFile() throws IOException {
    Cli.Result r = Cli.runWithInput(Files.readString(POPULATION).getBytes(StandardCharsets.UTF_8), "report",
        "section-618", "--year", "2025-26", "-", "--school-calendar", CALENDAR.toString(), "--format", "markdown");
    assertThat(r.out()).isEqualTo(Files.readString(EXPECTED));
  }

  @Test
  void badInputIsExitCode2WithWhatIsAllowed() {
    assertThat(report("--show-cases", "9.9").err()).contains("--show-cases was '9.9'; allowed: 1, 1.1");
    assertThat(report("--show-cases", "3.2.b", "--suppress", "3").code()).isEqualTo(2);
    assertThat(report("--suppress", "0").code()).isEqualTo(2);
    assertThat(report("--status-date", "2026-07-01").err()).contains("allowed: a date from 2025-07-01 to 2026-06-30");
    Cli.Result year = Cli.run("report", "section-618", "--year", "2025-27", POPULATION.toString());
    assertThat(year.code()).isEqualTo(2);
    assertThat(year.err()).contains("--year was '2025-27'");
    assertThat(Cli.run("report", "section-618", "--year", "2025-26", "no-such.jsonl").err()).contains("no such file");
    assertThat(Cli.run("report").code()).isEqualTo(2);
  }
}
