package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.json.casefile.CaseFileReaderTest.READER;
import static org.iepdr.json.casefile.CaseFileReaderTest.minimal;
import static org.iepdr.json.casefile.CaseFileReaderTest.problems;

import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.ComplaintIssue;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.junit.jupiter.api.Test;

/**
 * The facts that move the clocks in the case-file format: the {@code amendment} event, a request's
 * {@code complaintIssues}, a decision's {@code denied} and {@code decides}, an extension's
 * {@code requestedBy}, a meeting's {@code nonParticipation}, and the new request, decision and extension
 * kinds. Read, written back to an equal case, valid under the schema, and refused with every problem at once.
 */
class ClockFactsCaseFileTest {

  static final Path MOVING_CLOCKS = Path.of("src/test/resources/casefile/moving-clocks.json");

  private static final String DP = "{\"type\":\"request\",\"id\":\"dp\",\"at\":\"2026-03-02T10:00Z\","
      + "\"kind\":\"DUE_PROCESS_COMPLAINT\",\"filedBy\":\"parent\"}";

  /** A complaint and its amendment with every field. */
  static final String AMENDMENT = minimal(DP + ",{\"type\":\"amendment\",\"id\":\"am\",\"at\":\"2026-03-06T10:00Z\","
      + "\"request\":\"dp\",\"by\":\"parent\",\"basis\":\"WRITTEN_CONSENT\",\"grantedAt\":\"2026-03-05T10:00Z\","
      + "\"grantedBy\":\"lea\"}");

  /** A state complaint's issues, one raised in the hearing, decided; a meeting the LEA stayed away from; an asked-for extension. */
  static final String ISSUES = minimal(DP + ",{\"type\":\"request\",\"id\":\"sc\",\"at\":\"2026-03-03T10:00Z\","
      + "\"kind\":\"STATE_COMPLAINT\",\"filedBy\":\"parent\",\"complaintIssues\":[{\"id\":\"a\",\"summary\":\"placement\","
      + "\"kind\":\"PLACEMENT\",\"raisedIn\":\"dp\"},{\"id\":\"b\",\"summary\":\"minutes\"}]},"
      + "{\"type\":\"decision\",\"id\":\"d\",\"at\":\"2026-04-20T10:00Z\",\"kind\":\"STATE_COMPLAINT_DECISION\","
      + "\"request\":\"sc\",\"denied\":false,\"decides\":[\"b\"]},"
      + "{\"type\":\"meeting\",\"id\":\"res\",\"at\":\"2026-03-12T10:00Z\",\"kind\":\"RESOLUTION\",\"status\":\"CANCELLED\","
      + "\"request\":\"dp\",\"nonParticipation\":\"AGENCY\"},"
      + "{\"type\":\"extension\",\"id\":\"x\",\"at\":\"2026-04-01T10:00Z\",\"request\":\"dp\","
      + "\"reason\":\"HEARING_OFFICER_SPECIFIC\",\"newDueDate\":\"2026-05-20\",\"requestedBy\":\"lea\"}");

  private static <T extends CaseEvent> T event(Case c, String id, Class<T> type) {
    return type.cast(c.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow());
  }

  @Test
  void theMovingClocksFixtureReadsEveryNewFact() {
    Case c = READER.read(MOVING_CLOCKS).aCase();
    Request sc = event(c, "sc", Request.class);
    assertThat(sc.complaintIssues()).extracting(ComplaintIssue::id).containsExactly("a", "b");
    assertThat(sc.complaintIssues().get(0).raisedIn()).contains("dp");
    assertThat(sc.complaintIssues().get(1).kind()).contains(IssueKind.NON_COMPLIANCE);
    assertThat(event(c, "res-1", Meeting.class).nonParticipation()).contains(Side.FAMILY);
    assertThat(event(c, "res-1", Meeting.class).participationAttempts()).hasSize(2);
    assertThat(event(c, "res-2", Meeting.class).nonParticipation()).contains(Side.AGENCY);
    Amendment am = event(c, "amended", Amendment.class);
    assertThat(am.request()).isEqualTo("dp");
    assertThat(am.by()).isEqualTo("parent");
    assertThat(am.basis()).isEqualTo(Amendment.Basis.WRITTEN_CONSENT);
    assertThat(am.grantedAt()).contains(Instant.parse("2026-02-24T21:00:00Z"));
    assertThat(am.grantedBy()).contains("lea");
    assertThat(event(c, "ask-dismissal", Request.class).kind()).isEqualTo(RequestKind.DISMISSAL_REQUEST);
    assertThat(event(c, "ask-dismissal", Request.class).relatesTo()).contains("dp");
    assertThat(event(c, "ask-timeline", Request.class).kind()).isEqualTo(RequestKind.HEARING_TIMELINE_REQUEST);
    Decision refused = event(c, "no-dismissal", Decision.class);
    assertThat(refused.kind()).isEqualTo(DecisionKind.DISMISSAL);
    assertThat(refused.denied()).isTrue();
    Decision order = event(c, "timeline-begins", Decision.class);
    assertThat(order.kind()).isEqualTo(DecisionKind.HEARING_TIMELINE_ORDER);
    assertThat(order.denied()).isFalse();
    assertThat(event(c, "sc-decided", Decision.class).decides()).containsExactly("b");
    assertThat(event(c, "hearing-decided", Decision.class).decides()).containsExactly("p1", "p2");
    assertThat(event(c, "ext-asked", Extension.class).requestedBy()).contains("lea");
    assertThat(event(c, "ext-own-motion", Extension.class).reason()).isEqualTo(Extension.Reason.HEARING_OFFICER_OWN_MOTION);
    assertThat(event(c, "ext-own-motion", Extension.class).requestedBy()).isEmpty();
    assertThat(event(c, "ext-own-motion", Extension.class).newDueDate()).isEqualTo(LocalDate.of(2026, 5, 29));
  }

