package org.iepdr.json.testfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.conformance.Expectation;
import org.iepdr.core.conformance.TestCase;
import org.iepdr.core.conformance.TestCaseResult;
import org.iepdr.core.conformance.TestCaseScenario;
import org.iepdr.core.conformance.TestRun;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFileProblem;
import org.junit.jupiter.api.Test;

/** The test-file format: JSON and YAML read alike, partial expectations checked, every problem at once. */
class TestFileReaderTest {

  static final RuleBook BOOK = RuleBook.load();
  static final TestFileReader READER = TestFileReader.forRuleBook(BOOK);
  static final Path BASE = Path.of(".");

  /** A Missouri facilitated IEP whose request reaches DESE the day after the 10-day lead time. */
  static final String CASE_YAML = """
        id: late
        state: MO
        district: Example R-1
        student: {id: s1}
        parties: [{id: parent, role: PARENT}, {id: district, role: LEA}]
        participants: [{id: facilitator, role: FACILITATOR, trainingDays: 3, onStateList: true}]
        events:
          - {type: consent, id: ferpa, at: "2026-02-19T16:00", scope: SHARE_RECORDS_WITH_FACILITATOR, givenBy: parent}
          - {type: request, id: fiep-request, at: "2026-02-21T11:00", kind: FACILITATED_IEP, requestedBy: parent,
             filedBy: district, signedBy: [parent, district], issues: [COMMUNICATION_BREAKDOWN], forMeeting: m}
          - {type: meeting, id: m, at: "2026-03-02T09:00", kind: FACILITATED_IEP, request: fiep-request,
             attendees: [parent, district, facilitator],
             documents: [{kind: MEETING_NOTICE, sentAt: "2026-02-18T15:00", sentBy: district}]}
      """;

  static String yaml(String expect) {
    return "name: lead time\ncases:\n  - name: late\n    rule: MO.FIEP.LEAD_TIME\n    scenario: late\n"
        + "    source: at least 10 days in advance\n    case:\n"
        + CASE_YAML.indent(4) + "    expect:\n" + expect.indent(6);
  }

  @Test
  void aYamlFileReadsIntoTestCasesThatPass() {
    TestFile f = READER.read("t.test.yaml", yaml("""
        findings: [{rule: MO.FIEP.LEAD_TIME, kind: WARNING, events: [fiep-request]}]
        noFindings: [{rule: MO.FIEP.LEAD_TIME, kind: VIOLATION}]
        deadlines: [{rule: MO.FIEP.LEAD_TIME, trigger: m, due: 2026-02-20, outcome: MISSED}]
        nextSteps: [MEDIATION]
        noNextSteps: [JUDICIAL_REVIEW]
        """), true, BASE);
    assertThat(f.name()).isEqualTo("lead time");
    TestCase t = f.cases().get(0);
    assertThat(t.scenario()).contains(TestCaseScenario.LATE);
    assertThat(t.rule()).contains("MO.FIEP.LEAD_TIME");
    assertThat(t.source()).contains("at least 10 days in advance");
    assertThat(t.expectations()).hasSize(5);
    assertThat(t.where()).isEqualTo("t.test.yaml:3 $.cases[0]");
    TestCaseResult r = TestRun.of(BOOK).run(t);
    assertThat(r.failures()).isEmpty();
    assertThat(r.passed()).isTrue();
    assertThat(t.matches("MO.FIEP.LEAD_TIME")).isTrue();
    assertThat(t.matches("lat")).isTrue();
    assertThat(t.matches("MO.MEETING.NOTICE_10_DAYS")).isFalse();
  }

  @Test
  void eachWrongExpectationFailsWithExpectedAndGot() {
    TestFile f = READER.read("t.test.yaml", yaml("""
        findings: [{rule: MO.FIEP.LEAD_TIME, kind: VIOLATION}]
        noFindings: [{rule: MO.FIEP.LEAD_TIME}]
        deadlines: [{rule: MO.FIEP.LEAD_TIME, due: 2026-02-21}, {rule: MO.FIEP.LEAD_TIME, outcome: MET}]
        nextSteps: [JUDICIAL_REVIEW]
        noNextSteps: [MEDIATION]
        """), true, BASE);
    TestCaseResult r = TestRun.of(BOOK).run(f.cases().get(0));
    assertThat(r.passed()).isFalse();
    assertThat(r.failures()).hasSize(6);
    assertThat(r.failures().get(0).expected()).isEqualTo("a VIOLATION of MO.FIEP.LEAD_TIME");
    assertThat(r.failures().get(0).got()).startsWith("a WARNING of MO.FIEP.LEAD_TIME with key ");
    assertThat(r.failures().get(1).expected()).isEqualTo("no finding of MO.FIEP.LEAD_TIME");
    assertThat(r.failures().get(2).expected()).isEqualTo("a deadline of MO.FIEP.LEAD_TIME due 2026-02-21");
    assertThat(r.failures().get(2).got()).contains("due 2026-02-20").contains("with outcome MISSED");
    assertThat(r.failures().get(3).expected()).isEqualTo("a deadline of MO.FIEP.LEAD_TIME with outcome MET");
    assertThat(r.failures().get(4).expected()).isEqualTo("next step JUDICIAL_REVIEW");
    assertThat(r.failures().get(5).expected()).isEqualTo("no next step MEDIATION");
    assertThat(r.failures().get(0).expectation().where()).isEqualTo("t.test.yaml:22 $.cases[0].expect.findings[0]");
  }

