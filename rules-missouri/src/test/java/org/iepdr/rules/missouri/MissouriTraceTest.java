package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;
import static org.iepdr.rules.missouri.MoFixtures.d;

import java.time.Instant;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.RecordingNotice;
import org.iepdr.core.model.RecordsShared;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.testing.Traces;
import org.junit.jupiter.api.Test;

/**
 * What the Missouri rules write in the trace when they decide not to report (a waiver, an agreement, a
 * consent, a missing receipt), when they cannot decide (no notice recorded, nobody named), and the branches
 * that only such cases reach. The trace is the explanation a user reads, so each note is pinned.
 */
class MissouriTraceTest {

  // ------------------------------------------------------------ MO.RECORDING.PARENT_RIGHT

  @Test
  void aLawfulRefusalAfterTooLittleNoticeIsExplainedInTheTrace() {
    Instant start = at("2026-04-14", "10:00");
    Case c = caseBuilder()
        .addEvents(Demand.builder().id("notice-rule").kind(Demand.Kind.RECORDING_NOTICE).by(LEA).hours(24)
            .at(at("2026-01-05")).build())
        .addEvents(Meeting.builder().id("iep").kind(MeetingKind.IEP).at(start)
            .addRecordingNotices(new RecordingNotice(PARENT, at("2026-04-13", "12:00"))).build())
        .addEvents(Demand.builder().id("ban").kind(Demand.Kind.RECORDING_FORBIDDEN).by(LEA).meeting("iep")
            .at(at("2026-04-14", "09:00")).build())
        .build();
    Evaluation e = MO.evaluate(c);
    assertThat(e.findings("MO.RECORDING.PARENT_RIGHT")).isEmpty();
    assertThat(Traces.entry(e, "MO.RECORDING.PARENT_RIGHT").notes()).singleElement().asString()
        .contains("demand ban", "24 hours' notice (notice-rule)", "gave none in time", "record meeting iep",
            "not reported");
  }

  // ------------------------------------------------------------ MO.MEDIATION.PARTY_SIZE

  private static Participant person(String id, Side side, boolean authority) {
    return Participant.builder().id(id).role(ParticipantRole.OTHER).actsFor(side).hasDecisionAuthority(authority)
        .build();
  }

