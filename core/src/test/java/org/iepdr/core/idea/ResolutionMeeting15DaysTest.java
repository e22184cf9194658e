package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.agreement;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.idea.DueProcessEvents.withdrawal;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import java.time.LocalDate;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

class ResolutionMeeting15DaysTest {

  private static final String ID = "IDEA.RESOLUTION.MEETING_15_DAYS";

  private static Case complaintWithMeetingOn(String meetingDate) {
    return caseBuilder()
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
            .at(at("2026-03-02")).build())
        .addEvents(Receipt.builder().id("lea-copy").request("dp").recipient(Recipient.LEA).at(at("2026-03-03")).build())
        .addEvents(Meeting.builder().id("rm").kind(MeetingKind.RESOLUTION).request("dp").at(at(meetingDate))
            .addAttendees(PARENT, LEA).build())
        .build();
  }

  @Test
  void meetingOnDay15AfterTheLeaReceiptIsOnTime() {
    Evaluation e = US.evaluate(complaintWithMeetingOn("2026-03-18"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(d -> {
      assertThat(d.triggerDate()).isEqualTo(LocalDate.of(2026, 3, 3));
      assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 18));
      assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void theClockIsTriggeredByTheLeasReceiptNotTheFiling() {
    assertThat(US.evaluate(complaintWithMeetingOn("2026-03-18")).deadlines(ID)).singleElement()
        .satisfies(d -> assertThat(d.trigger()).isEqualTo("lea-copy"));
  }

  @Test
  void meetingOnDay16IsAViolation() {
    Evaluation e = US.evaluate(complaintWithMeetingOn("2026-03-19"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("2026-03-18");
      assertThat(f.events()).containsExactly("dp", "rm");
    });
    assertThat(e.deadlines(ID).get(0).status()).isEqualTo(DeadlineStatus.MISSED);
  }

  @Test
  void noMeetingIsPendingUntilTheDueDateAndMissedAfter() {
    Case c = caseBuilder()
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
            .filedWith(Recipient.LEA).at(at("2026-03-02")).build())
        .build();
    assertThat(US.evaluate(c, LocalDate.of(2026, 3, 17)).deadlines(ID).get(0).status())
        .isEqualTo(DeadlineStatus.PENDING);
    assertThat(US.evaluate(c, LocalDate.of(2026, 3, 17)).findings(ID)).isEmpty();
    assertThat(US.evaluate(c, LocalDate.of(2026, 3, 18)).findings(ID)).hasSize(1);
  }

  @Test
  void aWrittenWaiverSignedByBothMakesTheClockNotApplicable() {
    Case c = caseBuilder()
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
            .filedWith(Recipient.LEA).at(at("2026-03-02")).build())
        .addEvents(Agreement.builder().id("w").kind(AgreementKind.WAIVE_RESOLUTION_MEETING).request("dp")
            .addSignatories(PARENT, LEA).at(at("2026-03-05")).build())
        .build();
    Evaluation e = US.evaluate(c, LocalDate.of(2026, 4, 30));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(d -> {
      assertThat(d.outcome()).isEqualTo(org.iepdr.core.rules.DeadlineOutcome.NOT_APPLICABLE);
      assertThat(d.notApplicable()).contains(org.iepdr.core.rules.NotApplicable.of(
          org.iepdr.core.rules.NotApplicable.Reason.WAIVED, "w"));
    });
  }

  @Test
  void anAgencyComplaintStartsNoResolutionClock() {
    Case c = caseBuilder()
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(LEA)
            .at(at("2026-03-02")).build())
        .build();
    assertThat(US.evaluate(c, LocalDate.of(2026, 4, 30)).deadlines(ID)).isEmpty();
  }

  @Test
  void aComplaintWithdrawnBeforeTheDueDateNeedsNoMeetingButOneWithdrawnAfterItStillMissedIt() {
    java.util.function.Function<String, Case> withdrawnOn = day -> caseBuilder()
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
            .filedWith(Recipient.LEA).at(at("2026-03-02")).build())
        .addEvents(org.iepdr.core.model.Withdrawal.builder().id("wd").request("dp").by(PARENT)
            .from(org.iepdr.core.model.Withdrawal.From.REQUEST).at(at(day)).build())
        .build();
    Evaluation onTheLastDay = US.evaluate(withdrawnOn.apply("2026-03-17"), LocalDate.of(2026, 4, 30));
    assertThat(onTheLastDay.findings(ID)).isEmpty();
    assertThat(onTheLastDay.deadlines(ID)).singleElement().satisfies(d -> assertThat(d.notApplicable()).contains(
        org.iepdr.core.rules.NotApplicable.of(org.iepdr.core.rules.NotApplicable.Reason.WITHDRAWN, "wd")));
    Evaluation dayAfter = US.evaluate(withdrawnOn.apply("2026-03-18"), LocalDate.of(2026, 4, 30));
    assertThat(dayAfter.findings(ID)).hasSize(1);
    assertThat(dayAfter.deadlines(ID)).singleElement().satisfies(d -> assertThat(d.outcome())
        .isEqualTo(org.iepdr.core.rules.DeadlineOutcome.MISSED));
  }

  @Test
  void planGivesTheLastLawfulDay() {
    assertThat(US.plan(ProposedAct.RESOLUTION_MEETING, LocalDate.of(2026, 12, 20)).latest())
        .contains(LocalDate.of(2027, 1, 4));
  }
  @Test
  void withoutAnLeaReceiptTheFilingDateIsDay0AndTheTraceSaysSo() {
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(PARENT).at(at("2026-03-02")).build()).build();
    Evaluation e = US.evaluate(c, LocalDate.of(2026, 3, 10));
    assertThat(e.deadlines(ID)).singleElement()
        .satisfies(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 17)));
    assertThat(notes(e, ID))
        .containsExactly("complaint dp: no receipt by the LEA recorded; counted from the filing date");
    assertThat(notes(US.evaluate(complaintWithMeetingOn("2026-03-18")), ID)).isEmpty();
  }

  @Test
  void aWrittenWaiverIsNotedAsTheReasonNoMeetingIsDue() {
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02"),
        agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-05", true)).build();
    assertThat(notes(US.evaluate(c, LocalDate.of(2026, 4, 30)), ID))
        .containsExactly("complaint dp: meeting not required (WAIVE_RESOLUTION_MEETING w)");
  }

  @Test
  void anOralWaiverDoesNotExcuseTheMeetingButAnAgreementToMediateNeedNotBeWritten() {
    // 300.510(a)(3): the meeting need not be held if the parent and the LEA "agree in writing to waive the
    // meeting; or ... agree to use the mediation process" -- only the waiver must be in writing
    Case oralWaiver = caseBuilder().addEvents(parentComplaint("2026-03-02"),
        agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-05", false)).build();
    Evaluation e = US.evaluate(oralWaiver, LocalDate.of(2026, 3, 18));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("No resolution meeting was held by 2026-03-17, 15 days after the district received the complaint"
            + " on 2026-03-02."));
    Case oralMediation = caseBuilder().addEvents(parentComplaint("2026-03-02"),
        agreement("m", AgreementKind.TO_MEDIATE, "2026-03-05", false)).build();
    Evaluation mediated = US.evaluate(oralMediation, LocalDate.of(2026, 3, 18));
    assertThat(mediated.findings(ID)).isEmpty();
    assertThat(mediated.deadlines(ID)).singleElement().satisfies(d -> assertThat(d.notApplicable()).contains(
        org.iepdr.core.rules.NotApplicable.of(org.iepdr.core.rules.NotApplicable.Reason.WAIVED, "m")));
    assertThat(notes(mediated, ID)).containsExactly("complaint dp: meeting not required (TO_MEDIATE m)");
  }

  @Test
  void aComplaintWithdrawnBeforeTheMeetingWasDueIsNoted() {
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02"),
        withdrawal("wd", Withdrawal.From.REQUEST, "2026-03-10")).build();
    assertThat(notes(US.evaluate(c, LocalDate.of(2026, 4, 30)), ID)).containsExactly(
        "request dp: withdrawn on 2026-03-10, on or before the due date 2026-03-17; the clock no longer applies");
  }

  @Test
  void anAgreementToMediateNeedsNeitherWritingNorBothSignaturesButAWaiverDoes() {
    // 300.510(a)(3)(ii): "agree to use the mediation process": no writing, no signatures required
    Agreement unsignedMediation = Agreement.builder().id("m").kind(AgreementKind.TO_MEDIATE).request("dp")
        .inWriting(false).at(at("2026-03-05")).build();
    Evaluation mediated = US.evaluate(caseBuilder().addEvents(parentComplaint("2026-03-02"), unsignedMediation).build(),
        LocalDate.of(2026, 3, 18));
    assertThat(mediated.findings(ID)).isEmpty();
    assertThat(notes(mediated, ID)).containsExactly("complaint dp: meeting not required (TO_MEDIATE m)");
    Agreement oneSided = Agreement.builder().id("m").kind(AgreementKind.TO_MEDIATE).request("dp").addSignatories(LEA)
        .at(at("2026-03-17")).build();
    assertThat(US.evaluate(caseBuilder().addEvents(parentComplaint("2026-03-02"), oneSided).build(),
        LocalDate.of(2026, 3, 18)).findings(ID)).isEmpty();
    // recorded after the last day (03-17), it excuses nothing
    Agreement late = Agreement.builder().id("m").kind(AgreementKind.TO_MEDIATE).request("dp").inWriting(false)
        .at(at("2026-03-18")).build();
    assertThat(US.evaluate(caseBuilder().addEvents(parentComplaint("2026-03-02"), late).build(),
        LocalDate.of(2026, 3, 18)).findings(ID)).hasSize(1);
    // a written waiver signed by the district alone still does not excuse the meeting
    Agreement lonelyWaiver = Agreement.builder().id("w").kind(AgreementKind.WAIVE_RESOLUTION_MEETING).request("dp")
        .addSignatories(LEA).at(at("2026-03-05")).build();
    assertThat(US.evaluate(caseBuilder().addEvents(parentComplaint("2026-03-02"), lonelyWaiver).build(),
        LocalDate.of(2026, 3, 18)).findings(ID)).hasSize(1);
  }
}
