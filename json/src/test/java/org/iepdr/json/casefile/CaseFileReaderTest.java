package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.ComplaintIssue;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.Side;
import org.iepdr.core.model.TollingReason;
import org.junit.jupiter.api.Test;

class CaseFileReaderTest {

  static final CaseFileReader READER = new CaseFileReader(
      code -> code.equals("US") ? Optional.of(ZoneId.of("America/New_York")) : Optional.empty());
  static final Path ALL_FIELDS = Path.of("src/test/resources/casefile/all-fields.json");

  static List<CaseFileProblem> problems(String json) {
    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> READER.read("t.json", json, 1));
    assertThat(e).as("the reader should reject the file").isNotNull();
    return e.problems();
  }

  static String minimal(String events) {
    return "{\"id\":\"c\",\"state\":\"US\",\"district\":\"D\",\"student\":{\"id\":\"s\"},"
        + "\"parties\":[{\"id\":\"parent\",\"role\":\"PARENT\"},{\"id\":\"lea\",\"role\":\"LEA\"}],"
        + "\"events\":[" + events + "]}";
  }

  @Test
  void readsEveryFieldOfTheFormat() {
    CaseFile cf = READER.read(ALL_FIELDS);
    Case c = cf.aCase();
    assertThat(cf.asOf()).contains(LocalDate.of(2026, 6, 30));
    assertThat(cf.zone()).contains(ZoneId.of("America/Chicago"));
    assertThat(c.student().birthDate()).contains(LocalDate.of(2014, 5, 3));
    assertThat(c.events()).hasSize(20);
    Meeting iep = (Meeting) c.events().stream().filter(e -> e.id().equals("iep")).findFirst().orElseThrow();
    // local date-times are read in the file's zone (Chicago, CDT in March 2026 after the 8th)
    assertThat(iep.at()).isEqualTo(Instant.parse("2026-03-20T14:00:00Z"));
    assertThat(iep.status()).isEqualTo(Meeting.Status.SCHEDULED);
    assertThat(iep.documents()).extracting(d -> d.kind()).containsExactly(DocumentKind.DRAFT_IEP, DocumentKind.AGENDA);
    assertThat(iep.documents().get(0).markedDraft()).isTrue();
    assertThat(iep.documents().get(0).sentAt()).isEqualTo(Instant.parse("2026-03-13T20:00:00Z"));
    assertThat(iep.recordingNotices()).hasSize(1);
    assertThat(iep.participationAttempts()).hasSize(2);
    assertThat(iep.noticeWaivedBy()).contains("parent");
    Request fiep = (Request) c.events().stream().filter(e -> e.id().equals("fiep")).findFirst().orElseThrow();
    assertThat(fiep.form()).isEqualTo(RequestForm.EMAIL);
    assertThat(fiep.requestedBy()).contains("parent");
    assertThat(fiep.forMeeting()).contains("iep");
    Request dpc = (Request) c.events().stream().filter(e -> e.id().equals("dpc")).findFirst().orElseThrow();
    assertThat(dpc.tollingReason()).contains(TollingReason.LEA_WITHHELD_INFORMATION);
    assertThat(dpc.filedWith()).isEqualTo(Recipient.LEA);
    Receipt r = (Receipt) c.events().stream().filter(e -> e.id().equals("fiep-lea")).findFirst().orElseThrow();
    assertThat(r.via()).isEqualTo(Receipt.Via.FORWARDED);
    Consent ferpa = (Consent) c.events().stream().filter(e -> e.id().equals("ferpa")).findFirst().orElseThrow();
    assertThat(ferpa.informed()).isFalse();
    assertThat(ferpa.revokedAt()).isPresent();
    Agreement a = (Agreement) c.events().stream().filter(e -> e.id().equals("to-mediate")).findFirst().orElseThrow();
    assertThat(a.statesConfidentiality()).isTrue();
    assertThat(a.agencyRepresentative()).contains("rep");
    Demand d = (Demand) c.events().stream().filter(e -> e.id().equals("no-rec")).findFirst().orElseThrow();
    assertThat(d.hours()).contains(48);
    assertThat(dpc.complaintIssues()).extracting(ComplaintIssue::id).containsExactly("p1");
    Request sc = (Request) c.events().stream().filter(e -> e.id().equals("sc")).findFirst().orElseThrow();
    assertThat(sc.complaintIssues().get(0).raisedIn()).contains("dpc");
    assertThat(sc.complaintIssues().get(0).kind()).contains(IssueKind.PLACEMENT);
    assertThat(sc.complaintIssues().get(1).kind()).isEmpty();
    Decision ruling = (Decision) c.events().stream().filter(e -> e.id().equals("ruling")).findFirst().orElseThrow();
    assertThat(ruling.denied()).isTrue();
    assertThat(ruling.decides()).containsExactly("p1");
    Extension ext = (Extension) c.events().stream().filter(e -> e.id().equals("ext")).findFirst().orElseThrow();
    assertThat(ext.requestedBy()).contains("parent");
    Meeting res = (Meeting) c.events().stream().filter(e -> e.id().equals("res")).findFirst().orElseThrow();
    assertThat(res.nonParticipation()).contains(Side.FAMILY);
    Amendment am = (Amendment) c.events().stream().filter(e -> e.id().equals("amended")).findFirst().orElseThrow();
    assertThat(am.basis()).isEqualTo(Amendment.Basis.WRITTEN_CONSENT);
    assertThat(am.grantedAt()).contains(Instant.parse("2026-04-18T15:00:00Z"));
    assertThat(am.grantedBy()).contains("lea");
    Participant fac = c.participant("fac").orElseThrow();
    assertThat(fac.trainingDays()).isEqualTo(3);
    assertThat(fac.onStateList()).isTrue();
  }

  @Test
  void writerRoundTripsEveryField() {
    CaseFile cf = READER.read(ALL_FIELDS);
    CaseFileWriter writer = new CaseFileWriter(ZoneId.of("America/Chicago"));
    String written = writer.write(cf.aCase(), cf.asOf());
    CaseFile again = READER.read("written.json", written, 1);
    // the writer never writes the student's name or birth date
    assertThat(written).doesNotContain("Alex").doesNotContain("2014-05-03");
    Case expected = Case.builder().from(cf.aCase())
        .student(org.iepdr.core.model.Student.of(cf.aCase().student().id())).build();
    assertThat(again.aCase()).isEqualTo(expected);
    assertThat(READER.read("line", writer.writeLine(cf.aCase()), 7).aCase()).isEqualTo(expected);
  }

  @Test
  void reportsEveryProblemOfAFileAtOnceWithLineColumnAndPath() {
    String json = String.join("\n",
        "{",
        "  \"id\": \"bad\", \"state\": \"US\", \"district\": \"D\",",
        "  \"student\": {\"id\": \"s\", \"grade\": 4},",
        "  \"parties\": [{\"id\": \"parent\", \"role\": \"MOTHER\"}, {\"id\": \"lea\", \"role\": \"LEA\"}],",
        "  \"events\": [",
        "    {\"type\": \"request\", \"id\": \"r\", \"at\": \"2026-03-02\", \"kind\": \"DUE_PROCESS\", \"filedBy\": \"lea\"},",
        "    {\"type\": \"meeting\", \"id\": \"m\", \"at\": \"2026-03-20T10:00Z\", \"kind\": \"IEP\", \"attendees\": [\"lea\", \"ghost\"]},",
        "    {\"type\": \"party\", \"id\": \"x\", \"at\": \"2026-03-20T10:00Z\"}",
        "  ]",
        "}");
    List<CaseFileProblem> ps = problems(json);
    assertThat(ps).extracting(CaseFileProblem::path).containsExactly(
        "$.student.grade", "$.parties[0].role", "$.events[0].at", "$.events[0].kind", "$.events[1].attendees[1]",
        "$.events[2].type");
    assertThat(ps.get(0).line()).isEqualTo(3);
    assertThat(ps.get(0).column()).isEqualTo(26);
    assertThat(ps.get(0).message()).contains("unknown field \"grade\"").contains("allowed here: id, name, birthDate");
    assertThat(ps.get(1).message()).contains("'MOTHER'").contains("PARENT, EDUCATIONAL_DECISION_MAKER");
    // the value is never echoed (a value out of place could be a birth date): the field and the form are named
    assertThat(ps.get(2).message()).contains("\"at\" must be an ISO date-time").doesNotContain("2026-03-02");
    assertThat(ps.get(4).message()).contains("'ghost' is not a party or participant");
    assertThat(ps.get(4).line()).isEqualTo(7);
    assertThat(ps.get(5).message()).contains("\"type\" is not an event type").doesNotContain("party,");
    assertThat(ps.get(0).toString()).startsWith("t.json:3:26: $.student.grade: ");
  }

  @Test
  void anUnknownFieldIsAnErrorNamingIt() {
    List<CaseFileProblem> ps = problems(minimal(
        "{\"type\":\"placementChange\",\"id\":\"p\",\"at\":\"2026-03-02T10:00Z\",\"by\":\"lea\",\"colour\":\"red\"}"));
    assertThat(ps).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.events[0].colour");
      assertThat(p.message()).isEqualTo("unknown field \"colour\"; allowed here: type, id, at, by, kind");
    });
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    List<CaseFileProblem> ps = problems("{\n  \"id\": \"x\",\n  \"state\" \"US\"\n}");
    assertThat(ps).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isGreaterThan(1);
      assertThat(p.message()).startsWith("not well-formed JSON");
    });
    assertThat(problems("")).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
    assertThat(problems("[1]")).singleElement().satisfies(p -> assertThat(p.message()).contains("one JSON object"));
  }

  @Test
  void contentAfterTheCaseObjectIsMalformedJsonNotIgnored() {
    List<CaseFileProblem> ps = problems("{\"id\": \"x\"}\n, {\"id\": \"y\"}");
    assertThat(ps).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).startsWith("not well-formed JSON");
    });
  }

  @Test
  void missingRequiredFieldsAreAllReported() {
    List<CaseFileProblem> ps = problems("{\"events\": [{\"type\":\"decision\"}]}");
    assertThat(ps).extracting(CaseFileProblem::message).anyMatch(m -> m.contains("\"id\" is missing"))
        .anyMatch(m -> m.contains("\"state\" is missing")).anyMatch(m -> m.contains("\"district\" is missing"))
        .anyMatch(m -> m.contains("\"student\" is missing")).anyMatch(m -> m.contains("\"parties\" is missing"))
        .anyMatch(m -> m.contains("\"kind\" is missing")).anyMatch(m -> m.contains("\"request\" is missing"))
        .anyMatch(m -> m.contains("\"at\" is missing"));
  }

  @Test
  void theCoresProblemsAreMappedToJsonPaths() {
    List<CaseFileProblem> ps = problems(minimal(String.join(",",
        "{\"type\":\"consent\",\"id\":\"c1\",\"at\":\"2026-03-02T10:00Z\",\"scope\":\"MEDIATION\",\"givenBy\":\"parent\","
            + "\"revokedAt\":\"2026-03-01T10:00Z\"}",
        "{\"type\":\"agreement\",\"id\":\"a1\",\"at\":\"2026-03-02T10:00Z\",\"kind\":\"TO_MEDIATE\","
            + "\"signatories\":[\"parent\",\"nobody\"]}",
        "{\"type\":\"placementChange\",\"id\":\"a1\",\"at\":\"2026-03-03T10:00Z\",\"by\":\"lea\"}",
        "{\"type\":\"decision\",\"id\":\"d1\",\"at\":\"2026-03-03T10:00Z\",\"kind\":\"DISMISSAL\",\"request\":\"a1\"}")));
    assertThat(ps).extracting(CaseFileProblem::path).contains("$.events[0].revokedAt",
        "$.events[1].signatories[1]", "$.events[2].id", "$.events[3].request");
    assertThat(ps).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
  }

  @Test
  void aLocalDateTimeNeedsAZone() {
    String json = minimal("{\"type\":\"placementChange\",\"id\":\"p\",\"at\":\"2026-03-02T10:00\",\"by\":\"lea\"}")
        .replace("\"state\":\"US\"", "\"state\":\"ZZ\"");
    assertThat(problems(json)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.events[0].at");
      assertThat(p.message()).contains("no UTC offset");
    });
    // with an offset, any state code reads (the rule book decides later whether it knows the state)
    assertThat(READER.read("t", json.replace("2026-03-02T10:00\"", "2026-03-02T10:00-06:00\""), 1).aCase().state())
        .isEqualTo("ZZ");
    // the state's zone is used when the file gives none: New York, EST on 2026-03-02
    Case us = READER.read("t", minimal(
        "{\"type\":\"placementChange\",\"id\":\"p\",\"at\":\"2026-03-02T10:00\",\"by\":\"lea\"}"), 1).aCase();
    assertThat(us.events().get(0).at()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
  }

  @Test
  void jsonLinesReportTheirOwnLineNumber() {
    List<CaseFileProblem> ps = catchThrowableOfType(CaseFileException.class,
        () -> READER.read("cases.jsonl", minimal("{\"type\":\"nope\",\"id\":\"p\",\"at\":\"2026-03-02T10:00Z\"}"), 42))
        .problems();
    assertThat(ps).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(42));
  }

  @Test
  void anUnreadableFileIsACaseFileProblem() {
    assertThatThrownBy(() -> READER.read(Path.of("no/such/file.json")))
        .isInstanceOf(CaseFileException.class).hasMessageContaining("no/such/file.json")
        .hasMessageContaining("cannot read the file");
  }
}
