package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.meeting;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.ZONE;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import java.util.List;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.ClockChange;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.NotApplicable;
import org.junit.jupiter.api.Test;

/**
 * {@code IDEA.DUE_PROCESS.AMENDMENT} and the clocks an amendment restarts (34 CFR 300.508(d)(3)-(4)):
 * the boundaries of issue 16 (amended on day 14 and on day 16 after receipt, a permission granted 5 and 4
 * days before the hearing), an amendment without a basis, and an expedited complaint.
 *
 * <p>The complaint "dp" is filed with (so received by) the LEA on 2026-03-02 (day 0): the first 15-day
 * meeting clock is due 2026-03-17, the resolution period ends 2026-04-01 and the decision is due
 * 2026-05-16.
 */
class DueProcessAmendmentTest {

  private static final String ID = "IDEA.DUE_PROCESS.AMENDMENT";
  private static final String MEETING = "IDEA.RESOLUTION.MEETING_15_DAYS";
  private static final String DECISION = "IDEA.HEARING.DECISION_45_DAYS";

  private static Amendment amendment(String date, Amendment.Basis basis) {
    return Amendment.builder().id("am").request("dp").by(PARENT).basis(basis).at(at(date)).build();
  }

  private static Amendment permission(String filed, String granted) {
    return Amendment.builder().id("am").request("dp").by(PARENT).basis(Amendment.Basis.HEARING_OFFICER_PERMISSION)
        .grantedAt(at(granted)).grantedBy("officer").at(at(filed)).build();
  }

  private static Meeting hearing(String date) {
    return Meeting.builder().id("hearing").kind(MeetingKind.HEARING).request("dp").status(Meeting.Status.SCHEDULED)
        .at(at(date)).build();
  }

  private static Case complaint(CaseEvent... later) {
    return caseBuilder()
        .addParticipants(Participant.builder().id("officer").role(ParticipantRole.HEARING_OFFICER).build())
        .addEvents(parentComplaint("2026-03-02")).addEvents(later).build();
  }