  @Test
  void everyNewFactIsWrittenBackToAnEqualCase() throws IOException {
    for (String json : List.of(Files.readString(MOVING_CLOCKS), AMENDMENT, ISSUES)) {
      Case c = READER.read("t.json", json, 1).aCase();
      CaseFileWriter writer = new CaseFileWriter(ZoneId.of("America/Chicago"));
      String written = writer.write(c, Optional.empty());
      assertThat(READER.read("w.json", written, 1).aCase()).isEqualTo(c);
      assertThat(READER.read("line", writer.writeLine(c), 3).aCase()).isEqualTo(c);
      assertThat(SchemaAgreementTest.SCHEMA.validate(written, InputFormat.JSON)).isEmpty();
    }
    String written = new CaseFileWriter(ZoneId.of("America/New_York")).write(READER.read(MOVING_CLOCKS).aCase(),
        Optional.empty());
    assertThat(written).contains("\"type\" : \"amendment\"").contains("\"basis\" : \"WRITTEN_CONSENT\"")
        .contains("\"grantedAt\" : \"2026-02-24T16:00:00-05:00\"").contains("\"grantedBy\" : \"lea\"")
        .contains("\"complaintIssues\"").contains("\"raisedIn\" : \"dp\"").contains("\"nonParticipation\" : \"AGENCY\"")
        .contains("\"denied\" : true").contains("\"decides\"").contains("\"requestedBy\" : \"lea\"")
        .contains("DISMISSAL_REQUEST").contains("HEARING_TIMELINE_ORDER").contains("HEARING_OFFICER_OWN_MOTION")
        // defaults are left out: no "denied": false, no "basis" for an amendment with none
        .doesNotContain("\"denied\" : false");
    Case bare = READER.read("t.json", minimal(DP + ",{\"type\":\"amendment\",\"id\":\"am\",\"at\":\"2026-03-06T10:00Z\","
        + "\"request\":\"dp\",\"by\":\"parent\"}"), 1).aCase();
    assertThat(event(bare, "am", Amendment.class).basis()).isEqualTo(Amendment.Basis.NONE);
    assertThat(new CaseFileWriter(ZoneId.of("UTC")).write(bare, Optional.empty())).doesNotContain("basis");
    assertThat(CaseFileWriter.typeOf(event(bare, "am", Amendment.class))).isEqualTo("amendment");
    assertThat(CaseFileReader.EVENT_TYPES).contains("amendment");
  }

