package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.agreement;
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

import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.ParticipationAttempt;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.ClockChange;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.NotApplicable;
import org.junit.jupiter.api.Test;

/**
 * {@code IDEA.RESOLUTION.NON_PARTICIPATION} and the resolution timelines a party's non-participation moves
 * (34 CFR 300.510(b)(3)-(5)): a parent absent, then present; a parent absent with no meeting since; an
 * agreement to mediate; a hearing officer's order beginning the timeline; the LEA's request to dismiss.
 *
 * <p>The complaint "dp" is received by the LEA on 2026-03-02 (day 0): day 10 is 2026-03-12, day 15
 * 2026-03-17, day 20 2026-03-22, day 30 2026-04-01; unmoved, the decision is due 2026-05-16.
 */
class NonParticipationTest {

  private static final String ID = "IDEA.RESOLUTION.NON_PARTICIPATION";
  private static final String DECISION = "IDEA.HEARING.DECISION_45_DAYS";
  private static final String MEETING = "IDEA.RESOLUTION.MEETING_15_DAYS";

  /** A resolution meeting the LEA convened and the parent did not attend. */
  private static Meeting absent(String date, ParticipationAttempt... attempts) {
    return Meeting.builder().id("absent").kind(MeetingKind.RESOLUTION).request("dp").status(Meeting.Status.CANCELLED)
        .nonParticipation(Side.FAMILY).addParticipationAttempts(attempts).at(at(date)).build();
  }

  private static Request dismissalRequest(String date) {
    return Request.builder().id("ask").kind(RequestKind.DISMISSAL_REQUEST).filedBy(LEA).relatesTo("dp")
        .at(at(date)).build();
  }

  private static Decision order(String id, String request, String date, boolean denied) {
    return Decision.builder().id(id).kind(DecisionKind.HEARING_TIMELINE_ORDER).request(request).denied(denied)
        .at(at(date)).build();
  }

  private static Case complaint(CaseEvent... later) {
    return caseBuilder().addEvents(parentComplaint("2026-03-02")).addEvents(later).build();
  }

  private static ResolutionPeriod period(Case c) {
    return ResolutionPeriod.of(c, (Request) c.events().get(0), ZONE);
  }

