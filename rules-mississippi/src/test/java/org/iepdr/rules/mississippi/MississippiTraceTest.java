package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MEDIATOR;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;
import static org.iepdr.rules.mississippi.MsFixtures.d;
import static org.iepdr.rules.mississippi.MsFixtures.facilitatedMeeting;
import static org.iepdr.rules.mississippi.MsFixtures.facilitationRequest;

import java.util.List;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.testing.Traces;
import org.iepdr.rules.mississippi.MississippiHolidays.SaturdayPolicy;
import org.junit.jupiter.api.Test;

/**
 * What the Mississippi rules write in the trace when they decide not to judge (an untied pledge, a
 * cancelled meeting, no receipt by MDE, a verified receipt that starts no clock), how a confidentiality
 * pledge is tied to a dispute, and the branches only such cases reach.
 */
class MississippiTraceTest {

  private static final String PLEDGE = "MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE";

  // ------------------------------------------------------------ MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE

  private static org.iepdr.core.model.Demand.Builder pledgeDemand() {
    return Demand.builder().id("pledge").kind(Demand.Kind.CONFIDENTIALITY_PLEDGE).by(LEA).at(at("2025-09-05"));
  }

  @Test
  void aPledgeBeforeAnyResolutionIsNotedNotJudged() {
    Evaluation demanded = MS.evaluate(caseBuilder().addEvents(pledgeDemand().build()).build());
    assertThat(demanded.findings(PLEDGE)).isEmpty();
    assertThat(Traces.entry(demanded, PLEDGE).notes()).containsExactly(
        "demand pledge is not made after a dispute resolution; not judged by this rule");

    Evaluation signed = MS.evaluate(caseBuilder().addEvents(Agreement.builder().id("p").kind(
        AgreementKind.CONFIDENTIALITY_PLEDGE).addSignatories(PARENT).at(at("2025-09-05")).build()).build());
    assertThat(signed.findings(PLEDGE)).isEmpty();
    assertThat(Traces.entry(signed, PLEDGE).notes()).containsExactly(
        "pledge p is not signed after a dispute resolution; not judged by this rule");
  }

