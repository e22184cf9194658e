package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code iepdr due}: the caseload of the bundled cases ({@code examples/caseloads/bundled-cases.jsonl})
 * gives its golden table and iCalendar file; JSON passes its schema; the output does not depend on the
 * order of the lines, the input path or the threads; bad input exits with the table's codes and names its
 * line; no student's name or birth date is printed.
 */
class DueCommandTest {

  static final Path CASELOAD = Path.of("caseloads/bundled-cases.jsonl");
  static final Path EXPECTED = Path.of("caseloads/expected");
  static final String[] WINDOW = {"--from", "2026-03-02", "--to", "2026-03-15"};
  static final Schema SCHEMA = OutputSchemasTest.schema("due.schema.json");

  @TempDir
  Path tmp;

  static String[] args(Object... more) {
    List<String> a = new ArrayList<>(List.of("due"));
    a.addAll(List.of(WINDOW));
    for (Object m : more) {
      a.add(m.toString());
    }
    return a.toArray(String[]::new);
  }

  static void golden(String name, String actual) throws IOException {
    Path golden = EXPECTED.resolve(name);
    if (Boolean.getBoolean("iepdr.updateGoldens")) {
      Files.createDirectories(EXPECTED);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden " + golden + " is missing").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void theCaseloadIsTheBundledCasesOneALine() throws IOException {
    List<String> lines = Files.readAllLines(CASELOAD, StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("cases"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        tools.jackson.databind.node.ObjectNode n = (tools.jackson.databind.node.ObjectNode) CliTest.JSON.readTree(
            Files.readString(p));
        n.remove("$schema");
        expected.add(n.toString());
      }
    }
    assertThat(lines).hasSize(expected.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(CliTest.JSON.readTree(lines.get(i))).as("line " + (i + 1)).isEqualTo(CliTest.JSON.readTree(
          expected.get(i)));
    }
  }

  @Test
  void theTwoWeeksFromMarch2GiveTheGoldenTableAndCalendar() throws IOException {
    Path ics = tmp.resolve("caseload.ics");
    Cli.Result r = Cli.run(args(CASELOAD, "--ics", ics));
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("iepdr due: 19 cases, 6 open deadlines due 2026-03-02 to 2026-03-15 (as of"
        + " 2026-03-02), 0 invalid\n");
    golden("bundled-cases-2026-03-02-to-2026-03-15.txt", r.out() + "exit code: " + r.code() + "\n");
    String calendar = Files.readString(ics, StandardCharsets.UTF_8);
    golden("bundled-cases-2026-03-02-to-2026-03-15.ics", calendar);
    assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(7);
    assertThat(calendar).contains("DTSTAMP:20260302T000000Z", "DTSTART;VALUE=DATE:20260305");
  }

  @Test
  void theReadmeShowsTheRealCommandAndItsOutput() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String command = "java -jar examples/target/iepdr.jar due --from 2026-03-02 --to 2026-03-15"
        + " examples/caseloads/bundled-cases.jsonl";
    assertThat(readme).contains("    $ " + command + "\n");
    Cli.Result r = Cli.run(args(CASELOAD));
    StringBuilder shown = new StringBuilder();
    for (String line : r.out().split("\n", -1)) {
      shown.append(line.isEmpty() ? "" : "    " + line).append('\n');
    }
    String block = shown.toString().stripTrailing() + "\n    " + r.err();
    assertThat(readme).contains(block);
    assertThat(Files.readString(Path.of("../docs/caseload.md"), StandardCharsets.UTF_8)).contains(command.replace(
        "$ ", ""), r.err().strip());
  }