  @Test
  void aParentAbsentOnDay10AndAMeetingHeldOnDay20DelaysThePeriodByTenDays() {
    Case c = complaint(absent("2026-03-12"), meeting("held", MeetingKind.RESOLUTION, "2026-03-22"));
    ResolutionPeriod p = period(c);
    assertThat(p.ending()).isEqualTo(ResolutionPeriod.Ending.DELAYED_BY_PARENT);
    assertThat(p.end()).contains(d("2026-04-11"));
    assertThat(p.delayedBy()).contains("absent");
    Evaluation e = US.evaluate(c, d("2026-04-20"));
    assertThat(e.deadlines(DECISION)).singleElement().satisfies(x -> {
      assertThat(x.triggerDate()).isEqualTo(d("2026-04-11"));
      assertThat(x.due()).isEqualTo(d("2026-05-26"));
      assertThat(x.outcome()).isEqualTo(DeadlineOutcome.OPEN);
      assertThat(x.changes()).containsExactly(new ClockChange(ClockChange.Kind.DELAYED, "absent", d("2026-03-12")));
      assertThat(x.action().facts().get("ending")).contains(ResolutionPeriod.Ending.DELAYED_BY_PARENT);
    });
    assertThat(notes(e, ID)).singleElement().asString().contains("the 45 days run from the day after 2026-04-11")
        .contains("the library adds the days of delay");
    assertThat(e.findings(ID)).isEmpty();
    // the meeting the LEA convened answers the 15-day clock, though the parent stayed away
    assertThat(e.deadlines(MEETING)).singleElement().satisfies(x -> {
      assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MET);
      assertThat(x.satisfiedBy()).contains("absent");
    });
    // the decision is late the day after the delayed due date, not before
    assertThat(US.evaluate(c, d("2026-05-26")).findings(DECISION)).isEmpty();
    assertThat(US.evaluate(c, d("2026-05-27")).findings(DECISION)).extracting(Finding::key)
        .containsExactly(DECISION + ".missed");
  }

  @Test
  void aParentAbsentWithNoMeetingSinceHoldsTheDecisionClock() {
    Case c = complaint(absent("2026-03-12"));
    assertThat(period(c).ending()).isEqualTo(ResolutionPeriod.Ending.PARENT_NOT_PARTICIPATING);
    assertThat(period(c).end()).isEmpty();
    Evaluation e = US.evaluate(c, d("2026-12-31"));
    assertThat(e.deadlines(DECISION)).isEmpty();
    assertThat(e.findings(DECISION)).isEmpty();
    assertThat(notes(e, DECISION)).singleElement().asString().contains("the 45-day clock has not started");
    assertThat(notes(e, ID)).singleElement().asString().contains("the 45-day clock has not started");
  }

  @Test
  void anAbsenceAfterDay30DelaysNothing() {
    Case c = complaint(absent("2026-04-02"), meeting("held", MeetingKind.RESOLUTION, "2026-04-10"));
    assertThat(period(c).ending()).isEqualTo(ResolutionPeriod.Ending.EXPIRED);
    assertThat(US.evaluate(c, d("2026-04-20")).deadlines(DECISION)).singleElement()
        .satisfies(x -> assertThat(x.due()).isEqualTo(d("2026-05-16")));
  }

  @Test
  void anAbsenceOnDay30StillDelaysThePeriod() {
    Case c = complaint(absent("2026-04-01"), meeting("held", MeetingKind.RESOLUTION, "2026-04-03"));
    assertThat(period(c).ending()).isEqualTo(ResolutionPeriod.Ending.DELAYED_BY_PARENT);
    assertThat(period(c).end()).contains(d("2026-04-03"));
  }

  @Test
  void noDelayWhenThePartiesHadAgreedToMediate() {
    Case c = complaint(agreement("med", AgreementKind.TO_MEDIATE, "2026-03-05", true), absent("2026-03-12"),
        meeting("held", MeetingKind.RESOLUTION, "2026-03-22"));
    assertThat(period(c).ending()).isEqualTo(ResolutionPeriod.Ending.EXPIRED);
    assertThat(period(c).delayedBy()).isEmpty();
    Evaluation e = US.evaluate(c, d("2026-04-20"));
    assertThat(e.deadlines(DECISION)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-05-16"));
      assertThat(x.changes()).isEmpty();
    });
    assertThat(notes(e, ID)).isEmpty();
    // an agreement made the day of the missed meeting counts as made before it
    Case sameDay = complaint(agreement("med", AgreementKind.TO_MEDIATE, "2026-03-12", true), absent("2026-03-12"));
    assertThat(period(sameDay).ending()).isEqualTo(ResolutionPeriod.Ending.EXPIRED);
  }

  @Test
  void aHearingOfficersOrderOnDay18StartsThe45DaysFromTheOrder() {
    Case c = complaint(order("order", "dp", "2026-03-20", false));
    ResolutionPeriod p = period(c);
    assertThat(p.ending()).isEqualTo(ResolutionPeriod.Ending.HEARING_OFFICER_ORDER);
    assertThat(p.end()).contains(d("2026-03-20"));
    Evaluation e = US.evaluate(c, d("2026-04-01"));
    assertThat(e.deadlines(DECISION)).singleElement().satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("order");
      assertThat(x.triggerDate()).isEqualTo(d("2026-03-20"));
      assertThat(x.due()).isEqualTo(d("2026-05-04"));
      assertThat(x.changes()).containsExactly(new ClockChange(ClockChange.Kind.STARTED, "order", d("2026-03-20")));
    });
    assertThat(notes(e, ID)).singleElement().asString().contains("the 45 days run from the day after the order");
    // the LEA held no meeting within 15 days: the order had its ground
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void anOrderOnTheParentsRequestCountsAndADeniedOneDoesNot() {
    Request ask = Request.builder().id("begin").kind(RequestKind.HEARING_TIMELINE_REQUEST).filedBy(PARENT)
        .relatesTo("dp").at(at("2026-03-18")).build();
    assertThat(US.evaluate(complaint(ask, order("order", "begin", "2026-03-20", false)), d("2026-04-01"))
        .deadlines(DECISION)).singleElement().satisfies(x -> assertThat(x.due()).isEqualTo(d("2026-05-04")));
    assertThat(US.evaluate(complaint(ask, order("order", "begin", "2026-03-20", true)), d("2026-04-01"))
        .deadlines(DECISION)).singleElement().satisfies(x -> {
          assertThat(x.due()).isEqualTo(d("2026-05-16"));
          assertThat(x.changes()).isEmpty();
        });
  }

  @Test
  void anOrderWhenTheLeaHeldTheMeetingInTimeIsAWarning() {
    Evaluation e = US.evaluate(complaint(meeting("held", MeetingKind.RESOLUTION, "2026-03-10"),
        order("order", "dp", "2026-03-20", false)), d("2026-04-01"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(ID + ".order_without_ground");
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.facts().date("due")).contains(d("2026-03-17"));
      assertThat(f.events()).containsExactly("dp", "order");
    });
  }

  @Test
  void aDismissalRequestOnOrBeforeDay30IsEarly() {
    ParticipationAttempt call = new ParticipationAttempt(ParticipationAttempt.Method.CALL, at("2026-03-10"));
    Evaluation onDay30 = US.evaluate(complaint(absent("2026-03-12", call), dismissalRequest("2026-04-01")),
        d("2026-04-10"));
    assertThat(onDay30.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(ID + ".dismissal_request_early");
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.facts().date("made")).contains(d("2026-04-01"));
      assertThat(f.facts().date("end")).contains(d("2026-04-01"));
      assertThat(f.events()).containsExactly("dp", "ask");
    });
    Evaluation onDay31 = US.evaluate(complaint(absent("2026-03-12", call), dismissalRequest("2026-04-02")),
        d("2026-04-10"));
    assertThat(onDay31.findings(ID)).isEmpty();
  }

  @Test
  void aDismissalRequestWithoutDocumentedAttemptsIsAWarning() {
    Evaluation e = US.evaluate(complaint(absent("2026-03-12"), dismissalRequest("2026-04-02")), d("2026-04-10"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(ID + ".dismissal_request_undocumented");
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.events()).containsExactly("dp", "ask");
    });
    // early and undocumented: both
    assertThat(US.evaluate(complaint(absent("2026-03-12"), dismissalRequest("2026-03-25")), d("2026-04-10"))
        .findings(ID)).extracting(Finding::key)
        .containsExactly(ID + ".dismissal_request_early", ID + ".dismissal_request_undocumented");
  }

  @Test
  void aDismissalOfTheComplaintEndsTheDelayedDecisionClock() {
    Case c = complaint(absent("2026-03-12", new ParticipationAttempt(ParticipationAttempt.Method.LETTER,
        at("2026-03-09"))), meeting("held", MeetingKind.RESOLUTION, "2026-03-22"), dismissalRequest("2026-04-02"),
        Decision.builder().id("dismissed").kind(DecisionKind.DISMISSAL).request("dp").at(at("2026-04-20")).build());
    Evaluation e = US.evaluate(c, d("2026-12-31"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.findings(DECISION)).isEmpty();
    assertThat(e.deadlines(DECISION)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-05-26"));
      assertThat(x.notApplicable()).contains(NotApplicable.of(NotApplicable.Reason.DISMISSED, "dismissed"));
    });
  }

  /**
   * Regression test for a bug this test found (since fixed; described as it was): the hearing officer's order granting the LEA's
   * {@code DISMISSAL_REQUEST} is a {@code DISMISSAL} decision on that request, which relates to the
   * complaint (as {@code ClockFactsTest} models it, and as {@code CaseStatus.complaintOf} reads it: the
   * complaint is dismissed). {@code HearingDecision45Days.evaluate} (line 131) reads only
   * {@code ctx.decisions(complaint.id(), DISMISSAL)}, so the granted dismissal does not end the 45-day
   * clock and a false {@code missed} violation follows ({@code SetAside.part} reads the same way: a hearing
   * dismissed through a dismissal request does not conclude there). Suggested
   * fix: also read the non-denied {@code DISMISSAL} decisions on the {@code DISMISSAL_REQUEST}s whose
   * {@code relatesTo} is the complaint, as {@code ResolutionNonParticipation.orders} does for timeline orders.
   */
  @Test
  void aDismissalGrantedOnTheLeasRequestEndsTheDelayedDecisionClock() {
    Case c = complaint(absent("2026-03-12", new ParticipationAttempt(ParticipationAttempt.Method.LETTER,
        at("2026-03-09"))), meeting("held", MeetingKind.RESOLUTION, "2026-03-22"), dismissalRequest("2026-04-02"),
        Decision.builder().id("dismissed").kind(DecisionKind.DISMISSAL).request("ask").at(at("2026-04-20")).build());
    Evaluation e = US.evaluate(c, d("2026-12-31"));
    assertThat(e.findings(DECISION)).isEmpty();
    assertThat(e.deadlines(DECISION)).singleElement().satisfies(x -> assertThat(x.notApplicable())
        .contains(NotApplicable.of(NotApplicable.Reason.DISMISSED, "dismissed")));
  }
}