  @Test
  void amendedOnDay14WithNoMeetingTheFirstClockNoLongerAppliesAndANewOneCountsFromTheAmendment() {
    Case c = complaint(amendment("2026-03-16", Amendment.Basis.WRITTEN_CONSENT));
    Evaluation e = US.evaluate(c, d("2026-03-20"));
    List<Deadline> meetings = e.deadlines(MEETING);
    assertThat(meetings).hasSize(2);
    assertThat(meetings.get(0)).satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("dp");
      assertThat(x.due()).isEqualTo(d("2026-03-17"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
      assertThat(x.outcome()).isEqualTo(DeadlineOutcome.NOT_APPLICABLE);
      assertThat(x.notApplicable()).contains(NotApplicable.of(NotApplicable.Reason.AMENDED, "am"));
    });
    assertThat(meetings.get(1)).satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("am");
      assertThat(x.triggerDate()).isEqualTo(d("2026-03-16"));
      assertThat(x.due()).isEqualTo(d("2026-03-31"));
      assertThat(x.outcome()).isEqualTo(DeadlineOutcome.OPEN);
      assertThat(x.changes()).containsExactly(new ClockChange(ClockChange.Kind.RESTARTED, "am", d("2026-03-16")));
    });
    assertThat(e.findings(MEETING)).isEmpty();
    assertThat(e.findings(ID)).isEmpty();
    assertThat(notes(e, ID)).singleElement().asString().contains("amendment am (WRITTEN_CONSENT) filed on 2026-03-16")
        .contains("restarts");

    // the resolution period and so the 45-day decision clock count from the amendment
    Request dp = (Request) c.events().get(0);
    ResolutionPeriod period = ResolutionPeriod.of(c, dp, ZONE);
    assertThat(period.receiptDate()).isEqualTo(d("2026-03-16"));
    assertThat(period.restartedBy()).contains("am");
    assertThat(period.end()).contains(d("2026-04-15"));
    assertThat(e.deadlines(DECISION)).singleElement().satisfies(x -> {
      assertThat(x.triggerDate()).isEqualTo(d("2026-04-15"));
      assertThat(x.due()).isEqualTo(d("2026-05-30"));
      assertThat(x.changes()).contains(new ClockChange(ClockChange.Kind.RESTARTED, "am", d("2026-03-16")));
    });
  }

  @Test
  void theRestartedMeetingClockIsMissedTheDayAfterItsOwnDueDateAndNotBefore() {
    Case c = complaint(amendment("2026-03-16", Amendment.Basis.WRITTEN_CONSENT));
    assertThat(US.evaluate(c, d("2026-03-31")).findings(MEETING)).isEmpty();
    Evaluation late = US.evaluate(c, d("2026-04-01"));
    assertThat(late.findings(MEETING)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(MEETING + ".missed");
      assertThat(f.facts().date("due")).contains(d("2026-03-31"));
      assertThat(f.facts().date("received")).contains(d("2026-03-16"));
    });
    // a meeting on the new due date answers the restarted clock
    Evaluation met = US.evaluate(complaint(amendment("2026-03-16", Amendment.Basis.WRITTEN_CONSENT),
        meeting("res", MeetingKind.RESOLUTION, "2026-03-31")), d("2026-04-10"));
    assertThat(met.findings(MEETING)).isEmpty();
    assertThat(met.deadlines(MEETING)).extracting(Deadline::outcome)
        .containsExactly(DeadlineOutcome.NOT_APPLICABLE, DeadlineOutcome.MET);
  }

  @Test
  void amendedOnDay16WithNoMeetingTheFirstClockStaysMissedAndARestartedOneRuns() {
    Evaluation e = US.evaluate(complaint(amendment("2026-03-18", Amendment.Basis.WRITTEN_CONSENT)), d("2026-03-25"));
    List<Deadline> meetings = e.deadlines(MEETING);
    assertThat(meetings).hasSize(2);
    assertThat(meetings.get(0)).satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("dp");
      assertThat(x.due()).isEqualTo(d("2026-03-17"));
      assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MISSED);
      assertThat(x.notApplicable()).isEmpty();
    });
    assertThat(meetings.get(1)).satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("am");
      assertThat(x.due()).isEqualTo(d("2026-04-02"));
      assertThat(x.outcome()).isEqualTo(DeadlineOutcome.OPEN);
    });
    assertThat(e.findings(MEETING)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(MEETING + ".missed");
      assertThat(f.kind()).isEqualTo(FindingKind.VIOLATION);
      assertThat(f.facts().date("due")).contains(d("2026-03-17"));
      assertThat(f.events()).containsExactly("dp");
    });
  }

  @Test
  void amendedOnDay15TheLastDayTheFirstClockNoLongerApplies() {
    Evaluation e = US.evaluate(complaint(amendment("2026-03-17", Amendment.Basis.WRITTEN_CONSENT)), d("2026-03-25"));
    assertThat(e.deadlines(MEETING)).extracting(Deadline::outcome)
        .containsExactly(DeadlineOutcome.NOT_APPLICABLE, DeadlineOutcome.OPEN);
    assertThat(e.findings(MEETING)).isEmpty();
  }

  @Test
  void aMeetingHeldBeforeTheAmendmentDoesNotAnswerTheRestartedClock() {
    Case c = complaint(meeting("res", MeetingKind.RESOLUTION, "2026-03-10"),
        amendment("2026-03-16", Amendment.Basis.WRITTEN_CONSENT));
    Evaluation e = US.evaluate(c, d("2026-04-01"));
    List<Deadline> meetings = e.deadlines(MEETING);
    assertThat(meetings).hasSize(2);
    assertThat(meetings.get(0)).satisfies(x -> {
      assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MET);
      assertThat(x.satisfiedBy()).contains("res");
    });
    assertThat(meetings.get(1)).satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("am");
      assertThat(x.satisfiedBy()).isEmpty();
      assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MISSED);
    });
    assertThat(e.findings(MEETING)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(MEETING + ".missed");
      assertThat(f.facts().date("due")).contains(d("2026-03-31"));
    });
  }

  @Test
  void anAmendmentWithoutConsentOrPermissionIsReportedAndRestartsNothing() {
    Evaluation e = US.evaluate(complaint(amendment("2026-03-16", Amendment.Basis.NONE)), d("2026-03-20"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(ID + ".without_basis");
      assertThat(f.kind()).isEqualTo(FindingKind.VIOLATION);
      assertThat(f.facts().date("amended")).contains(d("2026-03-16"));
      assertThat(f.events()).containsExactly("dp", "am");
    });
    assertThat(e.deadlines(MEETING)).singleElement().satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("dp");
      assertThat(x.due()).isEqualTo(d("2026-03-17"));
      assertThat(x.changes()).isEmpty();
    });
    assertThat(e.deadlines(DECISION)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-05-16"));
      assertThat(x.changes()).isEmpty();
    });
  }

  @Test
  void aPermissionGrantedFiveDaysBeforeTheHearingCounts() {
    // hearing on 2026-04-20: the last day for permission is 2026-04-15
    Evaluation e = US.evaluate(complaint(hearing("2026-04-20"), permission("2026-04-15", "2026-04-15")),
        d("2026-04-16"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(MEETING)).last().satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("am");
      assertThat(x.due()).isEqualTo(d("2026-04-30"));
    });
    assertThat(e.deadlines(DECISION)).singleElement().satisfies(x -> {
      assertThat(x.triggerDate()).isEqualTo(d("2026-05-15"));
      assertThat(x.due()).isEqualTo(d("2026-06-29"));
    });
  }

  @Test
  void aPermissionGrantedFourDaysBeforeTheHearingIsLateAndRestartsNothing() {
    Evaluation e = US.evaluate(complaint(hearing("2026-04-20"), permission("2026-04-16", "2026-04-16")),
        d("2026-04-17"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(ID + ".permission_late");
      assertThat(f.facts().date("granted")).contains(d("2026-04-16"));
      assertThat(f.facts().date("last")).contains(d("2026-04-15"));
      assertThat(f.facts().date("hearing")).contains(d("2026-04-20"));
      assertThat(f.events()).containsExactly("dp", "am");
    });
    assertThat(e.deadlines(MEETING)).singleElement().satisfies(x -> assertThat(x.trigger()).isEqualTo("dp"));
    assertThat(e.deadlines(DECISION)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-05-16"));
      assertThat(x.changes()).extracting(ClockChange::kind).doesNotContain(ClockChange.Kind.RESTARTED);
    });
  }

  @Test
  void thePermissionsDateIsWhenItWasGrantedNotWhenTheAmendedComplaintWasFiled() {
    // filed 2026-04-14 (in time) but the permission came on 2026-04-16 (late): late
    Evaluation late = US.evaluate(complaint(hearing("2026-04-20"), permission("2026-04-14", "2026-04-16")),
        d("2026-04-17"));
    assertThat(late.findings(ID)).extracting(f -> f.key()).containsExactly(ID + ".permission_late");
    // no hearing recorded: a permission counts whenever it was granted
    Evaluation noHearing = US.evaluate(complaint(permission("2026-04-16", "2026-04-16")), d("2026-04-17"));
    assertThat(noHearing.findings(ID)).isEmpty();
    assertThat(noHearing.deadlines(MEETING)).last().satisfies(x -> assertThat(x.trigger()).isEqualTo("am"));
  }

  @Test
  void anAmendedExpeditedComplaintRestartsNothingAndIsNoted() {
    Request xdp = Request.builder().id("dp").kind(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT).filedBy(PARENT)
        .filedWith(Recipient.LEA).at(at("2026-03-02")).build();
    Case c = caseBuilder().addEvents(xdp, amendment("2026-03-05", Amendment.Basis.WRITTEN_CONSENT)).build();
    Evaluation e = US.evaluate(c, d("2026-03-10"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(notes(e, ID)).singleElement().asString().contains("expedited").contains("restarts no timeline")
        .contains("300.532(c)(1)");
    assertThat(e.deadlines()).allSatisfy(x -> {
      assertThat(x.trigger()).isNotEqualTo("am");
      assertThat(x.changes()).extracting(ClockChange::kind).doesNotContain(ClockChange.Kind.RESTARTED);
    });
    assertThat(e.deadlines(MEETING)).isEmpty();
  }

  @Test
  void anAmendmentByTheAgencyOfItsOwnComplaintIsJudgedTheSame() {
    Request agency = Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(LEA)
        .filedWith(Recipient.FAMILY).at(at("2026-03-02")).build();
    Case c = caseBuilder().addEvents(agency, Amendment.builder().id("am").request("dp").by(LEA)
        .at(at("2026-03-10")).build()).build();
    assertThat(US.evaluate(c, d("2026-03-11")).findings(ID)).extracting(f -> f.key())
        .containsExactly(ID + ".without_basis");
  }

  /**
   * Regression test for a bug this test found (since fixed; described as it was): an amendment filed after the 45-day decision clock ran out erases
   * the missed deadline. {@code ResolutionPeriod.Index.period} restarts the period from the latest effective
   * amendment whenever it was filed, and {@code HearingDecision45Days} reports only that restarted clock, so
   * the deadline missed on 2026-05-16 (and its {@code missed} violation) disappears once the amendment of
   * 2026-05-25 is known: a later as-of date changes a verdict already reached, unlike the 15-day clock, whose
   * {@code reportAll} keeps the first segment as missed. Suggested fix: let the 45-day clock report the clock
   * as first counted before the restarted one, as {@code DeadlineDraft.reportAll} does for the 15-day clock
   * (missed or met when the amendment came after its due date or after the decision; {@code AMENDED} only when
   * it came before), e.g. by giving {@code ResolutionPeriod} the period before the restart.
   */
  @Test
  void anAmendmentAfterTheDecisionWasDueDoesNotEraseTheMissedDeadline() {
    Case c = complaint(amendment("2026-05-25", Amendment.Basis.WRITTEN_CONSENT));
    Evaluation before = US.evaluate(c, d("2026-05-20"));
    assertThat(before.deadlines(DECISION)).singleElement()
        .satisfies(x -> assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MISSED));
    Evaluation after = US.evaluate(c, d("2026-05-30"));
    assertThat(after.deadlines(DECISION)).anySatisfy(x -> {
      assertThat(x.trigger()).isEqualTo("dp");
      assertThat(x.due()).isEqualTo(d("2026-05-16"));
      assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MISSED);
    });
    assertThat(after.findings(DECISION)).extracting(f -> f.key()).contains(DECISION + ".missed");
  }

  /**
   * Regression test for a bug this test found (since fixed; described as it was): a written waiver (or an agreement to mediate, or a withdrawal) that
   * excused the first 15-day meeting clock is lost once an amendment filed after that clock's due date
   * restarts it. {@code ResolutionMeeting15Days.evaluate} passes the excuse with
   * {@code draft.notApplicable(WAIVED, ..)}, and {@code RuleContext.DeadlineDraft.finish} reads withdrawals
   * only {@code if (last && ...)}: both apply to the last (restarted) segment only; the first segment, which
   * was excused, is reported as missed with a {@code missed} violation, and a verdict reached on an earlier
   * as-of date changes. Suggested fix: in {@code reportAll}, apply the draft's not-applicable reason and the
   * withdrawal check to every segment whose due date is on or after the excusing event's date (or let the
   * rule judge the excuse per segment against each due date).
   */
  @Test
  void aWaiverOfTheFirstMeetingStillExcusesItAfterALaterAmendment() {
    Case c = complaint(DueProcessEvents.agreement("w", org.iepdr.core.model.AgreementKind.WAIVE_RESOLUTION_MEETING,
        "2026-03-05", true), amendment("2026-03-20", Amendment.Basis.WRITTEN_CONSENT));
    Evaluation before = US.evaluate(c, d("2026-03-19"));
    assertThat(before.deadlines(MEETING)).singleElement().satisfies(x -> assertThat(x.notApplicable())
        .contains(NotApplicable.of(NotApplicable.Reason.WAIVED, "w")));
    Evaluation after = US.evaluate(c, d("2026-03-25"));
    assertThat(after.deadlines(MEETING).get(0).notApplicable())
        .contains(NotApplicable.of(NotApplicable.Reason.WAIVED, "w"));
    assertThat(after.findings(MEETING)).isEmpty();
    Case withdrawn = complaint(DueProcessEvents.withdrawal("wd", org.iepdr.core.model.Withdrawal.From.REQUEST,
        "2026-03-05"), amendment("2026-03-20", Amendment.Basis.WRITTEN_CONSENT));
    assertThat(US.evaluate(withdrawn, d("2026-03-25")).deadlines(MEETING).get(0).notApplicable())
        .contains(NotApplicable.of(NotApplicable.Reason.WITHDRAWN, "wd"));
  }

  /**
   * Regression test for a bug this test found (since fixed; described as it was): with two amendments, the middle segment (restarted by the first,
   * superseded by the second) takes as its act a meeting held before its own restart.
   * {@code RuleContext.DeadlineDraft.reportAll} looks for the act of every segment but the last with
   * {@code firstAct(null, on)}, from no lower bound, instead of from the segment's day 0 (as it does for the
   * last one, {@code firstAct(day0, null)}): the meeting of 03-05, which answered the complaint as first
   * filed, becomes the act of the clock restarted on 03-10, dated before its window, so the segment is
   * {@code EARLY} and a false {@code before_complaint} violation follows; once the second amendment is known,
   * the verdict of the earlier as-of date (missed, no act) changes. Suggested fix: in the loop of
   * {@code reportAll}, {@code Act act = firstAct(out.isEmpty() ? null : day0, on);}.
   */
  @Test
  void aMeetingBeforeTheFirstAmendmentDoesNotAnswerTheClockItRestarted() {
    Case c = complaint(meeting("res", MeetingKind.RESOLUTION, "2026-03-05"),
        amendment("2026-03-10", Amendment.Basis.WRITTEN_CONSENT),
        Amendment.builder().id("am2").request("dp").by(PARENT).basis(Amendment.Basis.WRITTEN_CONSENT)
            .at(at("2026-03-30")).build());
    Evaluation before = US.evaluate(c, d("2026-03-29"));
    assertThat(before.deadlines(MEETING)).extracting(Deadline::outcome)
        .containsExactly(DeadlineOutcome.MET, DeadlineOutcome.MISSED);
    Evaluation after = US.evaluate(c, d("2026-04-01"));
    assertThat(after.deadlines(MEETING)).hasSize(3);
    assertThat(after.deadlines(MEETING).get(1)).satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("am");
      assertThat(x.satisfiedBy()).isEmpty();
      assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MISSED);
    });
    assertThat(after.findings(MEETING)).extracting(f -> f.key()).doesNotContain(MEETING + ".before_complaint");
  }
}