  @Test
  void aPledgeAsAConditionOfMediatingIsTheFederalRulesInMississippiToo() {
    // demanded at a mediation session, before any agreement: IDEA.MEDIATION.NO_PLEDGE_PRECONDITION, inherited
    Case atSession = caseBuilder().addEvents(
        Meeting.builder().id("sess").kind(MeetingKind.MEDIATION_SESSION).at(at("2025-09-03")).build(),
        pledgeDemand().meeting("sess").build()).build();
    Evaluation e = MS.evaluate(atSession);
    assertThat(e.findings(PLEDGE)).isEmpty();
    assertThat(e.findings("IDEA.MEDIATION.NO_PLEDGE_PRECONDITION")).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("the mediation session of 2025-09-03");
      assertThat(f.events()).containsExactly("pledge");
    });
    // a due process complaint or an IEP meeting is not mediation: neither rule judges the demand
    Case atIep = caseBuilder().addEvents(
        Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at("2025-09-03")).build(),
        pledgeDemand().meeting("iep").build()).build();
    assertThat(MS.evaluate(atIep).findings()).noneMatch(f -> f.ruleId().value().contains("PLEDGE"));
  }

  @Test
  void aPledgeIsAfterAResolutionFromTheMomentOfTheAgreementOn() {
    Agreement resolved = Agreement.builder().id("deal").kind(AgreementKind.RESOLUTION_AGREEMENT)
        .addSignatories(PARENT, LEA).at(at("2025-09-05", "10:00")).build();
    Case sameInstant = caseBuilder().addEvents(resolved, pledgeDemand().at(at("2025-09-05", "10:00")).build()).build();
    assertThat(MS.evaluate(sameInstant).findings(PLEDGE)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("after the dispute was resolved on 2025-09-05");
      assertThat(f.events()).containsExactly("pledge", "deal");
    });
    Case aMinuteBefore = caseBuilder().addEvents(resolved, pledgeDemand().at(at("2025-09-05", "09:59")).build())
        .build();
    assertThat(MS.evaluate(aMinuteBefore).findings(PLEDGE)).isEmpty();
  }

  // ------------------------------------------------------------ MS.FACILITATION.CONSENT

  @Test
  void theFindingNamesTheConsentThatWasGiven() {
    Case c = caseBuilder().addEvents(facilitationRequest("2026-03-02").build(),
        Consent.builder().id("c2").scope(ConsentScope.FACILITATION).givenBy(LEA).at(at("2026-03-04")).build(),
        facilitatedMeeting("2026-03-20")).build();
    assertThat(MS.evaluate(c).findings("MS.FACILITATION.CONSENT")).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("without the family's written consent").doesNotContain("district's");
      assertThat(f.events()).containsExactly("fiep", "c2");
    });
  }

  // ------------------------------------------------------------ MS.FACILITATION.LEAD_TIME

  @Test
  void aCancelledMeetingIsNotedAndItsLeadTimeNotChecked() {
    Case c = caseBuilder().addEvents(facilitationRequest("2026-03-19").forMeeting("iep").build(),
        Meeting.builder().id("iep").kind(MeetingKind.FACILITATED_IEP).status(Meeting.Status.CANCELLED)
            .at(at("2026-03-20")).build()).build();
    Evaluation e = MS.evaluate(c);
    assertThat(e.deadlines("MS.FACILITATION.LEAD_TIME")).isEmpty();
    assertThat(Traces.entry(e, "MS.FACILITATION.LEAD_TIME").notes())
        .containsExactly("meeting iep was cancelled; lead time not checked");
  }

  // ------------------------------------------------------------ MS.MEDIATION.JOINT_REQUEST

  @Test
  void aMediatorAssignedToOneRequestDoesNotJudgeAnother() {
    Case c = caseBuilder().addEvents(
        Request.builder().id("med").kind(RequestKind.MEDIATION).filedBy(PARENT).addSignedBy(PARENT, LEA)
            .at(at("2026-05-04")).build(),
        Request.builder().id("med2").kind(RequestKind.MEDIATION).filedBy(PARENT).addSignedBy(PARENT)
            .at(at("2026-05-05")).build(),
        Appointment.builder().id("assign").participant(MEDIATOR).request("med").at(at("2026-05-08")).build()).build();
    assertThat(MS.evaluate(c).findings("MS.MEDIATION.JOINT_REQUEST")).isEmpty();
  }

  // ------------------------------------------------------------ MS.STATE_COMPLAINT.*

  @Test
  void aComplaintMdeNeverReceivedIsNotedAndItsForwardingNotChecked() {
    Case c = caseBuilder().addEvents(Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .filedWith(Recipient.LEA).at(at("2026-04-23")).build()).build();
    Evaluation e = MS.evaluate(c, d("2026-05-15"));
    assertThat(e.deadlines("MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS")).isEmpty();
    assertThat(Traces.entry(e, "MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS").notes())
        .containsExactly("complaint sc: no receipt by MDE recorded; forwarding not checked");
  }

  @Test
  void aComplaintFiledWithTheDistrictIsTimedAndNamedByMdesReceipt() {
    // filed with the district on Thursday 2026-04-23; MDE received it Friday 04-24. Forwarding: Mon 04-27 is
    // Confederate Memorial Day, so Tue 04-28 (1), Wed 04-29 (2), Thu 04-30 (3). Decision: 04-24 + 60 = 06-23.
    Case c = caseBuilder().addEvents(
        Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT).filedWith(Recipient.LEA)
            .at(at("2026-04-23")).build(),
        Receipt.builder().id("mde-got").request("sc").recipient(Recipient.STATE_AGENCY).at(at("2026-04-24")).build())
        .build();
    Evaluation e = MS.evaluate(c, d("2026-04-27"));
    assertThat(e.deadlines("MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS")).singleElement().satisfies(dl -> {
      assertThat(dl.trigger()).isEqualTo("mde-got");
      assertThat(dl.due()).isEqualTo(d("2026-04-30"));
    });
    assertThat(e.deadlines("IDEA.STATE_COMPLAINT.DECISION_60_DAYS")).singleElement().satisfies(dl -> {
      assertThat(dl.shapedBy()).extracting(Object::toString).containsExactly("MS.STATE_COMPLAINT.DECISION_FROM_FILING");
      assertThat(dl.trigger()).isEqualTo("mde-got");
      assertThat(dl.due()).isEqualTo(d("2026-06-23"));
    });
  }

  @Test
  void onlyAVerifiedReceiptIsNotedAsNotStartingTheDecisionClock() {
    Request complaint = Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .at(at("2026-01-05")).build();
    Case verified = caseBuilder().addEvents(complaint, Receipt.builder().id("ver").request("sc")
        .recipient(Recipient.LEA).via(Receipt.Via.VERIFIED).at(at("2026-01-20")).build()).build();
    assertThat(Traces.entry(MS.evaluate(verified), "MS.STATE_COMPLAINT.DECISION_FROM_FILING").notes()).containsExactly(
        "complaint sc: the district's verified receipt ver on 2026-01-20 does not start the clock");
    Case forwarded = caseBuilder().addEvents(complaint, Receipt.builder().id("fwd").request("sc")
        .recipient(Recipient.LEA).via(Receipt.Via.FORWARDED).at(at("2026-01-07")).build()).build();
    assertThat(Traces.entry(MS.evaluate(forwarded), "MS.STATE_COMPLAINT.DECISION_FROM_FILING").notes()).isEmpty();
  }

  @Test
  void theDecisionDueDateIsSixtyCalendarDaysAfterFiling() {
    // 2026-01-05 + 60 calendar days: 26 left in January, 28 in February, 6 in March -> 2026-03-06
    assertThat(StateComplaintDecisionFromFiling.dueDate(d("2026-01-05"), MS.counter())).isEqualTo(d("2026-03-06"));
    // across a leap February: 2028-01-05 + 60 -> 2028-03-05
    assertThat(StateComplaintDecisionFromFiling.dueDate(d("2028-01-05"), MS.counter())).isEqualTo(d("2028-03-05"));
  }

  // ------------------------------------------------------------ module and sources, built fresh

  @Test
  void eachRuleBuiltOnItsOwnCitesTheArticleAsASecondarySource() {
    List<Rule> articleCited = List.of(new FacilitationConsent(), new FacilitationRequest(),
        new RecordingNotice24Hours(), new RefusalDocumented(), new ResolutionSession(),
        new StateComplaintDecisionFromFiling());
    for (Rule rule : articleCited) {
      assertThat(rule.descriptor().citations()).as("%s", rule.descriptor().id())
          .filteredOn(c -> c.document().equals(Sources.ARTICLE)).isNotEmpty()
          .allSatisfy(c -> {
            assertThat(c.authority()).isEqualTo(Authority.SECONDARY);
            assertThat(c.link()).contains(Sources.ARTICLE_LINK);
          });
    }
    Citation direct = Sources.article("A heading", Force.ADVICE, "A sentence.");
    assertThat(direct.document()).isEqualTo(Sources.ARTICLE);
    assertThat(direct.section()).isEqualTo("A heading");
    assertThat(direct.quote()).isEqualTo("A sentence.");
    assertThat(direct.strongestKind()).isEqualTo(FindingKind.ADVISORY);
    assertThat(Sources.cadre(Force.DUTY, "q").authority()).isEqualTo(Authority.SECONDARY);
  }

  @Test
  void theModuleDescribesItsCalendarChoices() {
    assertThat(new MississippiModule()).hasToString("MississippiModule[NOT_OBSERVED, 0 closures]");
    assertThat(new MississippiModule().withSaturdayPolicy(SaturdayPolicy.FOLLOWING_MONDAY).toString())
        .isEqualTo("MississippiModule[FOLLOWING_MONDAY, 0 closures]");
  }
}
