package org.iepdr.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The facts that move the clocks (34 CFR 300.508(d)(3)-(4), 300.510(b)(3)-(5), 300.152(c), 300.515(c)):
 * an amended complaint, a complaint's issues, a decision's denial and the issues it decides, who asked for
 * an extension, a side that did not participate in a meeting; their defaults, and the case's checks.
 */
class ClockFactsTest {

  private static final Instant AT = at("2026-03-02");

  private static Request dp(String id, ComplaintIssue... issues) {
    return Request.builder().id(id).kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT).at(AT)
        .addComplaintIssues(issues).build();
  }

  private static Request sc(String id, ComplaintIssue... issues) {
    return Request.builder().id(id).kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT).at(AT)
        .addComplaintIssues(issues).build();
  }

  private static List<CaseProblem> problems(CaseEvent... events) {
    InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> caseBuilder()
        .addParticipants(Participant.builder().id("officer").role(ParticipantRole.HEARING_OFFICER).build())
        .addEvents(events).build());
    assertThat(e).as("the case should be refused").isNotNull();
    return e.problems();
  }

  private static Case valid(CaseEvent... events) {
    return caseBuilder()
        .addParticipants(Participant.builder().id("officer").role(ParticipantRole.HEARING_OFFICER).build())
        .addEvents(events).build();
  }

  @Test
  void theNewAttributesDefaultToNothingRecorded() {
    Amendment a = Amendment.builder().id("am").request("dp").by(PARENT).at(AT).build();
    assertThat(a.basis()).isEqualTo(Amendment.Basis.NONE);
    assertThat(a.grantedAt()).isEmpty();
    assertThat(a.grantedBy()).isEmpty();
    Decision d = Decision.builder().id("d").kind(DecisionKind.DISMISSAL).request("dp").at(AT).build();
    assertThat(d.denied()).isFalse();
    assertThat(d.decides()).isEmpty();
    assertThat(Extension.builder().id("x").request("dp").reason(Extension.Reason.HEARING_OFFICER_SPECIFIC)
        .newDueDate(LocalDate.of(2026, 5, 1)).at(AT).build().requestedBy()).isEmpty();
    assertThat(Meeting.builder().id("m").kind(MeetingKind.RESOLUTION).at(AT).build().nonParticipation()).isEmpty();
    assertThat(dp("dp").complaintIssues()).isEmpty();
    assertThat(dp("dp").issues()).isEmpty();
  }

  @Test
  void anAmendmentRecordsItsBasisAndWhoGrantedItAndWhen() {
    Amendment a = Amendment.builder().id("am").request("dp").by(PARENT).basis(Amendment.Basis.HEARING_OFFICER_PERMISSION)
        .grantedAt(at("2026-03-20")).grantedBy("officer").at(LocalDateTime.of(2026, 3, 23, 9, 0),
            ZoneId.of("America/Chicago")).build();
    assertThat(a.at()).isEqualTo(Instant.parse("2026-03-23T14:00:00Z"));
    assertThat(a.grantedAt()).contains(at("2026-03-20"));
    Case c = valid(dp("dp"), a);
    assertThat(c.events()).contains(a);
    // the consenting party is a party of the case; the hearing officer here is a participant
    assertThat(valid(dp("dp"), Amendment.builder().id("am").request("dp").by(PARENT)
        .basis(Amendment.Basis.WRITTEN_CONSENT).grantedBy(LEA).at(at("2026-03-10")).build()).events()).hasSize(2);
    assertThat(Amendment.Basis.values()).extracting(Enum::name)
        .containsExactly("WRITTEN_CONSENT", "HEARING_OFFICER_PERMISSION", "NONE");
  }

  @Test
  void theNewConstantsAreWhereTheCatalogueExpectsThem() {
    assertThat(Extension.Reason.values()).extracting(Enum::name).containsExactly("EXCEPTIONAL_CIRCUMSTANCES",
        "AGREED_FOR_MEDIATION_OR_ADR", "HEARING_OFFICER_SPECIFIC", "HEARING_OFFICER_OWN_MOTION", "OTHER");
    assertThat(RequestKind.valueOf("DISMISSAL_REQUEST")).isNotNull();
    assertThat(RequestKind.valueOf("HEARING_TIMELINE_REQUEST")).isNotNull();
    assertThat(DecisionKind.valueOf("HEARING_TIMELINE_ORDER")).isNotNull();
  }

  @Test
  void anAmendmentThatNamesWhoGrantedItButNoBasisIsRefused() {
    assertThat(problems(dp("dp"), Amendment.builder().id("am").request("dp").by(PARENT).grantedBy(LEA).at(AT)
        .build())).singleElement().satisfies(p -> {
          assertThat(p.eventId()).contains("am");
          assertThat(p.field()).isEqualTo("basis");
          assertThat(p.message()).contains("grantedBy").contains("NONE").contains("WRITTEN_CONSENT")
              .contains("HEARING_OFFICER_PERMISSION");
        });
    assertThat(problems(dp("dp"), Amendment.builder().id("am").request("dp").by(PARENT).grantedAt(AT).at(AT)
        .build())).singleElement().satisfies(p -> assertThat(p.message()).contains("grantedAt"));
  }

  @Test
  void anAmendmentNamingNoComplaintNoPartyOrAnUnknownGrantorIsRefused() {
    assertThat(problems(Amendment.builder().id("am").request("ghost-1").by("ghost-2")
        .basis(Amendment.Basis.WRITTEN_CONSENT).grantedBy("ghost-3").at(AT).build()))
        .extracting(CaseProblem::field).containsExactlyInAnyOrder("request", "by", "grantedBy");
    // a participant cannot amend: "by" needs a party
    assertThat(problems(dp("dp"), Amendment.builder().id("am").request("dp").by("officer").at(AT).build()))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("'officer' is a participant")
            .contains("needs a party"));
  }

  @Test
  void aComplaintIssueNeedsAnIdAndASummaryAndKeepsTheSummaryOutOfItsText() {
    ComplaintIssue i = ComplaintIssue.builder().id("i1").summary("Alex's speech minutes were not provided")
        .kind(IssueKind.NON_COMPLIANCE).raisedIn("dp").build();
    assertThat(i.kind()).contains(IssueKind.NON_COMPLIANCE);
    assertThat(i.raisedIn()).contains("dp");
    assertThat(i.toString()).contains("i1").doesNotContain("Alex");
    assertThat(ComplaintIssue.of("i2", "placement")).isEqualTo(ComplaintIssue.builder().id("i2").summary("placement")
        .build());
    assertThatThrownBy(() -> ComplaintIssue.of(" ", "x")).isInstanceOf(InvalidInputException.class)
        .satisfies(t -> assertThat(((InvalidInputException) t).field()).isEqualTo("complaintIssue.id"));
    assertThatThrownBy(() -> ComplaintIssue.of("i3", "")).isInstanceOf(InvalidInputException.class)
        .satisfies(t -> assertThat(((InvalidInputException) t).field()).isEqualTo("complaintIssue 'i3'.summary"));
    assertThatThrownBy(() -> ComplaintIssue.builder().id("i4").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("summary");
  }

  @Test
  void aStateComplaintIssueRaisedInADueProcessHearingIsValid() {
    Case c = valid(dp("dp", ComplaintIssue.of("a", "placement")),
        sc("sc", ComplaintIssue.builder().id("a").summary("placement").raisedIn("dp").build(),
            ComplaintIssue.of("b", "minutes")),
        Request.builder().id("xdp").kind(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT).filedBy(PARENT).at(AT).build(),
        sc("sc2", ComplaintIssue.builder().id("a").summary("removal").raisedIn("xdp").build()));
    Request sc = (Request) c.events().stream().filter(e -> e.id().equals("sc")).findFirst().orElseThrow();
    assertThat(sc.complaintIssues()).extracting(ComplaintIssue::id).containsExactly("a", "b");
    assertThat(sc.references()).contains(new Reference("complaintIssues.raisedIn", "dp", Reference.Kind.REQUEST));
  }

  @Test
  void everyProblemWithTheIssuesIsReportedAtOnceNamingTheFieldAndTheValue() {
    Request mediation = Request.builder().id("med").kind(RequestKind.MEDIATION).filedBy(PARENT).at(AT).build();
    List<CaseProblem> ps = problems(dp("dp", ComplaintIssue.of("a", "x"), ComplaintIssue.builder().id("b")
            .summary("y").raisedIn("sc").build()),
        mediation,
        sc("sc", ComplaintIssue.of("a", "x"), ComplaintIssue.of("a", "again"), ComplaintIssue.of("a", "thrice"),
            ComplaintIssue.builder().id("c").summary("z").raisedIn("med").build(),
            ComplaintIssue.builder().id("d").summary("z").raisedIn("ghost").build()),
        Decision.builder().id("dec").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc")
            .addDecides("a", "nope").at(at("2026-04-01")).build());
    assertThat(ps).extracting(CaseProblem::eventId, CaseProblem::field).containsExactlyInAnyOrder(
        Tuple.tuple(Optional.of("dp"), "complaintIssues.raisedIn"),
        Tuple.tuple(Optional.of("sc"), "complaintIssues.id"),
        Tuple.tuple(Optional.of("sc"), "complaintIssues.raisedIn"),
        Tuple.tuple(Optional.of("sc"), "complaintIssues.raisedIn"),
        Tuple.tuple(Optional.of("dec"), "decides"));
    assertThat(ps).filteredOn(p -> p.field().equals("complaintIssues.id")).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("'a' is the id of two issues"));
    assertThat(ps).filteredOn(p -> p.eventId().equals(Optional.of("dp"))).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("'sc' is named").contains("issue 'b'")
            .contains("DUE_PROCESS_COMPLAINT").contains("only an issue of a STATE_COMPLAINT").contains("300.152(c)(1)"));
    assertThat(ps).extracting(CaseProblem::message)
        .anySatisfy(m -> assertThat(m).startsWith("'med' is a MEDIATION").contains("issue 'c'")
            .contains("DUE_PROCESS_COMPLAINT or EXPEDITED_DUE_PROCESS_COMPLAINT"))
        .anySatisfy(m -> assertThat(m).startsWith("'ghost' is not an event of the case"))
        .anySatisfy(m -> assertThat(m).isEqualTo("'nope' is not an issue of request 'sc' (issues: [a, c, d])"));
  }

  @Test
  void aDecisionDecidesIssuesOfItsRequestOrOfTheComplaintItsRequestRelatesTo() {
    Request dismiss = Request.builder().id("ask").kind(RequestKind.DISMISSAL_REQUEST).filedBy(LEA).relatesTo("dp")
        .at(at("2026-04-02")).build();
    Decision granted = Decision.builder().id("order").kind(DecisionKind.DISMISSAL).request("ask").addDecides("a")
        .at(at("2026-04-10")).build();
    assertThat(valid(dp("dp", ComplaintIssue.of("a", "x")), dismiss, granted).events()).hasSize(3);
    Decision denied = Decision.builder().id("order").kind(DecisionKind.DISMISSAL).request("ask").denied(true)
        .addDecides("z").at(at("2026-04-10")).build();
    assertThat(denied.denied()).isTrue();
    assertThat(problems(dp("dp", ComplaintIssue.of("a", "x")), dismiss, denied)).singleElement()
        .satisfies(p -> assertThat(p.message())
            .isEqualTo("'z' is not an issue of request 'ask' or of request 'dp' it relates to (issues: [a])"));
    // a decision on a request that is not in the case is reported once, by its reference
    assertThat(problems(Decision.builder().id("d").kind(DecisionKind.HEARING_TIMELINE_ORDER).request("ghost")
        .addDecides("a").at(AT).build())).extracting(CaseProblem::field).containsExactly("request");
  }

  @Test
  void aLongListOfIssuesIsCutShortInTheMessage() {
    ComplaintIssue[] many = new ComplaintIssue[30];
    for (int i = 0; i < many.length; i++) {
      many[i] = ComplaintIssue.of(String.format("i%02d", i), "s");
    }
    assertThat(problems(sc("sc", many), Decision.builder().id("d").kind(DecisionKind.STATE_COMPLAINT_DECISION)
        .request("sc").addDecides("zz").at(AT).build())).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("i19, ... and 10 more]").doesNotContain("i20"));
  }

  @Test
  void anExtensionNamesThePartyThatAskedAndAMeetingTheSideThatStayedAway() {
    Extension x = Extension.builder().id("x").request("dp").reason(Extension.Reason.HEARING_OFFICER_SPECIFIC)
        .requestedBy(LEA).newDueDate(LocalDate.of(2026, 5, 1)).at(AT).build();
    Meeting m = Meeting.builder().id("res").kind(MeetingKind.RESOLUTION).request("dp").status(Meeting.Status.CANCELLED)
        .nonParticipation(Side.FAMILY).at(at("2026-03-10")).build();
    Case c = valid(dp("dp"), x, m);
    assertThat(((Extension) c.events().get(1)).requestedBy()).contains(LEA);
    assertThat(((Meeting) c.events().get(2)).nonParticipation()).contains(Side.FAMILY);
    assertThat(problems(dp("dp"), Extension.builder().id("x").request("dp").reason(Extension.Reason.OTHER)
        .requestedBy("officer").newDueDate(LocalDate.of(2026, 5, 1)).at(AT).build())).singleElement()
        .satisfies(p -> {
          assertThat(p.field()).isEqualTo("requestedBy");
          assertThat(p.message()).contains("'officer' is a participant");
        });
  }
}
