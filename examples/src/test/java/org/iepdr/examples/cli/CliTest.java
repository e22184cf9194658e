package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand: its main path, its exit codes and its bad-input path (exit 2, no stack trace). */
class CliTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  static final String LATE_RESOLUTION = """
      {"id": "us-late", "state": "US", "district": "Example R-1", "student": {"id": "s-1"},
       "parties": [{"id": "parent", "role": "PARENT"}, {"id": "lea", "role": "LEA"}],
       "events": [
         {"type": "request", "id": "dpc", "at": "2026-03-02T10:00", "kind": "DUE_PROCESS_COMPLAINT",
          "filedBy": "parent", "filedWith": "LEA", "contents": ["STUDENT_NAME", "STUDENT_ADDRESS", "SCHOOL",
          "DESCRIPTION_OF_PROBLEM", "FACTS", "PROPOSED_RESOLUTION"]},
         {"type": "meeting", "id": "res", "at": "2026-03-20T10:00", "kind": "RESOLUTION", "request": "dpc",
          "attendees": ["parent", "lea"]}]}
      """;

  static JsonNode find(JsonNode array, String ruleId) {
    for (JsonNode n : array) {
      if (n.get("ruleId").asString().equals(ruleId)) {
        return n;
      }
    }
    throw new AssertionError(ruleId + " not in " + array);
  }

  Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  static void assertBadInput(Cli.Result r) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("\tat org.").doesNotContain("Exception in thread");
  }

  @Test
  void anUnknownLanguageIsAUsageErrorNamingTheAllowedOnes() {
    for (String command : new String[] {"check", "batch"}) {
      Cli.Result r = Cli.run(command, "--lang", "fr", "../examples/cases/mo-fiep-on-time.json");
      assertBadInput(r);
      assertThat(r.err()).contains("'fr' is not a language; allowed: en, es");
    }
    assertThat(Cli.run("check", "--lang", "ES", "../examples/cases/mo-fiep-on-time.json").out()).startsWith("Caso ");
  }

  @Test
  void helpAndVersion() {
    Cli.Result help = Cli.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("check", "batch", "plan", "ladder", "rules", "days", "Exit codes");
    assertThat(Cli.run("--version").out()).startsWith("iepdr ");
    assertBadInput(Cli.run());
    assertBadInput(Cli.run("frobnicate"));
  }

  @Test
  void checkReportsViolationsWithExitCode1InEveryFormat() throws IOException {
    Path f = write("late.json", LATE_RESOLUTION);
    Cli.Result text = Cli.run("check", f.toString());
    assertThat(text.code()).isEqualTo(1);
    assertThat(text.out()).contains("VIOLATION  IDEA.RESOLUTION.MEETING_15_DAYS", "2026-03-17", "34 CFR Part 300",
        "MISSED", "Next steps");
    Cli.Result json = Cli.run("check", f.toString(), "--format", "json");
    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("hasViolations").asBoolean()).isTrue();
    JsonNode finding = find(node.get("findings"), "IDEA.RESOLUTION.MEETING_15_DAYS");
    assertThat(finding.get("kind").asString()).isEqualTo("VIOLATION");
    assertThat(finding.get("citation").get("quote").asString()).startsWith("Within 15 days");
    JsonNode deadline = find(node.get("deadlines"), "IDEA.RESOLUTION.MEETING_15_DAYS");
    assertThat(deadline.get("latest").asString()).isEqualTo("2026-03-17");
    assertThat(deadline.get("status").asString()).isEqualTo("MISSED");
    Cli.Result md = Cli.run("check", f.toString(), "--format", "markdown");
    assertThat(md.out()).contains("```mermaid\ntimeline\n", "2026-03-17 : due - MISSED convene the resolution meeting");
  }

  @Test
  void checkWithoutViolationsExitsZeroAndAsOfChangesTheStatus() throws IOException {
    Path f = write("pending.json", LATE_RESOLUTION.replace(
        ",\n     {\"type\": \"meeting\", \"id\": \"res\", \"at\": \"2026-03-20T10:00\", \"kind\": \"RESOLUTION\","
            + " \"request\": \"dpc\",\n      \"attendees\": [\"parent\", \"lea\"]}", ""));
    Cli.Result r = Cli.run("check", f.toString(), "--as-of", "2026-03-10");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("OPEN", "as of 2026-03-10");
    Cli.Result late = Cli.run("check", f.toString(), "--as-of", "2026-03-18");
    assertThat(late.code()).isEqualTo(1);
  }

  @Test
  void checkWritesAnIcsFileWithTheLibrary() throws IOException {
    Path f = write("late.json", LATE_RESOLUTION);
    Path ics = tmp.resolve("deadlines.ics");
    Cli.run("check", f.toString(), "--ics", ics.toString());
    String text = Files.readString(ics);
    assertThat(text).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260317",
        "DTSTAMP:20260320T000000Z", "END:VCALENDAR");
  }

  @Test
  void checkBadInputExitsTwoWithEveryProblemAndNoStackTrace() throws IOException {
    Path f = write("bad.json", LATE_RESOLUTION.replace("\"PARENT\"", "\"MOTHER\"").replace("\"RESOLUTION\"",
        "\"RESOLVE\""));
    Cli.Result r = Cli.run("check", f.toString());
    assertBadInput(r);
    assertThat(r.err()).contains(f + ":2:", "$.parties[0].role", "'MOTHER'", "$.events[1].kind", "'RESOLVE'",
        "add --verbose");
    Cli.Result verbose = Cli.run("check", f.toString(), "--verbose");
    assertThat(verbose.code()).isEqualTo(2);
    assertThat(verbose.err()).contains("CaseFileException", "\tat ");
    assertBadInput(Cli.run("check", tmp.resolve("missing.json").toString()));
    assertBadInput(Cli.run("check", f.toString(), "--format", "pdf"));
    assertBadInput(Cli.run("check", f.toString(), "--as-of", "yesterday"));
    Path unknownState = write("zz.json", LATE_RESOLUTION.replace("\"US\"", "\"ZZ\"")
        .replace("T10:00\"", "T10:00-06:00\""));
    Cli.Result zz = Cli.run("check", unknownState.toString());
    assertBadInput(zz);
    assertThat(zz.err()).contains("'ZZ'", "installed");
  }

  @Test
  void batchStreamsJsonLinesWithASummaryPerRule() throws IOException {
    String one = LATE_RESOLUTION.replace("\n", " ");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      lines.add(one.replace("us-late", "case-" + i));
    }
    lines.add("");
    lines.add(one.replace("\"RESOLUTION\",", "\"RESOLUTION\", \"colour\": 1,"));
    Path f = write("cases.jsonl", String.join("\n", lines) + "\n");
    Cli.Result r = Cli.run("batch", f.toString());
    assertThat(r.code()).as("an invalid line makes the batch exit 4").isEqualTo(4);
    String[] out = r.out().split("\n");
    assertThat(out).hasSize(32);
    JsonNode first = JSON.readTree(out[0]);
    assertThat(first.get("caseId").asString()).isEqualTo("case-0");
    assertThat(first.get("result").asString()).isEqualTo("VIOLATIONS");
    JsonNode bad = JSON.readTree(out[30]);
    assertThat(bad.get("line").asInt()).isEqualTo(32);
    assertThat(bad.get("result").asString()).isEqualTo("INVALID");
    assertThat(bad.get("caseId").asString()).as("the line was read far enough to have an id").isNotBlank();
    JsonNode problem = bad.get("problems").get(0);
    assertThat(problem.get("line").asInt()).isEqualTo(32);
    assertThat(problem.get("path").asString()).endsWith(".colour");
    assertThat(problem.get("message").asString()).contains("unknown field \"colour\"");
    JsonNode summary = JSON.readTree(out[31]).get("summary");
    assertThat(summary.get("cases").asInt()).isEqualTo(31);
    assertThat(summary.get("invalid").asInt()).isEqualTo(1);
    assertThat(summary.get("withViolations").asInt()).isEqualTo(30);
    assertThat(summary.get("findingsByRule").get("IDEA.RESOLUTION.MEETING_15_DAYS").get("VIOLATION").asInt())
        .isEqualTo(30);
    assertThat(r.err()).contains("cases", "31 cases, 30 with violations, 1 invalid");

    Path good = write("good.jsonl", String.join("\n", lines.subList(0, 3)));
    Cli.Result ok = Cli.run("batch", good.toString(), "--no-progress", "--as-of", "2026-03-05");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.err()).doesNotContain("KiB");
  }

  @Test
  void batchBadInputExitsTwo() {
    assertBadInput(Cli.run("batch", tmp.resolve("none.jsonl").toString()));
    assertBadInput(Cli.run("batch"));
  }

  @Test
  void planGivesTheLatestLawfulDate() throws IOException {
    Cli.Result r = Cli.run("plan", "--state", "US", "resolution-meeting", "--trigger", "2026-03-02");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("RESOLUTION_MEETING", "latest:   2026-03-17", "IDEA.RESOLUTION.MEETING_15_DAYS");
    Cli.Result json = Cli.run("plan", "--state", "US", "RESOLUTION_MEETING", "--trigger", "2026-03-02", "--format",
        "json");
    assertThat(JSON.readTree(json.out()).get("plans").get(0).get("latest").asString()).isEqualTo("2026-03-17");
    Cli.Result fiep = Cli.run("plan", "--state", "MO", "FACILITATED_IEP_MEETING", "--trigger", "2026-03-02");
    assertThat(fiep.out()).contains("earliest: 2026-03-12", "MO.FIEP.LEAD_TIME");
    Cli.Result expedited = Cli.run("plan", "--state", "MS", "EXPEDITED_HEARING", "--trigger", "2026-10-19",
        "--school-calendar", "cases/ms-expedited-discipline.school-calendar.txt");
    assertThat(expedited.out()).contains("latest:   2026-11-17");
  }

  @Test
  void planBadInputExitsTwo() {
    assertBadInput(Cli.run("plan", "--state", "US", "LUNCH", "--trigger", "2026-03-02"));
    assertBadInput(Cli.run("plan", "--state", "US", "RESOLUTION_MEETING"));
    assertBadInput(Cli.run("plan", "--state", "QQ", "RESOLUTION_MEETING", "--trigger", "2026-03-02"));
    Cli.Result noCalendar = Cli.run("plan", "--state", "MS", "EXPEDITED_HEARING", "--trigger", "2026-10-19");
    assertBadInput(noCalendar);
    assertThat(noCalendar.err()).contains("--school-calendar");
  }

  @Test
  void ladderAsTextAndMermaid() {
    Cli.Result text = Cli.run("ladder", "--state", "US");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("IEP_MEETING -> MEDIATION", "Steps");
    Cli.Result from = Cli.run("ladder", "--state", "US", "--from", "MEDIATION", "--issue", "NON_COMPLIANCE");
    assertThat(from.out()).contains("From MEDIATION", "-> STATE_COMPLAINT");
    Cli.Result mermaid = Cli.run("ladder", "--state", "US", "--format", "mermaid");
    assertThat(mermaid.out()).startsWith("flowchart TD\n").contains("IEP_MEETING -->|");
  }

  @Test
  void ladderBadInputExitsTwo() {
    assertBadInput(Cli.run("ladder", "--state", "US", "--from", "ARBITRATION"));
    assertBadInput(Cli.run("ladder"));
    assertBadInput(Cli.run("ladder", "--state", "Missouri"));
  }

  @Test
  void rulesInEveryFormat() throws IOException {
    Cli.Result text = Cli.run("rules", "--state", "US");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("IDEA.RESOLUTION.MEETING_15_DAYS", "Within 15 days");
    assertThat(Cli.run("rules", "--state", "US", "--format", "markdown").out()).startsWith("# Rule catalogue");
    JsonNode json = JSON.readTree(Cli.run("rules", "--state", "US", "--format", "json").out());
    assertThat(json.get("rules").get(0).get("citations").get(0).get("quote").asString()).isNotBlank();
    assertThat(Cli.run("rules", "--state", "US", "--in-force-on", "2026-01-01").code()).isZero();
  }

  @Test
  void rulesBadInputExitsTwo() {
    assertBadInput(Cli.run("rules", "--state", "XX"));
    assertBadInput(Cli.run("rules", "--state", "US", "--format", "pdf"));
  }

  @Test
  void daysCountsLikeTheRules() throws IOException {
    // 2026-11-20 is a Friday; Thanksgiving is 2026-11-26
    Cli.Result business = Cli.run("days", "--state", "US", "--from", "2026-11-20", "--add", "5", "--business");
    assertThat(business.code()).isZero();
    assertThat(business.out()).startsWith("2026-11-30\n");
    assertThat(Cli.run("days", "--state", "US", "--from", "2026-11-20", "--add", "5").out()).startsWith("2026-11-25\n");
    assertThat(Cli.run("days", "--state", "US", "--from", "2026-11-30", "--add", "-5", "--business").out())
        .startsWith("2026-11-20\n");
    assertThat(Cli.run("days", "--state", "US", "--from", "2026-11-20", "--until", "2026-11-30", "--business").out())
        .startsWith("5\n");
    Path cal = write("school.txt", "name Example\nfirst 2026-11-02\nlast 2026-12-18\nclosed 2026-11-25..2026-11-27\n");
    assertThat(Cli.run("days", "--state", "US", "--from", "2026-11-20", "--add", "3", "--school-calendar",
        cal.toString()).out()).startsWith("2026-11-30\n");
  }

  @Test
  void daysBadInputExitsTwo() throws IOException {
    assertBadInput(Cli.run("days", "--state", "US", "--from", "2026-11-20"));
    assertBadInput(Cli.run("days", "--state", "US", "--from", "2026-11-20", "--add", "3", "--until", "2026-12-01"));
    assertBadInput(Cli.run("days", "--state", "US", "--from", "20/11/2026", "--add", "3"));
    Path cal = write("bad.txt", "first 2026-11-02\nholiday 2026-11-26\n");
    Cli.Result r = Cli.run("days", "--state", "US", "--from", "2026-11-20", "--add", "3", "--school-calendar",
        cal.toString());
    assertBadInput(r);
    assertThat(r.err()).contains("bad.txt:2:", "'last DATE' is missing");
  }
}
