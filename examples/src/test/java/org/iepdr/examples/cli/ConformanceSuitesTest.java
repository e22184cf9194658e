package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.iepdr.core.conformance.TestCase;
import org.iepdr.core.conformance.TestCaseScenario;
import org.iepdr.core.conformance.TestRun;
import org.iepdr.json.testfile.TestFile;
import org.iepdr.json.testfile.TestFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The conformance suites under examples/conformance run in the build and pass; they are counted against
 * the catalogue the installed jurisdictions report at run time; and {@code iepdr test} reports failures,
 * bad files and JUnit XML as documented.
 */
class ConformanceSuitesTest {

  static final Path SUITES = Path.of("conformance");
  static final Schema SCHEMA = OutputSchemasTest.schema("test-file.schema.json");

  /**
   * Rules that have no complete suite yet (issue 19): listed so that a rule added later without a suite
   * fails the count, and so that this list shrinks (a listed rule that gains a suite fails too).
   */
  static final Set<String> PENDING = Set.of(
      "IDEA.DUE_PROCESS.AMENDMENT",
      "IDEA.EXPEDITED.TIMELINES",
      "IDEA.RESOLUTION.NON_PARTICIPATION",
      "IDEA.STATE_COMPLAINT.SET_ASIDE",
      // issue 17's rules: boundary tests in JUnit, suites to come
      "IDEA.CIVIL_ACTION.TIME_LIMIT",
      "IDEA.SAFEGUARDS.NOTICE",
      "IDEA.RECORDS.ACCESS_45_DAYS",
      "IDEA.FEES.SETTLEMENT_OFFER",
      "IDEA.PRIVATE_PLACEMENT.NOTICE",
      "IDEA.DISCIPLINE.MANIFESTATION_10_SCHOOL_DAYS",
      "MO.NOTICE_OF_ACTION.10_DAYS",
      "MO.MEETING.TWO_ATTEMPTS");

