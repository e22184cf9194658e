package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.DESE;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;
import static org.iepdr.rules.missouri.MoFixtures.d;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.RecordsShared;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

class FiepRulesTest {

  private static final String JOINT = "MO.FIEP.JOINT_REQUEST";
  private static final String LEAD = "MO.FIEP.LEAD_TIME";
  private static final String CONSENT = "MO.FIEP.RECORDS_CONSENT";
  private static final String NEUTRAL = "MO.FIEP.NEUTRAL_FACILITATOR";
  private static final String NOTICE = "MO.MEETING.NOTICE_10_DAYS";

  private static org.iepdr.core.model.Request.Builder fiep() {
    return Request.builder().id("fiep").kind(RequestKind.FACILITATED_IEP).filedBy(LEA).requestedBy(PARENT)
        .addSignedBy(PARENT, LEA).at(at("2026-03-02"));
  }

  private static Case fiepWithMeetingOn(String date) {
    return caseBuilder().addEvents(fiep().forMeeting("m").build())
        .addEvents(Meeting.builder().id("m").kind(MeetingKind.FACILITATED_IEP).request("fiep").at(at(date))
            .noticeWaivedBy(PARENT).build())
        .build();
  }

  // ------------------------------------------------------------ joint request

  @Test
  void aJointRequestSignedByBothAndFiledByTheLeaIsFine() {
    assertThat(MO.evaluate(fiepWithMeetingOn("2026-03-20")).findings(JOINT)).isEmpty();
  }

  @Test
  void eitherSideMayAsk() {
    Case c = caseBuilder().addEvents(fiep().requestedBy(LEA).build()).build();
    assertThat(MO.evaluate(c).findings(JOINT)).isEmpty();
  }