  @Test
  void everyProblemWithTheNewFieldsIsReportedAtOnceWithItsPathAndWhatIsAllowed() {
    String json = minimal(DP + ",{\"type\":\"request\",\"id\":\"sc\",\"at\":\"2026-03-03T10:00Z\","
        + "\"kind\":\"STATE_COMPLAINT\",\"filedBy\":\"parent\",\"complaintIssues\":[{\"id\":\"a\",\"kind\":\"TOYS\","
        + "\"colour\":1},\"b\"]},"
        + "{\"type\":\"amendment\",\"id\":\"am\",\"at\":\"2026-03-06T10:00Z\",\"request\":\"dp\",\"basis\":\"NODDED\","
        + "\"grantedAt\":\"soon\"},"
        + "{\"type\":\"decision\",\"id\":\"d\",\"at\":\"2026-04-20T10:00Z\",\"kind\":\"HEARING_TIMELINE_ORDER\","
        + "\"request\":\"dp\",\"denied\":\"no\",\"decides\":\"a\"},"
        + "{\"type\":\"meeting\",\"id\":\"res\",\"at\":\"2026-03-12T10:00Z\",\"kind\":\"RESOLUTION\","
        + "\"nonParticipation\":\"LEA\"},"
        + "{\"type\":\"extension\",\"id\":\"x\",\"at\":\"2026-04-01T10:00Z\",\"request\":\"dp\","
        + "\"reason\":\"HEARING_OFFICER_WHIM\",\"newDueDate\":\"2026-05-20\",\"requestedBy\":7}");
    List<CaseFileProblem> ps = problems(json);
    assertThat(ps).extracting(CaseFileProblem::path).containsExactlyInAnyOrder(
        "$.events[1].complaintIssues[0]", "$.events[1].complaintIssues[0].kind", "$.events[1].complaintIssues[0].colour",
        "$.events[1].complaintIssues[1]",
        "$.events[2]", "$.events[2].basis", "$.events[2].grantedAt",
        "$.events[3].denied", "$.events[3].decides",
        "$.events[4].nonParticipation",
        "$.events[5].reason", "$.events[5].requestedBy");
    assertThat(message(ps, "$.events[1].complaintIssues[0]"))
        .isEqualTo("the field \"summary\" is missing; give a non-empty string");
    assertThat(message(ps, "$.events[1].complaintIssues[0].kind")).contains("'TOYS' is not allowed in \"kind\"")
        .contains("COMMUNICATION_BREAKDOWN, SERVICES");
    assertThat(message(ps, "$.events[1].complaintIssues[0].colour"))
        .isEqualTo("unknown field \"colour\"; allowed here: id, summary, kind, raisedIn");
    assertThat(message(ps, "$.events[1].complaintIssues[1]")).contains("must be an object");
    assertThat(message(ps, "$.events[2]")).contains("\"by\" is missing");
    assertThat(message(ps, "$.events[2].basis")).contains("'NODDED' is not allowed in \"basis\"")
        .contains("allowed: WRITTEN_CONSENT, HEARING_OFFICER_PERMISSION, NONE");
    assertThat(message(ps, "$.events[2].grantedAt")).contains("\"grantedAt\" must be an ISO date-time");
    assertThat(message(ps, "$.events[3].denied")).isEqualTo("\"denied\" must be true or false, not a string");
    assertThat(message(ps, "$.events[3].decides")).contains("must be an array of ids");
    assertThat(message(ps, "$.events[4].nonParticipation")).contains("'LEA' is not allowed").contains("FAMILY, AGENCY");
    assertThat(message(ps, "$.events[5].reason")).contains("HEARING_OFFICER_SPECIFIC, HEARING_OFFICER_OWN_MOTION, OTHER");
    assertThat(message(ps, "$.events[5].requestedBy")).contains("must be a non-empty string, not a number");
  }

  @Test
  void factsThatCannotAllBeTrueAreMappedToTheValueAtFault() {
    String json = minimal(DP + ",{\"type\":\"request\",\"id\":\"med\",\"at\":\"2026-03-02T11:00Z\",\"kind\":\"MEDIATION\","
        + "\"filedBy\":\"parent\"},"
        + "{\"type\":\"request\",\"id\":\"sc\",\"at\":\"2026-03-03T10:00Z\",\"kind\":\"STATE_COMPLAINT\",\"filedBy\":\"parent\","
        + "\"complaintIssues\":[{\"id\":\"a\",\"summary\":\"s\"},{\"id\":\"c\",\"summary\":\"s\",\"raisedIn\":\"med\"},"
        + "{\"id\":\"a\",\"summary\":\"again\"}]},"
        + "{\"type\":\"decision\",\"id\":\"d\",\"at\":\"2026-04-20T10:00Z\",\"kind\":\"STATE_COMPLAINT_DECISION\","
        + "\"request\":\"sc\",\"decides\":[\"a\",\"zz\"]},"
        + "{\"type\":\"amendment\",\"id\":\"am\",\"at\":\"2026-03-06T10:00Z\",\"request\":\"dp\",\"by\":\"parent\","
        + "\"grantedBy\":\"ghost\"},"
        + "{\"type\":\"extension\",\"id\":\"x\",\"at\":\"2026-04-01T10:00Z\",\"request\":\"dp\","
        + "\"reason\":\"HEARING_OFFICER_SPECIFIC\",\"newDueDate\":\"2026-05-20\",\"requestedBy\":\"nobody\"}");
    List<CaseFileProblem> ps = problems(json);
    assertThat(ps).extracting(CaseFileProblem::path).containsExactlyInAnyOrder(
        "$.events[2].complaintIssues[2].id", "$.events[2].complaintIssues[1].raisedIn", "$.events[3].decides[1]",
        "$.events[4].basis", "$.events[4].grantedBy", "$.events[5].requestedBy");
    assertThat(message(ps, "$.events[2].complaintIssues[2].id")).startsWith("event 'sc': complaintIssues.id: 'a' is the"
        + " id of two issues");
    assertThat(message(ps, "$.events[2].complaintIssues[1].raisedIn")).contains("'med' is a MEDIATION");
    assertThat(message(ps, "$.events[3].decides[1]"))
        .isEqualTo("event 'd': decides: 'zz' is not an issue of request 'sc' (issues: [a, c])");
    assertThat(message(ps, "$.events[4].basis")).contains("basis is NONE");
    assertThat(message(ps, "$.events[4].grantedBy")).contains("'ghost' is not a party or participant");
    assertThat(message(ps, "$.events[5].requestedBy")).contains("'nobody' is not a party or participant");
  }

  private static String message(List<CaseFileProblem> ps, String path) {
    return ps.stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(
        "no problem at " + path + " in " + ps)).message();
  }
}
