package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.idea.DueProcessEvents.agreement;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.meeting;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.idea.DueProcessEvents.withdrawal;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.ZONE;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import org.iepdr.core.InvalidInputException;
import org.iepdr.core.idea.ResolutionPeriod.Ending;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

/** {@link ResolutionPeriod} and the rule that uses it, {@code IDEA.RESOLUTION.PERIOD_30_DAYS}. */
class ResolutionPeriodTest {

  private static final String ID = "IDEA.RESOLUTION.PERIOD_30_DAYS";

  private static ResolutionPeriod period(CaseEvent... later) {
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02")).addEvents(later).build();
    return ResolutionPeriod.of(c, (Request) c.events().get(0), ZONE);
  }

  @Test
  void unadjustedThePeriodEndsOnDay30AndTheHearingMayProceedFromDay31() {
    ResolutionPeriod p = period();
    assertThat(p.applies()).isTrue();
    assertThat(p.ending()).isEqualTo(Ending.EXPIRED);
    assertThat(p.end()).contains(d("2026-04-01"));
    assertThat(p.firstHearingDay()).contains(d("2026-04-02"));
    assertThat(p.hearingMayProceedOn(d("2026-04-01"))).isFalse();
    assertThat(p.hearingMayProceedOn(d("2026-04-02"))).isTrue();
    assertThat(p.adjustedBy()).isEmpty();
    assertThat(p.clockEventId()).isEqualTo("dp");
  }