  @Test
  void aLargeCaseloadStreamsInASmallHeap() throws Exception {
    // 10,000 cases in a 40 MiB heap: a tool that kept the cases or their evaluations would run out of memory
    String line = Files.readAllLines(CASELOAD, StandardCharsets.UTF_8).get(2);
    Path big = tmp.resolve("big.jsonl");
    try (java.io.BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 10_000; i++) {
        w.write(line.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"c" + i + "\""));
        w.write('\n');
      }
    }
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx40m", "-cp", System.getProperty("java.class.path"), IepdrCommand.class.getName(), "due", "--from",
        "2026-12-01", "--to", "2026-12-31", big.toString(), "--threads", "2"));
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err).contains("iepdr due: 10000 cases, 0 open deadlines");
  }

  @Test
  void spanishHeadingsAndActions() throws IOException {
    Cli.Result r = Cli.run(args(CASELOAD, "--lang", "es"));
    assertThat(r.code()).isEqualTo(1);
    golden("bundled-cases-2026-03-02-to-2026-03-15.es.txt", r.out() + "exit code: " + r.code() + "\n");
    assertThat(r.out()).contains("Plazos abiertos que vencen del", "DÍAS RESTANTES");
  }

  @Test
  void jsonPassesItsSchemaAndSaysWhatTheTableSays() {
    Cli.Result r = Cli.run(args(CASELOAD, "--json"));
    assertThat(r.code()).isEqualTo(1);
    OutputSchemasTest.assertValid(SCHEMA, r.out(), "due --json");
    JsonNode n = CliTest.JSON.readTree(r.out());
    OutputSchemasTest.assertHeader(n, null);
    assertThat(n.get("jurisdictions").size()).isEqualTo(2);
    for (JsonNode j : n.get("jurisdictions")) {
      assertThat(j.get("ruleSetFingerprint").asString())
          .isEqualTo(RuleSetFingerprint.of(Cli.BOOK.jurisdiction(j.get("code").asString())));
    }
    assertThat(n.get("from").asString()).isEqualTo("2026-03-02");
    assertThat(n.get("to").asString()).isEqualTo("2026-03-15");
    assertThat(n.get("asOf").asString()).isEqualTo("2026-03-02");
    assertThat(n.get("cases").asInt()).isEqualTo(19);
    assertThat(n.get("invalid").asInt()).isZero();
    assertThat(n.get("problems").size()).isZero();
    List<String> rows = new ArrayList<>();
    for (JsonNode i : n.get("items")) {
      rows.add(i.get("due").asString() + " " + i.get("daysLeft").asInt() + " " + i.get("caseId").asString() + " "
          + i.get("ruleId").asString());
    }
    assertThat(rows).containsExactly(
        "2026-03-05 3 ms-state-complaint-set-aside IDEA.DUE_PROCESS.RESPONSE",
        "2026-03-05 3 ms-state-complaint-set-aside MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS",
        "2026-03-10 8 ms-state-complaint-set-aside IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE",
        "2026-03-10 8 ms-state-complaint-set-aside IDEA.RESOLUTION.MEETING_15_DAYS",
        "2026-03-12 10 mo-due-process-amended IDEA.DUE_PROCESS.RESPONSE",
        "2026-03-12 10 mo-hearing-extended IDEA.DUE_PROCESS.RESPONSE");
  }

  @Test
  void anExtendedDeadlineIsListedOnItsExtendedDate() {
    // mo-hearing-extended: the 45-day decision was due 2026-05-16; an extension of 2026-05-12 moved it
    Cli.Result before = Cli.run("due", "--from", "2026-05-01", "--to", "2026-05-31", CASELOAD.toString(), "--json");
    Cli.Result after = Cli.run("due", "--from", "2026-06-01", "--to", "2026-06-30", CASELOAD.toString(), "--json");
    JsonNode a = item(before.out(), "mo-hearing-extended", "IDEA.HEARING.DECISION_45_DAYS");
    assertThat(a.get("due").asString()).isEqualTo("2026-05-16");
    assertThat(a.has("extendedBy")).isFalse();
    JsonNode b = item(after.out(), "mo-hearing-extended", "IDEA.HEARING.DECISION_45_DAYS");
    assertThat(b.get("due").asString()).isEqualTo("2026-06-12");
    assertThat(b.get("unextendedDue").asString()).isEqualTo("2026-05-16");
    assertThat(b.get("daysLeft").asInt()).isEqualTo(11);
    OutputSchemasTest.assertValid(SCHEMA, after.out(), "due --json, extended");
  }

  static JsonNode item(String json, String caseId, String rule) {
    for (JsonNode i : CliTest.JSON.readTree(json).get("items")) {
      if (i.get("caseId").asString().equals(caseId) && i.get("ruleId").asString().equals(rule)) {
        return i;
      }
    }
    throw new AssertionError("no item " + caseId + " " + rule + " in " + json);
  }

  @Test
  void theOrderOfTheLinesTheInputPathAndTheThreadsChangeNothing() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(CASELOAD, StandardCharsets.UTF_8));
    Cli.Result text = Cli.run(args(CASELOAD));
    Cli.Result json = Cli.run(args(CASELOAD, "--json"));
    for (long seed = 1; seed <= 3; seed++) {
      Collections.shuffle(lines, new Random(seed));
      Path shuffled = tmp.resolve("shuffled-" + seed + ".jsonl");
      Files.writeString(shuffled, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      assertThat(Cli.run(args(shuffled)).out()).as("seed " + seed).isEqualTo(text.out());
      assertThat(Cli.run(args(shuffled, "--json")).out()).as("seed " + seed).isEqualTo(json.out());
      assertThat(Cli.run(args(shuffled, "--threads", "3")).out()).isEqualTo(text.out());
    }
    Cli.Result stdin = Cli.runWithInput(Files.readAllBytes(CASELOAD), args("-"));
    assertThat(stdin.out()).isEqualTo(text.out());
    assertThat(stdin.code()).isEqualTo(1);
  }

  @Test
  void nothingDueExitsZero() {
    Cli.Result r = Cli.run("due", "--from", "2026-12-01", "--to", "2026-12-31", CASELOAD.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Open deadlines due 2026-12-01 to 2026-12-31, as of 2026-12-01\n"
        + "Deadlines: 0. Cases evaluated: 19. Invalid lines: 0.\n"
        + "No open deadline is due in the window.\n");
  }

  @Test
  void anAsOfDateBeforeFromCountsTheDaysLeftFromIt() {
    Cli.Result r = Cli.run("due", "--from", "2026-03-16", "--to", "2026-03-29", "--as-of", "2026-03-10",
        CASELOAD.toString(), "--json");
    JsonNode n = CliTest.JSON.readTree(r.out());
    assertThat(n.get("asOf").asString()).isEqualTo("2026-03-10");
    JsonNode first = n.get("items").get(0);
    assertThat(first.get("due").asString()).isEqualTo("2026-03-17");
    assertThat(first.get("daysLeft").asInt()).isEqualTo(7);
  }

  @Test
  void reversedOrBadDatesAreBadInput() {
    Cli.Result reversed = Cli.run("due", "--from", "2026-03-29", "--to", "2026-03-16", CASELOAD.toString());
    CliTest.assertBadInput(reversed);
    assertThat(reversed.err()).contains("--to was 2026-03-16; allowed: a date on or after --from (2026-03-29)");
    assertThat(reversed.out()).isEmpty();
    Cli.Result badDate = Cli.run("due", "--from", "2026-02-30", "--to", "2026-03-16", CASELOAD.toString());
    CliTest.assertBadInput(badDate);
    assertThat(badDate.err()).contains("--from", "2026-02-30");
    Cli.Result noTo = Cli.run("due", "--from", "2026-03-16", CASELOAD.toString());
    CliTest.assertBadInput(noTo);
    assertThat(noTo.err()).contains("--to");
    Cli.Result lateAsOf = Cli.run(args(CASELOAD, "--as-of", "2026-03-16"));
    CliTest.assertBadInput(lateAsOf);
    assertThat(lateAsOf.err()).contains("--as-of was 2026-03-16; allowed: a date on or before --to (2026-03-15)");
    Cli.Result outside = Cli.run("due", "--from", "2026-03-16", "--to", "+999999999-12-31", CASELOAD.toString());
    CliTest.assertBadInput(outside);
    assertThat(outside.err()).contains("--to was +999999999-12-31; allowed: a date the calendar");
    CliTest.assertBadInput(Cli.run(args(tmp.resolve("none.jsonl"))));
    CliTest.assertBadInput(Cli.run(args(tmp)));
    assertThat(Cli.run(args(CASELOAD, "--threads", "0")).code()).isEqualTo(2);
  }

  @Test
  void aBadLineIsReportedWithItsNumberAndEveryOtherLineIsListed() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(CASELOAD, StandardCharsets.UTF_8));
    lines.add(2, "{\"id\": ");
    lines.add(5, lines.get(5).replace("\"state\":\"MO\"", "\"state\":\"ZZ\""));
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(args(bad));
    assertThat(r.code()).as(r.err()).isEqualTo(4);
    assertThat(r.err()).contains("iepdr due: " + bad + ":3:", "iepdr due: " + bad + ":6:",
        "iepdr due: 19 cases, 6 open deadlines due 2026-03-02 to 2026-03-15 (as of 2026-03-02), 2 invalid");
    String good = Cli.run(args(CASELOAD)).out();
    assertThat(r.out()).isEqualTo(good.replace("Invalid lines: 0.", "Invalid lines: 2."));
    Cli.Result json = Cli.run(args(bad, "--json"));
    assertThat(json.code()).isEqualTo(4);
    OutputSchemasTest.assertValid(SCHEMA, json.out(), "due --json with invalid lines");
    JsonNode n = CliTest.JSON.readTree(json.out());
    assertThat(n.get("invalid").asInt()).isEqualTo(2);
    assertThat(n.get("items").size()).isEqualTo(6);
    List<Integer> problemLines = new ArrayList<>();
    n.get("problems").forEach(p -> problemLines.add(p.get("line").asInt()));
    assertThat(problemLines).contains(3, 6).allMatch(l -> l == 3 || l == 6);
  }

  @Test
  void anIcsPathThatCannotBeOpenedIsBadInputAndNothingIsWritten() {
    Cli.Result dir = Cli.run(args(CASELOAD, "--ics", tmp));
    CliTest.assertBadInput(dir);
    assertThat(dir.err()).contains("--ics " + tmp + ": is a directory");
    assertThat(dir.out()).isEmpty();
  }

  @Test
  void noStudentNameOrBirthDateIsPrinted() throws IOException {
    String line = Files.readAllLines(CASELOAD, StandardCharsets.UTF_8).get(1);
    tools.jackson.databind.node.ObjectNode n = (tools.jackson.databind.node.ObjectNode) CliTest.JSON.readTree(line);
    ((tools.jackson.databind.node.ObjectNode) n.get("student")).put("name", "Þorgerðr Ŋámsdóttir")
        .put("birthDate", "2014-05-03");
    Path named = tmp.resolve("named.jsonl");
    Files.writeString(named, n + "\n", StandardCharsets.UTF_8);
    Path ics = tmp.resolve("named.ics");
    String id = n.get("id").asString();
    for (String[] more : List.of(new String[] {}, new String[] {"--json"}, new String[] {"--ics", ics.toString()})) {
      List<String> a = new ArrayList<>(List.of("due", "--from", "2026-03-16", "--to", "2026-12-31", named.toString()));
      a.addAll(List.of(more));
      Cli.Result r = Cli.run(a.toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).contains(id);
      for (String secret : List.of("Þorgerðr", "Ŋámsdóttir", "2014-05-03", "20140503", "\\u00de")) {
        assertThat(r.out() + r.err()).doesNotContain(secret);
      }
    }
    String calendar = Files.readString(ics, StandardCharsets.UTF_8);
    assertThat(calendar).contains(id).doesNotContain("Þorgerðr").doesNotContain("2014-05-03").doesNotContain("20140503");
  }
}
