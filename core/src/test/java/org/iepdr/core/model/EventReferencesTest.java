package org.iepdr.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.iepdr.core.model.Reference.Kind;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link CaseEvent#references()} of every event kind, each optional field included, and that a
 * {@link Case} checks each of those references (so an unknown id in any field is reported).
 */
class EventReferencesTest {

  private static final Instant AT = at("2026-03-10");

  private static Reference ref(String field, String id, Kind kind) {
    return new Reference(field, id, kind);
  }

  @Test
  void aRequestNamesItsFilerRequesterSignersMeetingAndEarlierRequest() {
    Request bare = Request.builder().id("r1").kind(RequestKind.MEDIATION).filedBy("p").at(AT).build();
    assertThat(bare.references()).containsExactly(ref("filedBy", "p", Kind.PARTY));
    Request full = Request.builder().id("r2").kind(RequestKind.FACILITATED_IEP).filedBy("p").requestedBy("q")
        .addSignedBy("p", "d").forMeeting("m").relatesTo("r1").at(AT).build();
    assertThat(full.references()).containsExactlyInAnyOrder(ref("filedBy", "p", Kind.PARTY),
        ref("requestedBy", "q", Kind.PARTY), ref("signedBy", "p", Kind.PARTY), ref("signedBy", "d", Kind.PARTY),
        ref("forMeeting", "m", Kind.MEETING), ref("relatesTo", "r1", Kind.REQUEST));
  }

  @Test
  void aReceiptNamesItsRequestAndItsSenderIfKnown() {
    Receipt bare = Receipt.builder().id("x").request("r").recipient(Recipient.LEA).at(AT).build();
    assertThat(bare.references()).containsExactly(ref("request", "r", Kind.REQUEST));
    Receipt sent = Receipt.builder().id("x").request("r").recipient(Recipient.LEA).sentBy("p").at(AT).build();
    assertThat(sent.references()).containsExactly(ref("request", "r", Kind.REQUEST), ref("sentBy", "p", Kind.PARTY));
  }

  @Test
  void aReplyNamesItsRequestAndTheAnsweringParty() {
    Reply reply = Reply.builder().id("x").request("r").by("d").answer(Reply.Answer.ACCEPTED).at(AT).build();
    assertThat(reply.references()).containsExactlyInAnyOrder(ref("request", "r", Kind.REQUEST), ref("by", "d", Kind.PARTY));
  }

  @Test
  void aMeetingNamesItsRequestAttendeesWaiverDocumentSendersNoticesAndRecorders() {
    Meeting bare = Meeting.builder().id("m").kind(MeetingKind.IEP).at(AT).build();
    assertThat(bare.references()).isEmpty();
    Meeting full = Meeting.builder().id("m").kind(MeetingKind.MEDIATION_SESSION).request("r").addAttendees("p", "fac")
        .noticeWaivedBy("p").addDocuments(DocumentSent.by(DocumentKind.AGENDA, AT, "d"))
        .addDocuments(DocumentSent.of(DocumentKind.DRAFT_IEP, AT)).addRecordingNotices(new RecordingNotice("p", AT))
        .addRecordedBy("d").at(AT).build();
    assertThat(full.references()).containsExactlyInAnyOrder(ref("request", "r", Kind.REQUEST),
        ref("attendees", "p", Kind.PERSON), ref("attendees", "fac", Kind.PERSON),
        ref("noticeWaivedBy", "p", Kind.PARTY), ref("documents.sentBy", "d", Kind.PARTY),
        ref("recordingNotices.by", "p", Kind.PARTY), ref("recordedBy", "d", Kind.PARTY));
  }

  @Test
  void consentsAgreementsAndAppointmentsNameTheirPeopleAndRequest() {
    Consent consent = Consent.builder().id("c").scope(ConsentScope.MEDIATION).givenBy("p").at(AT).build();
    assertThat(consent.references()).containsExactly(ref("givenBy", "p", Kind.PARTY));
    Agreement bare = Agreement.builder().id("a").kind(AgreementKind.TO_MEDIATE).addSignatories("p").at(AT).build();
    assertThat(bare.references()).containsExactly(ref("signatories", "p", Kind.PARTY));
    Agreement full = Agreement.builder().id("a").kind(AgreementKind.RESOLUTION_AGREEMENT).addSignatories("p", "d")
        .agencyRepresentative("rep").request("r").at(AT).build();
    assertThat(full.references()).containsExactlyInAnyOrder(ref("signatories", "p", Kind.PARTY),
        ref("signatories", "d", Kind.PARTY), ref("agencyRepresentative", "rep", Kind.PARTICIPANT),
        ref("request", "r", Kind.REQUEST));
    Appointment bareAppointment = Appointment.builder().id("ap").participant("fac").at(AT).build();
    assertThat(bareAppointment.references()).containsExactly(ref("participant", "fac", Kind.PARTICIPANT));
    Appointment appointment = Appointment.builder().id("ap").participant("fac").request("r").addSelectedBy("p", "d")
        .at(AT).build();
    assertThat(appointment.references()).containsExactlyInAnyOrder(ref("participant", "fac", Kind.PARTICIPANT),
        ref("request", "r", Kind.REQUEST), ref("selectedBy", "p", Kind.PARTY), ref("selectedBy", "d", Kind.PARTY));
  }