  static List<TestFile> suites() throws IOException {
    TestFileReader reader = TestFileReader.forRuleBook(Cli.BOOK);
    List<TestFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(SUITES)) {
      for (Path p : walk.filter(TestFileReader::isTestFileName).sorted().toList()) {
        files.add(reader.read(p));
      }
    }
    return files;
  }

  @Test
  void theSuitesPass() {
    Cli.Result r = Cli.run("test", SUITES.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain("FAIL ").contains(" 0 failed");
    assertThat(r.code()).isEqualTo(0);
  }

  @Test
  void theReadmeShowsTheSuitesRunning() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String mo = Cli.run("test", "conformance/MO").out();
    assertThat(readme).contains("$ java -jar examples/target/iepdr.jar test examples/conformance/MO\n" + mo.indent(4));
    String filtered = Cli.run("test", "conformance", "--filter", "MO.FIEP.LEAD_TIME").out();
    assertThat(readme).contains("$ java -jar examples/target/iepdr.jar test examples/conformance --filter"
        + " MO.FIEP.LEAD_TIME --junit results.xml\n" + filtered.indent(4));
  }

  @Test
  void everyRuleOfEachCatalogueHasOnTimeLateAndBoundaryCases() throws IOException {
    Map<String, Map<String, Set<TestCaseScenario>>> byJurisdiction = new TreeMap<>();
    for (TestFile f : suites()) {
      String jurisdiction = SUITES.relativize(Path.of(f.path())).getName(0).toString();
      for (TestCase c : f.cases()) {
        assertThat(c.rule()).as(f.path() + ": " + c.name() + " names its rule").isPresent();
        assertThat(c.scenario()).as(f.path() + ": " + c.name() + " names its scenario").isPresent();
        byJurisdiction.computeIfAbsent(jurisdiction, k -> new TreeMap<>())
            .computeIfAbsent(c.rule().orElseThrow(), k -> EnumSet.noneOf(TestCaseScenario.class))
            .add(c.scenario().orElseThrow());
      }
    }
    Set<String> federal = TestRun.knownRuleIds(Cli.BOOK, "US");
    Set<String> missing = new TreeSet<>();
    Set<String> covered = new TreeSet<>();
    for (String code : List.of("US", "MO", "MS")) {
      Set<String> own = new TreeSet<>(TestRun.knownRuleIds(Cli.BOOK, code));
      if (!code.equals("US")) {
        own.removeAll(federal);
      }
      Map<String, Set<TestCaseScenario>> suite = byJurisdiction.getOrDefault(code, Map.of());
      for (String rule : own) {
        Set<TestCaseScenario> s = suite.getOrDefault(rule, Set.of());
        boolean complete = s.contains(TestCaseScenario.BOUNDARY)
            && (s.containsAll(List.of(TestCaseScenario.ON_TIME, TestCaseScenario.LATE))
                || s.containsAll(List.of(TestCaseScenario.HOLDS, TestCaseScenario.BROKEN)));
        (complete ? covered : missing).add(code + " " + rule + (complete ? "" : " has only " + s));
      }
    }
    Set<String> unexpected = new TreeSet<>();
    for (String m : missing) {
      if (!PENDING.contains(m.substring(m.indexOf(' ') + 1, m.indexOf(" has only")))) {
        unexpected.add(m);
      }
    }
    assertThat(unexpected).as("rules of the catalogue without an on-time, a late and a boundary case (or holds,"
        + " broken and boundary) in examples/conformance/<jurisdiction>/").isEmpty();
    Set<String> done = new TreeSet<>();
    for (String c : covered) {
      if (PENDING.contains(c.substring(c.indexOf(' ') + 1))) {
        done.add(c);
      }
    }
    assertThat(done).as("rules listed in PENDING that now have a complete suite: remove them from the list").isEmpty();
  }

  @Test
  void everySuiteCaseSaysWhichSentenceOfItsSourceItChecksAndFitsTheSchema() throws IOException {
    for (TestFile f : suites()) {
      for (TestCase c : f.cases()) {
        assertThat(c.source()).as(f.path() + ": " + c.name()).isPresent();
      }
      String text = Files.readString(Path.of(f.path()));
      InputFormat format = f.path().endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;
      assertThat(SCHEMA.validate(text, format)).as(f.path()).isEmpty();
    }
  }

  @Test
  void aFailureShowsExpectedAndGotWithFileAndLineAndWritesJunitXml(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("lead.test.yaml");
    Files.writeString(file, """
        cases:
          - name: lead time one day late
            caseFile: %s
            expect:
              findings: [{rule: MO.FIEP.LEAD_TIME, kind: VIOLATION}]
              deadlines: [{rule: MO.FIEP.LEAD_TIME, due: 2026-02-20, outcome: MISSED}]
          - name: notice met
            caseFile: %s
            expect:
              deadlines: [{rule: MO.MEETING.NOTICE_10_DAYS, outcome: MET}]
        """.formatted(Path.of("cases/mo-fiep-one-day-late.json").toAbsolutePath(),
        Path.of("cases/mo-fiep-one-day-late.json").toAbsolutePath()), StandardCharsets.UTF_8);
    Path junit = dir.resolve("junit.xml");
    Cli.Result r = Cli.run("test", dir.toString(), "--junit", junit.toString());
    assertThat(r.code()).isEqualTo(1);
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).as("README shows this failure").contains(r.out().replace(dir + java.io.File.separator, "")
        .replace(Path.of("cases/mo-fiep-one-day-late.json").toAbsolutePath().toString(), "").indent(4));
    assertThat(r.out()).contains("FAIL " + file + ":2 $.cases[0]: lead time one day late\n"
        + "  at " + file + ":5 $.cases[0].expect.findings[0]\n"
        + "    expected: a VIOLATION of MO.FIEP.LEAD_TIME\n"
        + "    got:      a WARNING of MO.FIEP.LEAD_TIME with key ")
        .contains("2 tests in 1 file: 1 passed, 1 failed");
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(xml.getDocumentElement().getFirstChild().getNextSibling().getAttributes().getNamedItem("failures")
        .getNodeValue()).isEqualTo("1");

    Cli.Result filtered = Cli.run("test", file.toString(), "--filter", "MO.MEETING.NOTICE_10_DAYS");
    assertThat(filtered.code()).isEqualTo(0);
    assertThat(filtered.out()).isEqualTo("1 test in 1 file: 1 passed, 0 failed\n");
    assertThat(Cli.run("test", file.toString(), "--filter", "nothing-matches").code()).isEqualTo(2);
  }

  @Test
  void badFilesExitTwoWithEveryProblemOfEveryFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.test.json"), """
        {"cases": [{"name": "x", "caseFile": "missing.json",
                    "expect": {"findings": [{"rule": "MO.NO_SUCH"}]}}]}
        """);
    Files.writeString(dir.resolve("b.test.yaml"), """
        cases:
          - name: y
            case: {id: c, state: MO, district: d, student: {id: s}, parties: [{id: p, role: PARENT}],
                   events: [{type: request, id: r, at: "2026-03-02T09:00", kind: MEDIATION, requestedBy: p}]}
            expect:
              findings: [{rule: MO.NO_SUCH}]
        """);
    Files.writeString(dir.resolve("case.json"), "not a test file: never read");
    Cli.Result r = Cli.run("test", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("iepdr test: 3 problems in the test files:\n")
        .contains(dir.resolve("a.test.json") + ":1:26: $.cases[0].caseFile: no case file at 'missing.json'")
        .contains(dir.resolve("b.test.yaml") + ":4:21: $.cases[0].case.events[0]: the field \"filedBy\" is missing")
        .contains(dir.resolve("b.test.yaml") + ":6:19: $.cases[0].expect.findings[0].rule: unknown rule ID"
            + " 'MO.NO_SUCH' for a case of MO");
    assertThat(r.out()).isEmpty();
    assertThat(Cli.run("test", dir.resolve("none").toString()).code()).isEqualTo(2);
  }
}