  @Test
  void aLargerPartyUnderAnAgreementIsNotedWithTheAgreement() {
    Case c = caseBuilder().addParticipants(person("boss", Side.AGENCY, true), person("a1", Side.FAMILY, false),
            person("a2", Side.FAMILY, false), person("a3", Side.FAMILY, false), person("a4", Side.FAMILY, false))
        .addEvents(Agreement.builder().id("more").kind(AgreementKind.MORE_ATTENDEES).addSignatories(PARENT, LEA)
            .at(at("2026-02-10")).build())
        .addEvents(Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION).at(at("2026-02-20"))
            .addAttendees(PARENT, LEA, "boss", "a1", "a2", "a3", "a4").build())
        .build();
    Evaluation e = MO.evaluate(c);
    assertThat(e.findings("MO.MEDIATION.PARTY_SIZE")).isEmpty();
    assertThat(Traces.entry(e, "MO.MEDIATION.PARTY_SIZE").notes()).singleElement().asString()
        .contains("session s1: 4 people accompanied", "under agreement more");
  }

  @Test
  void aDistrictThatAttendedWithoutNamingAnyoneLeavesAuthorityUndecided() {
    Case attended = caseBuilder().addEvents(Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION)
        .at(at("2026-02-20")).addAttendees(PARENT, LEA).build()).build();
    TraceEntry t = Traces.entry(MO.evaluate(attended), "MO.MEDIATION.PARTY_SIZE");
    assertThat(t.outcome()).isEqualTo(TraceEntry.Outcome.INCOMPLETE);
    assertThat(t.notes()).singleElement().asString()
        .contains("session s1", "the district attended", "decision authority not checked");

    // the district did not come at all: nothing to check, so the rule decided everything
    Case absent = caseBuilder().addEvents(Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION)
        .at(at("2026-02-20")).addAttendees(PARENT).build()).build();
    TraceEntry none = Traces.entry(MO.evaluate(absent), "MO.MEDIATION.PARTY_SIZE");
    assertThat(none.outcome()).isEqualTo(TraceEntry.Outcome.RAN);
    assertThat(none.notes()).isEmpty();
  }

  // ------------------------------------------------------------ MO.MEDIATION.NO_ATTORNEYS

  @Test
  void eachAttorneyIsNamedInTheTrace() {
    Case c = caseBuilder()
        .addParticipants(Participant.builder().id("atty").role(ParticipantRole.ATTORNEY).actsFor(Side.FAMILY).build())
        .addEvents(Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION).at(at("2026-02-20"))
            .addAttendees(PARENT, LEA, "atty").build())
        .build();
    assertThat(Traces.entry(MO.evaluate(c), "MO.MEDIATION.NO_ATTORNEYS").notes()).containsExactly("attorney atty (attorney) at s1");
  }

  // ------------------------------------------------------------ MO.MEDIATION.SCHEDULE_15_DAYS

  private static Case selectedWithSessions(String selected, Meeting... sessions) {
    return caseBuilder()
        .addParticipants(Participant.builder().id("med").role(ParticipantRole.MEDIATOR).onStateList(true).build())
        .addEvents(Request.builder().id("mr").kind(RequestKind.MEDIATION).filedBy(PARENT).at(at("2026-02-02")).build())
        .addEvents(Appointment.builder().id("ap").participant("med").request("mr").addSelectedBy(PARENT, LEA)
            .at(at(selected)).build())
        .addEvents(sessions)
        .build();
  }

  private static Meeting session(String id, String date, Meeting.Status status) {
    return Meeting.builder().id(id).kind(MeetingKind.MEDIATION_SESSION).request("mr").status(status).at(at(date))
        .build();
  }

  @Test
  void noSessionByDay15IsReportedOnDay16AndNotBefore() {
    // selected 2026-02-05: day 15 is 2026-02-20
    Case c = selectedWithSessions("2026-02-05");
    assertThat(MO.evaluate(c, d("2026-02-20")).findings("MO.MEDIATION.SCHEDULE_15_DAYS")).isEmpty();
    assertThat(MO.evaluate(c, d("2026-02-21")).findings("MO.MEDIATION.SCHEDULE_15_DAYS")).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("MO.MEDIATION.SCHEDULE_15_DAYS.missed");
          assertThat(f.facts().date("due")).contains(d("2026-02-20"));
          assertThat(f.facts().date("selected")).contains(d("2026-02-05"));
          assertThat(f.events()).containsExactly("ap");
        });
  }

  @Test
  void aCancelledSessionOrOneBeforeTheSelectionDoesNotCount() {
    Case cancelled = selectedWithSessions("2026-02-05", session("s1", "2026-02-10", Meeting.Status.CANCELLED));
    assertThat(MO.evaluate(cancelled, d("2026-02-21")).findings("MO.MEDIATION.SCHEDULE_15_DAYS")).hasSize(1);
    Case earlier = selectedWithSessions("2026-02-05", session("s0", "2026-02-04", Meeting.Status.HELD));
    assertThat(MO.evaluate(earlier, d("2026-02-21")).findings("MO.MEDIATION.SCHEDULE_15_DAYS")).hasSize(1);
    // a session on the selection day itself counts (day 0 is not "before")
    Case sameDay = selectedWithSessions("2026-02-05", session("s0", "2026-02-05", Meeting.Status.HELD));
    assertThat(MO.evaluate(sameDay, d("2026-02-21")).findings("MO.MEDIATION.SCHEDULE_15_DAYS")).isEmpty();
  }

  @Test
  void aMediatorAssignedWithoutNamingTheRequestIsMetByAnySession() {
    Case c = caseBuilder()
        .addParticipants(Participant.builder().id("med").role(ParticipantRole.MEDIATOR).onStateList(true).build())
        .addEvents(Appointment.builder().id("ap").participant("med").addSelectedBy(PARENT, LEA)
            .at(at("2026-02-05")).build())
        .addEvents(Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION).at(at("2026-02-12")).build())
        .build();
    Evaluation e = MO.evaluate(c);
    assertThat(e.findings("MO.MEDIATION.SCHEDULE_15_DAYS")).isEmpty();
    assertThat(e.deadlines("MO.MEDIATION.SCHEDULE_15_DAYS")).singleElement().satisfies(dl -> {
      assertThat(dl.status()).isEqualTo(DeadlineStatus.MET);
      assertThat(dl.satisfiedBy()).contains("s1");
    });
  }

  // ------------------------------------------------------------ MO.DUE_PROCESS.COMMISSIONER_15_DAYS

  @Test
  void withoutNoticeToTheCommissionTheClockIsNotStartedAndTheTraceSaysSo() {
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(PARENT).at(at("2026-04-01")).build()).build();
    Evaluation e = MO.evaluate(c, d("2026-06-01"));
    assertThat(e.deadlines("MO.DUE_PROCESS.COMMISSIONER_15_DAYS")).isEmpty();
    assertThat(Traces.entry(e, "MO.DUE_PROCESS.COMMISSIONER_15_DAYS").notes()).singleElement().asString()
        .contains("complaint dp", "no notice to the Administrative Hearing Commission recorded");
  }

  @Test
  void aComplaintFiledWithTheCommissionItselfStartsTheClockFromTheComplaint() {
    // filed directly with the AHC on 2026-04-01 (which is reported separately): day 15 is 2026-04-16
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(PARENT).filedWith(Recipient.HEARING_BODY).at(at("2026-04-01")).build()).build();
    assertThat(MO.evaluate(c, d("2026-04-10")).deadlines("MO.DUE_PROCESS.COMMISSIONER_15_DAYS")).singleElement()
        .satisfies(dl -> {
          assertThat(dl.trigger()).isEqualTo("dp");
          assertThat(dl.due()).isEqualTo(d("2026-04-16"));
        });
  }

  // ------------------------------------------------------------ MO.FIEP.LEAD_TIME

  private static Request.Builder fiep() {
    return Request.builder().id("fiep").kind(RequestKind.FACILITATED_IEP).filedBy(LEA).requestedBy(PARENT)
        .addSignedBy(PARENT, LEA).at(at("2026-03-02"));
  }

  @Test
  void aMeetingNamedOnlyByTheRequestIsJudged() {
    // the meeting does not point back at the request; the request's forMeeting names it. 9 days: too early.
    Case c = caseBuilder().addEvents(fiep().forMeeting("m").build())
        .addEvents(Meeting.builder().id("m").kind(MeetingKind.FACILITATED_IEP).at(at("2026-03-11"))
            .noticeWaivedBy(PARENT).build())
        .build();
    assertThat(MO.evaluate(c).findings("MO.FIEP.LEAD_TIME")).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("fiep", "m"));
  }

  @Test
  void aRequestWithoutAMeetingIsNotedNotJudged() {
    Evaluation e = MO.evaluate(caseBuilder().addEvents(fiep().build()).build());
    assertThat(e.deadlines("MO.FIEP.LEAD_TIME")).isEmpty();
    assertThat(Traces.entry(e, "MO.FIEP.LEAD_TIME").notes()).containsExactly(
        "request fiep: no facilitated IEP meeting recorded for it; lead time not checked");
  }

  @Test
  void aRequestDeseNeverReceivedIsCountedFromItsOwnDateAndTheTraceSaysSo() {
    Case viaDistrict = caseBuilder().addEvents(fiep().filedWith(Recipient.LEA).forMeeting("m").build())
        .addEvents(Meeting.builder().id("m").kind(MeetingKind.FACILITATED_IEP).at(at("2026-03-12"))
            .noticeWaivedBy(PARENT).build())
        .build();
    Evaluation e = MO.evaluate(viaDistrict);
    assertThat(e.deadlines("MO.FIEP.LEAD_TIME")).singleElement()
        .satisfies(dl -> assertThat(dl.status()).isEqualTo(DeadlineStatus.MET));
    assertThat(Traces.entry(e, "MO.FIEP.LEAD_TIME").notes()).containsExactly(
        "request fiep: no receipt by DESE recorded; counted from the filing date");

    // filed with DESE itself: the filing is the receipt, nothing to note
    Case direct = caseBuilder().addEvents(fiep().filedWith(Recipient.STATE_AGENCY).forMeeting("m").build())
        .addEvents(Meeting.builder().id("m").kind(MeetingKind.FACILITATED_IEP).at(at("2026-03-12"))
            .noticeWaivedBy(PARENT).build())
        .build();
    assertThat(Traces.entry(MO.evaluate(direct), "MO.FIEP.LEAD_TIME").notes()).isEmpty();
  }

  // ------------------------------------------------------------ MO.FIEP.RECORDS_CONSENT

  @Test
  void sharingUnderConsentNamesTheConsentInTheTrace() {
    Case c = caseBuilder()
        .addParticipants(Participant.builder().id("fac").role(ParticipantRole.FACILITATOR).trainingDays(3).build())
        .addEvents(Consent.builder().id("c").scope(ConsentScope.SHARE_RECORDS_WITH_FACILITATOR).givenBy(PARENT)
            .at(at("2026-03-04")).build())
        .addEvents(RecordsShared.builder().id("share").sharedBy(LEA).sharedWith("fac").at(at("2026-03-05")).build())
        .build();
    assertThat(Traces.entry(MO.evaluate(c), "MO.FIEP.RECORDS_CONSENT").notes())
        .containsExactly("records shared share under consent c");
  }

  // ------------------------------------------------------------ MO.MEETING.NOTICE_10_DAYS

  private static Meeting.Builder iepOn20March() {
    return Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at("2026-03-20"));
  }

  @Test
  void aWaivedNoticeIsNotedWithWhoWaivedIt() {
    Case c = caseBuilder().addEvents(iepOn20March().noticeWaivedBy(PARENT)
        .addDocuments(DocumentSent.by(DocumentKind.MEETING_NOTICE, at("2026-03-18"), LEA)).build()).build();
    Evaluation e = MO.evaluate(c);
    // the waived notice's clock is reported as not applicable, not dropped (issue 16, section 3)
    assertThat(e.deadlines("MO.MEETING.NOTICE_10_DAYS")).singleElement()
        .satisfies(dl -> assertThat(dl.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE));
    assertThat(Traces.entry(e, "MO.MEETING.NOTICE_10_DAYS").notes())
        .containsExactly("meeting iep: the 10-day notice was waived by parent");
  }

  @Test
  void withoutAMeetingNoticeTheRuleSaysItCouldNotDecide() {
    // an agenda is not a notice of the meeting
    Case c = caseBuilder().addEvents(iepOn20March()
        .addDocuments(DocumentSent.by(DocumentKind.AGENDA, at("2026-03-01"), LEA)).build()).build();
    Evaluation e = MO.evaluate(c);
    assertThat(e.deadlines("MO.MEETING.NOTICE_10_DAYS")).isEmpty();
    TraceEntry t = Traces.entry(e, "MO.MEETING.NOTICE_10_DAYS");
    assertThat(t.outcome()).isEqualTo(TraceEntry.Outcome.INCOMPLETE);
    assertThat(t.notes()).containsExactly(
        "meeting iep: no meeting notice recorded; the 10-day notice was not checked");
  }

  @Test
  void theEarliestOfSeveralNoticesCounts() {
    // a reminder on 03-12 listed before the notice of 03-10: the 03-10 notice was on time (day 10)
    Case c = caseBuilder().addEvents(iepOn20March()
        .addDocuments(DocumentSent.by(DocumentKind.MEETING_NOTICE, at("2026-03-12"), LEA),
            DocumentSent.by(DocumentKind.MEETING_NOTICE, at("2026-03-10"), LEA)).build()).build();
    Evaluation e = MO.evaluate(c);
    assertThat(e.findings("MO.MEETING.NOTICE_10_DAYS")).isEmpty();
    assertThat(e.deadlines("MO.MEETING.NOTICE_10_DAYS")).singleElement()
        .satisfies(dl -> assertThat(dl.satisfiedOn()).contains(d("2026-03-10")));
  }

  @Test
  void planningAnIepMeetingCountsTenDaysFromTheNotice() {
    assertThat(MO.plan(ProposedAct.IEP_MEETING, d("2026-03-10")).constraints())
        .filteredOn(pc -> pc.ruleId().equals(MeetingNotice10Days.ID)).singleElement()
        .satisfies(pc -> assertThat(pc.earliest()).contains(d("2026-03-20")));
    assertThat(MO.plan(ProposedAct.MEDIATION_SESSION, d("2026-03-10")).constraints())
        .noneMatch(pc -> pc.ruleId().equals(MeetingNotice10Days.ID));
  }

  // ------------------------------------------------------------ MO.CHILD_COMPLAINT.FILING_DATE

  private static final String FILING = "MO.CHILD_COMPLAINT.FILING_DATE";
  /**
   * The decision deadline keeps the federal clock's id and names the Missouri rule that shaped its day 0
   * ({@code shapedBy}); the findings keep the Missouri rule's id.
   */
  private static final String FILING_DEADLINE = "IDEA.STATE_COMPLAINT.DECISION_60_DAYS";

  @Test
  void aComplaintDeseNeverReceivedIsTakenAtItsOwnDateAndTheTraceSaysSo() {
    Case c = caseBuilder().addEvents(Request.builder().id("cc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .filedWith(Recipient.LEA).at(at("2026-03-03")).build()).build();
    Evaluation e = MO.evaluate(c);
    assertThat(e.deadlines(FILING_DEADLINE)).singleElement().satisfies(dl -> {
      assertThat(dl.trigger()).isEqualTo("cc");
      assertThat(dl.triggerDate()).isEqualTo(d("2026-03-03"));
    });
    assertThat(Traces.entry(e, FILING).notes())
        .containsExactly("complaint cc: no receipt by DESE recorded; its own date is taken as the receipt");
  }

  @Test
  void aComplaintFiledWithDeseInHoursHasNothingToNote() {
    Case c = caseBuilder().addEvents(Request.builder().id("cc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .at(at("2026-03-03", "16:30")).build()).build();
    Evaluation e = MO.evaluate(c);
    assertThat(e.deadlines(FILING_DEADLINE)).singleElement().satisfies(dl -> {
      assertThat(dl.trigger()).isEqualTo("cc");
      assertThat(dl.triggerDate()).isEqualTo(d("2026-03-03"));
    });
    assertThat(Traces.entry(e, FILING).notes()).isEmpty();
  }

  @Test
  void aComplaintReceivedAfterHoursIsNotedWithBothDates() {
    Case c = caseBuilder().addEvents(Request.builder().id("cc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .at(at("2026-03-03", "16:31")).build()).build();
    Evaluation e = MO.evaluate(c);
    assertThat(e.deadlines(FILING_DEADLINE)).singleElement()
        .satisfies(dl -> assertThat(dl.triggerDate()).isEqualTo(d("2026-03-04")));
    assertThat(Traces.entry(e, FILING).notes())
        .containsExactly("complaint cc: received at 2026-03-03 16:31 CST, after DESE's business hours end at 4:30 PM,"
            + " and so filed on 2026-03-04, the next business day");
  }

  @Test
  void aComplaintForwardedToDeseIsTriggeredByDesesReceipt() {
    Case c = caseBuilder()
        .addEvents(Request.builder().id("cc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
            .filedWith(Recipient.LEA).at(at("2026-03-03")).build())
        .addEvents(Receipt.builder().id("dese-got").request("cc").recipient(Recipient.STATE_AGENCY).sentBy(LEA)
            .at(at("2026-03-05")).build())
        .build();
    assertThat(MO.evaluate(c).deadlines(FILING_DEADLINE)).singleElement().satisfies(dl -> {
      assertThat(dl.trigger()).isEqualTo("dese-got");
      assertThat(dl.triggerDate()).isEqualTo(d("2026-03-05"));
    });
  }
}