  @Test
  void theRemainingEventsNameTheirRequestPartyOrMeeting() {
    assertThat(Extension.builder().id("e").request("r").reason(Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES)
        .newDueDate(LocalDate.of(2026, 5, 1)).at(AT).build().references())
        .containsExactly(ref("request", "r", Kind.REQUEST));
    assertThat(Withdrawal.builder().id("w").request("r").by("p").from(Withdrawal.From.MEDIATION).at(AT).build()
        .references()).containsExactlyInAnyOrder(ref("request", "r", Kind.REQUEST), ref("by", "p", Kind.PARTY));
    assertThat(RecordsShared.builder().id("s").sharedBy("d").sharedWith("fac").at(AT).build().references())
        .containsExactlyInAnyOrder(ref("sharedBy", "d", Kind.PARTY), ref("sharedWith", "fac", Kind.PARTICIPANT));
    assertThat(PlacementChange.builder().id("pc").by("d").at(AT).build().references())
        .containsExactly(ref("by", "d", Kind.PARTY));
    assertThat(EvidenceOffered.builder().id("ev").by("d").hearing("h").at(AT).build().references())
        .containsExactlyInAnyOrder(ref("by", "d", Kind.PARTY), ref("hearing", "h", Kind.MEETING));
    Demand bare = Demand.builder().id("dm").kind(Demand.Kind.RECORDING_FORBIDDEN).by("d").at(AT).build();
    assertThat(bare.references()).containsExactly(ref("by", "d", Kind.PARTY));
    Demand full = Demand.builder().id("dm").kind(Demand.Kind.RECORDING_NOTICE).hours(48).by("d").meeting("m")
        .request("r").at(AT).build();
    assertThat(full.references()).containsExactlyInAnyOrder(ref("by", "d", Kind.PARTY),
        ref("meeting", "m", Kind.MEETING), ref("request", "r", Kind.REQUEST));
  }

  @Test
  void anAmendmentNamesItsComplaintItsPartyAndWhoGrantedIt() {
    Amendment bare = Amendment.builder().id("am").request("r").by("p").at(AT).build();
    assertThat(bare.references()).containsExactly(ref("request", "r", Kind.REQUEST), ref("by", "p", Kind.PARTY));
    Amendment full = Amendment.builder().id("am").request("r").by("p").basis(Amendment.Basis.HEARING_OFFICER_PERMISSION)
        .grantedBy("officer").grantedAt(AT).at(AT).build();
    assertThat(full.references()).containsExactly(ref("request", "r", Kind.REQUEST), ref("by", "p", Kind.PARTY),
        ref("grantedBy", "officer", Kind.PERSON));
  }

  @Test
  void anExtensionNamesWhoAskedAndAComplaintIssueTheHearingThatAddressesIt() {
    assertThat(Extension.builder().id("e").request("r").reason(Extension.Reason.HEARING_OFFICER_SPECIFIC)
        .requestedBy("p").newDueDate(LocalDate.of(2026, 5, 1)).at(AT).build().references())
        .containsExactly(ref("request", "r", Kind.REQUEST), ref("requestedBy", "p", Kind.PARTY));
    Request sc = Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy("p")
        .addComplaintIssues(ComplaintIssue.builder().id("i1").summary("s").raisedIn("dp").build(),
            ComplaintIssue.of("i2", "t"))
        .at(AT).build();
    assertThat(sc.references()).containsExactly(ref("filedBy", "p", Kind.PARTY),
        ref("complaintIssues.raisedIn", "dp", Kind.REQUEST));
    // a decision's issues are ids within a request, checked by the case, not references
    assertThat(Decision.builder().id("d").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc").addDecides("i1")
        .at(AT).build().references()).containsExactly(ref("request", "sc", Kind.REQUEST));
  }

  @Test
  void aCaseReportsAnUnknownIdInEveryOptionalReference() {
    InvalidCaseException e = (InvalidCaseException) catchThrowable(() -> caseBuilder()
        .addParticipants(Participant.builder().id("fac").role(ParticipantRole.FACILITATOR).build())
        .addEvents(Request.builder().id("r").kind(RequestKind.FACILITATED_IEP).filedBy(PARENT).requestedBy("ghost-1")
            .forMeeting("ghost-2").relatesTo("ghost-3").at(at("2026-03-02")).build())
        .addEvents(Meeting.builder().id("m").kind(MeetingKind.IEP).request("ghost-4").noticeWaivedBy("ghost-5")
            .addDocuments(DocumentSent.by(DocumentKind.AGENDA, at("2026-03-03"), "ghost-6")).at(at("2026-03-05"))
            .build())
        .addEvents(Agreement.builder().id("a").kind(AgreementKind.RESOLUTION_AGREEMENT).addSignatories(PARENT, LEA)
            .agencyRepresentative("ghost-7").request("ghost-8").at(at("2026-03-06")).build())
        .addEvents(Appointment.builder().id("ap").participant("fac").request("ghost-9").at(at("2026-03-06")).build())
        .addEvents(Demand.builder().id("dm").kind(Demand.Kind.CONFIDENTIALITY_PLEDGE).by(LEA).meeting("ghost-10")
            .request("ghost-11").at(at("2026-03-07")).build())
        .build());
    assertThat(e.problems()).extracting(CaseProblem::eventId, CaseProblem::field).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(Optional.of("r"), "requestedBy"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("r"), "forMeeting"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("r"), "relatesTo"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("m"), "request"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("m"), "noticeWaivedBy"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("m"), "documents.sentBy"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("a"), "agencyRepresentative"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("a"), "request"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("ap"), "request"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("dm"), "meeting"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("dm"), "request"));
  }
}