  @Test
  void theLeasReceiptIsDay0() {
    Case c = caseBuilder()
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy("parent")
            .at(at("2026-03-02")).build(),
            Receipt.builder().id("r").request("dp").recipient(Recipient.LEA).at(at("2026-03-04")).build())
        .build();
    ResolutionPeriod p = ResolutionPeriod.of(c, (Request) c.events().get(0), ZONE);
    assertThat(p.receiptDate()).isEqualTo(d("2026-03-04"));
    assertThat(p.receiptEventId()).isEqualTo("r");
    assertThat(p.receiptAssumed()).isFalse();
    assertThat(p.end()).contains(d("2026-04-03"));
  }

  @Test
  void aWrittenWaiverSignedByBothEndsThePeriodThatDay() {
    ResolutionPeriod p = period(agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-05", true));
    assertThat(p.ending()).isEqualTo(Ending.WAIVER);
    assertThat(p.end()).contains(d("2026-03-05"));
    assertThat(p.firstHearingDay()).contains(d("2026-03-06"));
    assertThat(p.adjustedBy()).contains("w");
    assertThat(p.explanation()).contains("2026-03-05");
  }

  @Test
  void anOralWaiverOrOneSignedByOneSideChangesNothing() {
    assertThat(period(agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-05", false)).ending())
        .isEqualTo(Ending.EXPIRED);
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02"),
        org.iepdr.core.model.Agreement.builder().id("w").kind(AgreementKind.WAIVE_RESOLUTION_MEETING).request("dp")
            .addSignatories(LEA).at(at("2026-03-05")).build()).build();
    assertThat(ResolutionPeriod.of(c, (Request) c.events().get(0), ZONE).ending()).isEqualTo(Ending.EXPIRED);
    // signed by the parent alone: the family's side, but not the agency's
    Case byTheParent = caseBuilder().addEvents(parentComplaint("2026-03-02"),
        org.iepdr.core.model.Agreement.builder().id("w").kind(AgreementKind.WAIVE_RESOLUTION_MEETING).request("dp")
            .addSignatories(org.iepdr.core.testing.Fixtures.PARENT).at(at("2026-03-05")).build()).build();
    assertThat(ResolutionPeriod.of(byTheParent, (Request) byTheParent.events().get(0), ZONE).ending())
        .isEqualTo(Ending.EXPIRED);
  }

  @Test
  void aWrittenNoAgreementCountsOnlyAfterAMeetingStarted() {
    assertThat(period(agreement("na", AgreementKind.NO_AGREEMENT_POSSIBLE, "2026-03-20", true)).ending())
        .isEqualTo(Ending.EXPIRED);
    ResolutionPeriod p = period(meeting("rm", MeetingKind.RESOLUTION, "2026-03-12"),
        agreement("na", AgreementKind.NO_AGREEMENT_POSSIBLE, "2026-03-20", true));
    assertThat(p.ending()).isEqualTo(Ending.NO_AGREEMENT);
    assertThat(p.end()).contains(d("2026-03-20"));
  }

  @Test
  void aWithdrawalFromContinuedMediationEndsThePeriodEvenAfterDay30() {
    ResolutionPeriod open = period(agreement("cm", AgreementKind.CONTINUE_MEDIATION, "2026-03-30", true));
    assertThat(open.ending()).isEqualTo(Ending.MEDIATION_CONTINUES);
    assertThat(open.end()).isEmpty();
    assertThat(open.hearingMayProceedOn(d("2026-06-01"))).isFalse();
    ResolutionPeriod p = period(agreement("cm", AgreementKind.CONTINUE_MEDIATION, "2026-03-30", true),
        withdrawal("wd", Withdrawal.From.MEDIATION, "2026-04-20"));
    assertThat(p.ending()).isEqualTo(Ending.MEDIATION_WITHDRAWAL);
    assertThat(p.end()).contains(d("2026-04-20"));
    assertThat(p.adjustedBy()).contains("wd");
  }

  @Test
  void aWithdrawalWithoutAWrittenContinueMediationAgreementChangesNothing() {
    assertThat(period(withdrawal("wd", Withdrawal.From.MEDIATION, "2026-03-10")).ending()).isEqualTo(Ending.EXPIRED);
    assertThat(period(agreement("cm", AgreementKind.CONTINUE_MEDIATION, "2026-03-05", false),
        withdrawal("wd", Withdrawal.From.MEDIATION, "2026-03-10")).ending()).isEqualTo(Ending.EXPIRED);
  }

  @Test
  void aWaiverAfterDay30ChangesNothingAndTheEarliestAdjustmentWins() {
    assertThat(period(agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-04-02", true)).end())
        .contains(d("2026-04-01"));
    ResolutionPeriod p = period(meeting("ms", MeetingKind.MEDIATION_SESSION, "2026-03-04"),
        agreement("na", AgreementKind.NO_AGREEMENT_POSSIBLE, "2026-03-06", true),
        agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-09", true));
    assertThat(p.adjustedBy()).contains("na");
  }

  @Test
  void anAgencyComplaintHasNoResolutionPeriod() {
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(LEA).at(at("2026-03-02")).build()).build();
    ResolutionPeriod p = ResolutionPeriod.of(c, (Request) c.events().get(0), ZONE);
    assertThat(p.applies()).isFalse();
    assertThat(p.ending()).isEqualTo(Ending.NO_RESOLUTION_PERIOD);
    assertThat(p.receiptAssumed()).isTrue();
    assertThat(p.hearingMayProceedOn(d("2026-03-02"))).isTrue();
    Case withHearing = caseBuilder().addEvents(c.events().get(0), meeting("h", MeetingKind.HEARING, "2026-03-03"))
        .build();
    assertThat(US.evaluate(withHearing).findings(ID)).isEmpty();
  }

  @Test
  void onlyDueProcessComplaintsHaveAResolutionPeriod() {
    Case c = caseBuilder().addEvents(Request.builder().id("x").kind(RequestKind.STATE_COMPLAINT)
        .filedBy("parent").at(at("2026-03-02")).build()).build();
    assertThatThrownBy(() -> ResolutionPeriod.of(c, (Request) c.events().get(0), ZONE))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("DUE_PROCESS_COMPLAINT");
  }

  // ------------------------------------------------------------ IDEA.RESOLUTION.PERIOD_30_DAYS

  @Test
  void aHearingOnDay30IsAViolationAndOnDay31IsNot() {
    Evaluation early = US.evaluate(period30Case(meeting("h", MeetingKind.HEARING, "2026-04-01")));
    assertThat(early.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.VIOLATION);
      assertThat(f.key()).isEqualTo("IDEA.RESOLUTION.PERIOD_30_DAYS.held_early");
      assertThat(f.facts().date("hearing")).contains(LocalDate.parse("2026-04-01"));
      assertThat(f.facts().date("first_day")).contains(LocalDate.parse("2026-04-02"));
      assertThat(f.events()).containsExactly("dp", "h");
    });
    assertThat(US.evaluate(period30Case(meeting("h", MeetingKind.HEARING, "2026-04-02"))).findings(ID)).isEmpty();
  }

  @Test
  void afterAWaiverTheHearingMayProceedTheNextDay() {
    Evaluation e = US.evaluate(period30Case(agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-05", true),
        meeting("h", MeetingKind.HEARING, "2026-03-06")));
    assertThat(e.findings(ID)).isEmpty();
    Evaluation sameDay = US.evaluate(period30Case(
        agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-05", true),
        meeting("h", MeetingKind.HEARING, "2026-03-05")));
    assertThat(sameDay.findings(ID)).singleElement().satisfies(f -> assertThat(f.events()).contains("w", "h"));
  }

  @Test
  void aScheduledEarlyHearingIsAWarningAndACancelledOneIsIgnored() {
    Meeting scheduled = Meeting.builder().id("h").kind(MeetingKind.HEARING).status(Meeting.Status.SCHEDULED)
        .request("dp").at(at("2026-03-20")).build();
    assertThat(US.evaluate(period30Case(scheduled), d("2026-03-10")).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.WARNING));
    assertThat(US.evaluate(period30Case(Meeting.builder().from(scheduled).status(Meeting.Status.CANCELLED).build()),
        d("2026-03-10")).findings(ID)).isEmpty();
  }

  @Test
  void planTheEarliestHearingDay() {
    assertThat(US.plan(ProposedAct.DUE_PROCESS_HEARING, d("2026-03-02")).earliest()).contains(d("2026-04-02"));
  }

  private static Case period30Case(CaseEvent... later) {
    return caseBuilder().addEvents(parentComplaint("2026-03-02")).addEvents(later).build();
  }
  @Test
  void aComplaintFiledWithTheLeaIsReceivedWhenFiledNotByAssumption() {
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02"),
        Receipt.builder().id("again").request("dp").recipient(Recipient.LEA).at(at("2026-03-05")).build()).build();
    ResolutionPeriod p = ResolutionPeriod.of(c, (Request) c.events().get(0), ZONE);
    assertThat(p.complaintId()).isEqualTo("dp");
    assertThat(p.receiptDate()).isEqualTo(d("2026-03-02"));
    assertThat(p.receiptEventId()).isEqualTo("dp");
    assertThat(p.receiptAssumed()).isFalse();
  }

  @Test
  void theReceiptIsTheLeasOwnEvenWhenAnotherCopyArrivesAtTheSameInstant() {
    // filed with the state; the hearing officer's and the LEA's copies both arrive on 03-04 at 10:00
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
            .filedBy("parent").at(at("2026-03-02")).build(),
        Receipt.builder().id("ho-copy").request("dp").recipient(Recipient.HEARING_OFFICER).at(at("2026-03-04")).build(),
        Receipt.builder().id("lea-copy").request("dp").recipient(Recipient.LEA).at(at("2026-03-04")).build()).build();
    ResolutionPeriod p = ResolutionPeriod.of(c, (Request) c.events().get(0), ZONE);
    assertThat(p.receiptEventId()).isEqualTo("lea-copy");
    assertThat(p.clockEventId()).isEqualTo("lea-copy");
    assertThat(p.receiptDate()).isEqualTo(d("2026-03-04"));
  }

  @Test
  void aReceiptAtTheFilingInstantIsStillTheReceipt() {
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
            .filedBy("parent").at(at("2026-03-02")).build(),
        Receipt.builder().id("lea-copy").request("dp").recipient(Recipient.LEA).at(at("2026-03-02")).build()).build();
    ResolutionPeriod p = ResolutionPeriod.of(c, (Request) c.events().get(0), ZONE);
    assertThat(p.receiptEventId()).isEqualTo("lea-copy");
    assertThat(p.receiptAssumed()).isFalse();
  }

  @Test
  void aMeetingOnARelatedMediationRequestCountsForANoAgreement() {
    // 300.510(c)(2): "after either the mediation or resolution meeting starts": a mediation session on the
    // mediation request that relates to the complaint has started the process
    Request mediation = Request.builder().id("mr").kind(RequestKind.MEDIATION).filedBy("parent").relatesTo("dp")
        .at(at("2026-03-03")).build();
    Meeting session = Meeting.builder().id("ms").kind(MeetingKind.MEDIATION_SESSION).request("mr")
        .at(at("2026-03-10")).addAttendees("parent", LEA).build();
    ResolutionPeriod p = period(mediation, session, agreement("na", AgreementKind.NO_AGREEMENT_POSSIBLE, "2026-03-12", true));
    assertThat(p.ending()).isEqualTo(Ending.NO_AGREEMENT);
    assertThat(p.end()).contains(d("2026-03-12"));
    assertThat(p.toString()).isEqualTo("ResolutionPeriod[dp, received 2026-03-02, NO_AGREEMENT, ends 2026-03-12 by na]");
  }

  @Test
  void eventsAboutAnotherComplaintDoNotAdjustThePeriod() {
    Request other = Request.builder().id("dp2").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy("parent")
        .filedWith(Recipient.LEA).at(at("2026-03-02")).build();
    Request otherMediation = Request.builder().id("mr2").kind(RequestKind.MEDIATION).filedBy("parent")
        .relatesTo("dp2").at(at("2026-03-03")).build();
    Meeting otherSession = Meeting.builder().id("ms2").kind(MeetingKind.MEDIATION_SESSION).request("mr2")
        .at(at("2026-03-10")).addAttendees("parent", LEA).build();
    org.iepdr.core.model.Agreement otherNoAgreement = org.iepdr.core.model.Agreement.builder().id("na")
        .kind(AgreementKind.NO_AGREEMENT_POSSIBLE).request("dp").addSignatories("parent", LEA).at(at("2026-03-12"))
        .build();
    ResolutionPeriod noMeetingOnThis = period(other, otherMediation, otherSession, otherNoAgreement);
    assertThat(noMeetingOnThis.ending()).as("the only meeting was on the other complaint's mediation")
        .isEqualTo(Ending.EXPIRED);
    org.iepdr.core.model.Agreement otherWaiver = org.iepdr.core.model.Agreement.builder().id("w2")
        .kind(AgreementKind.WAIVE_RESOLUTION_MEETING).request("dp2").addSignatories("parent", LEA)
        .at(at("2026-03-05")).build();
    ResolutionPeriod p = period(other, otherWaiver);
    assertThat(p.ending()).isEqualTo(Ending.EXPIRED);
    assertThat(p.end()).contains(d("2026-04-01"));
    assertThat(p.toString()).isEqualTo("ResolutionPeriod[dp, received 2026-03-02, EXPIRED, ends 2026-04-01]");
  }

  @Test
  void theRuleNotesHowThePeriodEnded() {
    assertThat(notes(US.evaluate(period30Case()), ID)).containsExactly("complaint dp: the 30-day resolution period"
        + " after the district received the complaint on 2026-03-02 ended on 2026-04-01");
  }

  @Test
  void eachComplaintOfACaseHasItsOwnPeriodThoughTheRulesShareOneIndexPerEvaluation() {
    // dp is waived by an agreement naming it; dp2, filed later, is not; the periods are computed once per
    // evaluation from one index and asked for by several rules (this one, the 45-day decision, non-participation)
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02"),
        Request.builder().id("dp2").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy("parent")
            .filedWith(Recipient.LEA).at(at("2026-03-03")).build(),
        agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-05", true)).build();
    Evaluation e = US.evaluate(c);
    assertThat(notes(e, ID)).hasSize(2);
    assertThat(notes(e, ID).get(0)).startsWith("complaint dp: ").contains("2026-03-05");
    assertThat(notes(e, ID).get(1)).isEqualTo("complaint dp2: the 30-day resolution period after the district"
        + " received the complaint on 2026-03-03 ended on 2026-04-02");
    assertThat(ResolutionPeriod.of(c, (Request) c.events().get(0), ZONE).ending()).isEqualTo(Ending.WAIVER);
    assertThat(ResolutionPeriod.of(c, (Request) c.events().get(1), ZONE).ending()).isEqualTo(Ending.EXPIRED);
    assertThat(e.deadlines()).filteredOn(x -> x.ruleId().equals(HearingDecision45Days.ID)).hasSize(2);
  }

  @Test
  void theRuleNotesAnAssumedReceiptDate() {
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy("parent").at(at("2026-03-02")).build()).build();
    assertThat(notes(US.evaluate(c), ID)).containsExactly(
        "complaint dp: no receipt by the receiving party recorded; counted from the filing date",
        "complaint dp: the 30-day resolution period after the district received the complaint on 2026-03-02 ended"
            + " on 2026-04-01");
  }

  @Test
  void theRuleNotesThatAnAgencysComplaintHasNoResolutionPeriod() {
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(LEA).filedWith(Recipient.FAMILY).at(at("2026-03-02")).build()).build();
    assertThat(notes(US.evaluate(c), ID)).containsExactly("complaint dp: filed by the agency; no resolution period,"
        + " the hearing may proceed (UNVERIFIED reading of 300.510(a) 'the parent's due process complaint')");
  }
}
