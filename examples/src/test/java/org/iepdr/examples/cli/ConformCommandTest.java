package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ConformCommandTest {

  static final String BROKEN = "workflows/mo-state-complaint-broken.yaml";
  static final String LAWFUL = "workflows/mo-state-complaint-lawful.yaml";

  @Test
  void exitsZeroWhenLawfulAndOneWhenBroken() {
    assertThat(Cli.run("conform", LAWFUL, "--from", "2027-01-01", "--to", "2027-01-31").code()).isEqualTo(0);
    Cli.Result r = Cli.run("conform", BROKEN, "--state", "MO", "--from", "2027-01-01", "--to", "2027-01-31");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("BROKEN MO.CHILD_COMPLAINT.FILING_DATE (VIOLATION): the decision fell on a Saturday");
  }

  @Test
  void theReadmeShowsTheBrokenWorkflowsReport() throws IOException {
    Cli.Result r = Cli.run("conform", BROKEN, "--from", "2027-01-01", "--to", "2027-03-31");
    assertThat(Files.readString(Path.of("../README.md"))).contains("conform examples/workflows/mo-state-complaint-broken.yaml")
        .contains(r.out());
  }

  @Test
  void writesJsonAndMarkdown() {
    Cli.Result json = Cli.run("conform", BROKEN, "--from", "2027-01-01", "--to", "2027-01-31", "--format", "json");
    assertThat(json.code()).isEqualTo(1);
    JsonNode n = new ObjectMapper().readTree(json.out());
    assertThat(n.get("state").asString()).isEqualTo("MO");
    assertThat(n.get("starts").asInt()).isEqualTo(31);
    assertThat(n.get("lawful").asBoolean()).isFalse();
    assertThat(n.get("breaches").get(0).get("example").get("steps").has("decision")).isTrue();
    assertThat(n.get("ranges").get(0).get("latest").asInt()).isEqualTo(60);
    Cli.Result md = Cli.run("conform", BROKEN, "--from", "2027-01-01", "--to", "2027-01-31", "--format", "markdown");
    assertThat(md.out()).startsWith("# Workflow").contains("| rule | kind | reason | starts | first starts |");
  }

  @Test
  void quarterHourStepsCountEveryStartInstant() {
    Cli.Result r = Cli.run("conform", LAWFUL, "--from", "2027-03-14", "--to", "2027-03-14", "--step", "15m",
        "--format", "json");
    assertThat(r.code()).isEqualTo(0);
    assertThat(new ObjectMapper().readTree(r.out()).get("starts").asInt()).isEqualTo(92);
  }

  @Test
  void aBadTemplateExitsTwoWithEveryProblem(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, """
        name: bad
        state: MO
        district: D
        student: {id: s}
        parties: [{id: parent, role: PARENT}]
        steps:
          - id: request
            event: {type: request, kind: STATE_COMPLAINT, filedBy: parent}
            from: decision
          - id: decision
            event: {type: decision, kind: STATE_COMPLAINT_DECISION, request: request}
            from: request
          - id: reply
            event: {type: reply, request: request, by: parent, answer: RESPONSE}
            from: filing
        """);
    Cli.Result r = Cli.run("conform", bad.toString(), "--from", "2027-01-01", "--to", "2027-01-31");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:15:").contains("$.steps[2].from: unknown step 'filing'")
        .contains("a cycle of relative offsets");
  }

  @Test
  void aStepOutsideTheCalendarExitsTwoWithItsPath(@TempDir Path dir) throws IOException {
    Path far = dir.resolve("far.yaml");
    Files.writeString(far, Files.readString(Path.of(LAWFUL)).replace("amount: 60,", "amount: 36000,"));
    Cli.Result r = Cli.run("conform", far.toString(), "--from", "2027-01-01", "--to", "2027-01-31");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("$.steps[2].offset").contains("outside");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(Cli.run("conform", "workflows/none.yaml", "--from", "2027-01-01", "--to", "2027-01-31").code())
        .isEqualTo(2);
    assertThat(Cli.run("conform", LAWFUL, "--from", "2027-02-01", "--to", "2027-01-31").code()).isEqualTo(2);
    assertThat(Cli.run("conform", LAWFUL, "--from", "2027-01-01", "--to", "2027-01-31", "--step", "week").code())
        .isEqualTo(2);
  }
}