  @Test
  void jsonReadsLikeYaml() {
    String json = """
        {"cases": [{"name": "n", "caseFile": "../examples/cases/mo-fiep-one-day-late.json", "asOf": "2026-03-06",
          "expect": {"deadlines": [{"rule": "MO.FIEP.LEAD_TIME", "due": "2026-02-20", "outcome": "MISSED"}]}}]}
        """;
    TestFile f = READER.read("dir/x.test.json", json, false, BASE);
    assertThat(f.name()).isEqualTo("x.test.json");
    assertThat(f.cases().get(0).asOf()).contains(LocalDate.of(2026, 3, 6));
    assertThat(f.cases().get(0).expectations().get(0)).isEqualTo(new Expectation.DeadlineExpected(
        "dir/x.test.json:2 $.cases[0].expect.deadlines[0]", "MO.FIEP.LEAD_TIME", Optional.empty(),
        Optional.of(LocalDate.of(2026, 2, 20)), Optional.empty(), Optional.empty(), Optional.of(DeadlineOutcome.MISSED)));
    assertThat(TestRun.of(BOOK).run(f.cases().get(0)).passed()).isTrue();
  }

  @Test
  void everyProblemIsReportedAtOnceWithLineAndPath() {
    String json = """
        {"name": 3, "cases": [
          {"name": "a", "scenario": "soon", "caseFile": "../examples/cases/mo-fiep-on-time.json",
           "expect": {"findings": [{"rule": "MO.NO_SUCH_RULE", "kind": "ERROR", "events": ["ghost"]}],
                      "deadlines": [{"rule": "IDEA.STAY_PUT", "due": "soon", "outcome": "LATE"}],
                      "nextSteps": ["COURT"], "others": []}},
          {"name": "a", "case": {"id": "c", "state": "MO"}, "expect": {}},
          {"name": "b", "caseFile": "no-such.json", "case": {}, "expect": {"nextSteps": ["MEDIATION"]}}
        ]}
        """;
    assertThatThrownBy(() -> READER.read("bad.test.json", json, false, BASE))
        .isInstanceOfSatisfying(TestFileException.class, e -> {
          List<String> ps = e.problems().stream().map(CaseFileProblem::toString).toList();
          assertThat(ps).contains(
              "bad.test.json:1:2: $.name: 'name' must be a non-empty string",
              "bad.test.json:2:17: $.cases[0].scenario: 'scenario' is 'soon'; allowed: on-time, late, boundary,"
                  + " holds, broken",
              "bad.test.json:3:29: $.cases[0].expect.findings[0].rule: unknown rule ID 'MO.NO_SUCH_RULE' for a case"
                  + " of MO; see `iepdr rules --state MO` for the rule IDs",
              "bad.test.json:3:56: $.cases[0].expect.findings[0].kind: 'kind' is 'ERROR'; allowed: VIOLATION,"
                  + " WARNING, ADVISORY",
              "bad.test.json:3:84: $.cases[0].expect.findings[0].events[0]: the case has no event 'ghost'",
              "bad.test.json:4:55: $.cases[0].expect.deadlines[0].due: 'due' is 'soon'; give a date as YYYY-MM-DD",
              "bad.test.json:5:39: $.cases[0].expect.others: unknown field 'others'; allowed here: deadlines,"
                  + " findings, nextSteps, noFindings, noNextSteps",
              "bad.test.json:6:4: $.cases[1].name: a second test named 'a'; names must be unique in a file",
              "bad.test.json:6:53: $.cases[1].expect: 'expect' states nothing; give at least one finding, absent"
                  + " finding, deadline or next step",
              "bad.test.json:7:3: $.cases[2]: give either 'case' or 'caseFile', not both");
          assertThat(ps).anyMatch(p -> p.startsWith("bad.test.json:5:29: $.cases[0].expect.nextSteps[0]: 'COURT'"));
          assertThat(ps).anyMatch(p -> p.startsWith("bad.test.json:4:70: $.cases[0].expect.deadlines[0].outcome:"));
          assertThat(ps).anyMatch(p -> p.startsWith("bad.test.json:6:17: $.cases[1].case: the field \"district\""));
          assertThat(e.getMessage()).startsWith(ps.size() + " problems in the test file:");
        });
  }

  @Test
  void malformedYamlIsReportedWithItsLine() {
    assertThatThrownBy(() -> READER.read("m.test.yaml", "cases:\n  - name: [unclosed\n", true, BASE))
        .isInstanceOfSatisfying(TestFileException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.problems().get(0).line()).isPositive();
          assertThat(e.problems().get(0).message()).startsWith("not well-formed YAML: ");
        });
  }

  @Test
  void testFilesAreToldFromCaseFilesByName() {
    assertThat(TestFileReader.isTestFileName(Path.of("a/b.test.yaml"))).isTrue();
    assertThat(TestFileReader.isTestFileName(Path.of("b.test.yml"))).isTrue();
    assertThat(TestFileReader.isTestFileName(Path.of("b.test.json"))).isTrue();
    assertThat(TestFileReader.isTestFileName(Path.of("b.json"))).isFalse();
  }

  @Test
  void anIneffectiveFindingPatternMatchesAnyKind() {
    Expectation.FindingPattern p = new Expectation.FindingPattern("X.Y", Optional.of(FindingKind.WARNING), List.of(),
        Optional.empty());
    assertThat(p.describe()).isEqualTo("a WARNING of X.Y");
  }
}