  @Test
  void aRequestFiledByTheParentAloneNamesEveryProblem() {
    Case c = caseBuilder().addEvents(Request.builder().id("fiep").kind(RequestKind.FACILITATED_IEP)
        .filedBy(PARENT).addSignedBy(PARENT).form(RequestForm.ORAL).at(at("2026-03-02")).build()).build();
    assertThat(MO.evaluate(c).findings(JOINT)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.VIOLATION);
      assertThat(f.message()).contains("not signed by the district").contains("not submitted to DESE by the"
          + " district").contains("only orally").doesNotContain("educational decision-maker;");
      assertThat(f.events()).containsExactly("fiep");
    });
  }

  @Test
  void aRequestWithoutTheParentsSignatureIsFlagged() {
    Case c = caseBuilder().addEvents(fiep().signedBy(java.util.Set.of(LEA)).build()).build();
    assertThat(MO.evaluate(c).findings(JOINT)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("not signed by the educational decision-maker"));
  }

  @Test
  void theStateAgencyCannotAsk() {
    Case c = caseBuilder().addEvents(fiep().requestedBy(DESE).build()).build();
    assertThat(MO.evaluate(c).findings(JOINT)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("state agency"));
  }

  // ------------------------------------------------------------ lead time

  @Test
  void meeting10DaysAfterTheRequestIsOnTime() {
    Evaluation e = MO.evaluate(fiepWithMeetingOn("2026-03-12"));
    assertThat(e.findings(LEAD)).isEmpty();
    assertThat(e.deadlines(LEAD)).singleElement().satisfies(dl -> {
      assertThat(dl.due()).isEqualTo(d("2026-03-02"));
      assertThat(dl.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void meeting9DaysAfterTheRequestIsAWarningTheFlyerRecommends() {
    // "In general, a request should be made at least 10 days in advance": a recommendation, so a warning
    Evaluation e = MO.evaluate(fiepWithMeetingOn("2026-03-11"));
    assertThat(e.findings(LEAD)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo("MO.FIEP.LEAD_TIME.late");
      assertThat(f.facts().date("received")).contains(d("2026-03-02"));
      assertThat(f.facts().date("due")).contains(d("2026-03-01"));
      assertThat(f.facts().date("meeting")).contains(d("2026-03-11"));
      assertThat(f.events()).containsExactly("fiep", "m");
    });
  }

  @Test
  void leadTimeCountsFromDesesReceiptNotFromTheFormsDate() {
    Case c = caseBuilder().addEvents(fiep().filedWith(Recipient.LEA).build())
        .addEvents(Receipt.builder().id("dese-got-it").request("fiep").recipient(Recipient.STATE_AGENCY)
            .at(at("2026-03-04")).build())
        .addEvents(Meeting.builder().id("m").kind(MeetingKind.FACILITATED_IEP).request("fiep").at(at("2026-03-13"))
            .build())
        .build();
    assertThat(MO.evaluate(c).findings(LEAD)).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("fiep", "m"));
    assertThat(MO.evaluate(c).deadlines(LEAD).get(0).satisfiedBy()).contains("dese-got-it");
  }

  @Test
  void calendarDaysDoNotSkipWeekendsOrHolidays() {
    // request Tuesday 2026-05-05; Truman Day Friday 05-08 and a weekend lie between; the 15th is day 10
    Case c = caseBuilder().addEvents(fiep().at(at("2026-05-05")).build())
        .addEvents(Meeting.builder().id("m").kind(MeetingKind.FACILITATED_IEP).at(at("2026-05-15")).build())
        .build();
    assertThat(MO.evaluate(c).findings(LEAD)).isEmpty();
  }

  @Test
  void planSaysTheEarliestMeetingDay() {
    assertThat(MO.plan(ProposedAct.FACILITATED_IEP_MEETING, d("2026-12-28")).earliest()).contains(d("2027-01-07"));
  }

  // ------------------------------------------------------------ records consent

  private static Case recordsShared(Consent consent) {
    var b = caseBuilder()
        .addParticipants(Participant.builder().id("fac").role(ParticipantRole.FACILITATOR).trainingDays(3).build())
        .addEvents(RecordsShared.builder().id("share").sharedBy(LEA).sharedWith("fac").at(at("2026-03-05", "09:00"))
            .build());
    if (consent != null) {
      b.addEvents(consent);
    }
    return b.build();
  }

  @Test
  void sharingWithTheFacilitatorAfterTheParentConsentedIsFine() {
    Consent c = Consent.builder().id("c").scope(ConsentScope.SHARE_RECORDS_WITH_FACILITATOR).givenBy(PARENT)
        .at(at("2026-03-05", "09:00")).build();
    assertThat(MO.evaluate(recordsShared(c)).findings(CONSENT)).isEmpty();
  }

  @Test
  void sharingBeforeTheConsentIsAViolation() {
    Consent c = Consent.builder().id("c").scope(ConsentScope.SHARE_RECORDS_WITH_FACILITATOR).givenBy(PARENT)
        .at(at("2026-03-05", "09:01")).build();
    assertThat(MO.evaluate(recordsShared(c)).findings(CONSENT)).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("share"));
    assertThat(MO.evaluate(recordsShared(null)).findings(CONSENT)).hasSize(1);
  }

  @Test
  void aRevokedOrWrongConsentDoesNotCount() {
    Consent revoked = Consent.builder().id("c").scope(ConsentScope.SHARE_RECORDS_WITH_FACILITATOR).givenBy(PARENT)
        .at(at("2026-03-01")).revokedAt(at("2026-03-04")).build();
    assertThat(MO.evaluate(recordsShared(revoked)).findings(CONSENT)).hasSize(1);
    Consent other = Consent.builder().id("c").scope(ConsentScope.FACILITATION).givenBy(PARENT)
        .at(at("2026-03-01")).build();
    assertThat(MO.evaluate(recordsShared(other)).findings(CONSENT)).hasSize(1);
  }

  // ------------------------------------------------------------ neutral facilitator

  private static Evaluation withFacilitator(Participant p) {
    return MO.evaluate(caseBuilder().addParticipants(p)
        .addEvents(Meeting.builder().id("m").kind(MeetingKind.FACILITATED_IEP).at(at("2026-03-20"))
            .addAttendees(PARENT, LEA, p.id()).build())
        .build());
  }

  @Test
  void aTrainedNeutralFacilitatorIsFine() {
    assertThat(withFacilitator(Participant.builder().id("fac").role(ParticipantRole.FACILITATOR).trainingDays(3)
        .build()).findings(NEUTRAL)).isEmpty();
  }

  @Test
  void twoDaysOfTrainingATeamMemberOrARelationshipIsAViolation() {
    assertThat(withFacilitator(Participant.builder().id("fac").role(ParticipantRole.FACILITATOR).trainingDays(2)
        .build()).findings(NEUTRAL)).singleElement().satisfies(f -> {
          assertThat(f.message()).contains("2 day(s)");
          assertThat(f.events()).containsExactly("m");
        });
    assertThat(withFacilitator(Participant.builder().id("fac").role(ParticipantRole.FACILITATOR).trainingDays(5)
        .onIepTeam(true).addRelationships(Side.AGENCY).build()).findings(NEUTRAL)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("IEP team").contains("relationship with the school"));
    assertThat(withFacilitator(Participant.builder().id("fac").role(ParticipantRole.FACILITATOR).trainingDays(3)
        .addRelationships(Side.FAMILY).build()).findings(NEUTRAL)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("relationship with the family"));
  }

  // ------------------------------------------------------------ IEP meeting notice (warning)

  private static Case iepMeeting(String noticeSent, boolean waived) {
    var m = Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at("2026-03-20"))
        .addDocuments(DocumentSent.by(DocumentKind.MEETING_NOTICE, at(noticeSent), LEA));
    if (waived) {
      m.noticeWaivedBy(PARENT);
    }
    return caseBuilder().addEvents(m.build()).build();
  }

  @Test
  void noticeExactly10DaysBeforeIsOnTime() {
    Evaluation e = MO.evaluate(iepMeeting("2026-03-10", false));
    assertThat(e.findings(NOTICE)).isEmpty();
    assertThat(e.deadlines(NOTICE).get(0).status()).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void notice9DaysBeforeIsAWarningUnlessWaived() {
    assertThat(MO.evaluate(iepMeeting("2026-03-11", false)).findings(NOTICE)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo("MO.MEETING.NOTICE_10_DAYS.late");
      assertThat(f.facts().date("meeting")).contains(d("2026-03-20"));
      assertThat(f.facts().date("sent")).contains(d("2026-03-11"));
      assertThat(f.facts().date("due")).contains(d("2026-03-10"));
    });
    assertThat(MO.evaluate(iepMeeting("2026-03-11", true)).findings(NOTICE)).isEmpty();
    // a waived notice's clock no longer applies: it is reported as such (issue 16, section 3), not dropped
    assertThat(MO.evaluate(iepMeeting("2026-03-11", true)).deadlines(NOTICE)).singleElement().satisfies(dl -> {
      assertThat(dl.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
      assertThat(dl.due()).isEqualTo(d("2026-03-10"));
      assertThat(dl.notApplicable().orElseThrow().reason()).isEqualTo(org.iepdr.core.rules.NotApplicable.Reason.WAIVED);
    });
  }

  @Test
  void noRecordedNoticeIsNotGuessed() {
    Case c = caseBuilder().addEvents(Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at("2026-03-20")).build())
        .build();
    assertThat(MO.evaluate(c).findings(NOTICE)).isEmpty();
  }
}
