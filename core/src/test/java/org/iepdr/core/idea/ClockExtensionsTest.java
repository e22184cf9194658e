package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.util.List;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.ClockChange;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * Extensions of the 60-day state complaint clock (34 CFR 300.152(b)(1)) and of the 45-day hearing
 * decision clock (300.515(c)): one granted on the due date counts, one granted the day after does not
 * (a warning, the deadline stays missed), one on a ground the regulation does not allow is refused and
 * reported, and none moves a due date earlier than the unextended one.
 *
 * <p>The state complaint "sc" is filed on 2026-03-02: its decision is due 2026-05-01. The due process
 * complaint "dp" is received on 2026-03-02: its resolution period ends 2026-04-01 and its decision is due
 * 2026-05-16.
 */
class ClockExtensionsTest {

  private static final String SC = "IDEA.STATE_COMPLAINT.DECISION_60_DAYS";
  private static final String DP = "IDEA.HEARING.DECISION_45_DAYS";

  private static Request stateComplaint() {
    return Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT).at(at("2026-03-02")).build();
  }

  private static Extension ext(String id, String request, String granted, Extension.Reason reason, String newDue) {
    return Extension.builder().id(id).request(request).reason(reason).newDueDate(d(newDue)).at(at(granted)).build();
  }

  private static Decision scDecision(String date) {
    return Decision.builder().id("dec").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc").at(at(date)).build();
  }

  private static Decision hearingDecision(String date) {
    return Decision.builder().id("dec").kind(DecisionKind.HEARING_DECISION).request("dp").at(at(date)).build();
  }

  private static Evaluation sc(String asOf, CaseEvent... later) {
    return US.evaluate(caseBuilder().addEvents(stateComplaint()).addEvents(later).build(), d(asOf));
  }

  private static Evaluation dp(String asOf, CaseEvent... later) {
    return US.evaluate(caseBuilder().addEvents(parentComplaint("2026-03-02")).addEvents(later).build(), d(asOf));
  }

  private static Deadline only(Evaluation e, String rule) {
    List<Deadline> all = e.deadlines(rule);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static List<String> keys(Evaluation e, String rule) {
    return e.findings(rule).stream().map(Finding::key).toList();
  }

  // ------------------------------------------------------------------ 60 days, 300.152(b)(1)

  @Test
  void stateComplaintExtensionGrantedOnTheDueDateCountsAndADecisionAfterTheOriginalDueIsMetExtended() {
    Evaluation e = sc("2026-06-30", ext("x", "sc", "2026-05-01", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES,
        "2026-05-29"), scDecision("2026-05-20"));
    Deadline x = only(e, SC);
    assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MET_EXTENDED);
    assertThat(x.due()).isEqualTo(d("2026-05-29"));
    assertThat(x.extendedBy()).contains("x");
    assertThat(x.unextendedDue()).contains(d("2026-05-01"));
    assertThat(x.changes()).containsExactly(new ClockChange(ClockChange.Kind.EXTENDED, "x", d("2026-05-01")));
    assertThat(e.findings(SC)).isEmpty();
  }

  @Test
  void stateComplaintDecisionOnTheExtendedDueDateIsMetExtendedAndTheDayAfterIsLateExtended() {
    Extension x = ext("x", "sc", "2026-05-01", Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR, "2026-05-29");
    assertThat(only(sc("2026-06-30", x, scDecision("2026-05-29")), SC).outcome())
        .isEqualTo(DeadlineOutcome.MET_EXTENDED);
    Evaluation late = sc("2026-06-30", x, scDecision("2026-05-30"));
    assertThat(only(late, SC).outcome()).isEqualTo(DeadlineOutcome.MISSED);
    assertThat(keys(late, SC)).containsExactly(SC + ".late_extended");
  }

  @Test
  void stateComplaintDecisionWithinTheOriginalDueIsMetEvenThoughExtended() {
    Evaluation e = sc("2026-06-30", ext("x", "sc", "2026-05-01", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES,
        "2026-05-29"), scDecision("2026-05-01"));
    Deadline x = only(e, SC);
    assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MET);
    assertThat(x.extendedBy()).contains("x");
    assertThat(x.due()).isEqualTo(d("2026-05-29"));
    assertThat(e.findings(SC)).isEmpty();
  }

  @Test
  void stateComplaintExtensionGrantedTheDayAfterTheDueDateDoesNotCount() {
    Evaluation e = sc("2026-06-30", ext("x", "sc", "2026-05-02", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES,
        "2026-05-29"), scDecision("2026-05-20"));
    Deadline x = only(e, SC);
    assertThat(x.due()).isEqualTo(d("2026-05-01"));
    assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MISSED);
    assertThat(x.extendedBy()).isEmpty();
    assertThat(x.unextendedDue()).isEmpty();
    assertThat(x.changes()).containsExactly(new ClockChange(ClockChange.Kind.EXTENSION_REFUSED, "x", d("2026-05-02")));
    assertThat(keys(e, SC)).containsExactly(SC + ".extension_after_due", SC + ".late");
    Finding warning = e.findings(SC).get(0);
    assertThat(warning.kind()).isEqualTo(FindingKind.WARNING);
    assertThat(warning.facts().date("extended_on")).contains(d("2026-05-02"));
    assertThat(warning.facts().date("due")).contains(d("2026-05-01"));
    assertThat(warning.facts().date("new_due")).contains(d("2026-05-29"));
    assertThat(warning.events()).containsExactly("sc", "x");
  }

  @Test
  void stateComplaintExtensionOnTheHearingOfficersOwnMotionOrAnotherGroundIsUnlawful() {
    for (Extension.Reason r : List.of(Extension.Reason.HEARING_OFFICER_OWN_MOTION, Extension.Reason.OTHER,
        Extension.Reason.HEARING_OFFICER_SPECIFIC)) {
      Evaluation e = sc("2026-06-30", ext("x", "sc", "2026-04-20", r, "2026-05-29"), scDecision("2026-05-20"));
      Deadline x = only(e, SC);
      assertThat(x.due()).as("%s", r).isEqualTo(d("2026-05-01"));
      assertThat(x.outcome()).as("%s", r).isEqualTo(DeadlineOutcome.MISSED);
      assertThat(x.changes()).as("%s", r).extracting(ClockChange::kind)
          .containsExactly(ClockChange.Kind.EXTENSION_REFUSED);
      assertThat(keys(e, SC)).as("%s", r).containsExactly(SC + ".extension_unlawful", SC + ".late");
      assertThat(e.findings(SC).get(0).kind()).isEqualTo(FindingKind.VIOLATION);
      assertThat(e.findings(SC).get(0).events()).containsExactly("sc", "x");
    }
  }

  @Test
  void stateComplaintExtensionNeverMovesTheDueDateEarlier() {
    // a "new" due date before the unextended one is reported and not applied
    Evaluation e = sc("2026-06-30", ext("x", "sc", "2026-04-20", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES,
        "2026-04-25"), scDecision("2026-04-28"));
    Deadline x = only(e, SC);
    assertThat(x.due()).isEqualTo(d("2026-05-01"));
    assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MET);
    assertThat(x.extendedBy()).isEmpty();
    assertThat(keys(e, SC)).containsExactly(SC + ".extension_earlier");
    assertThat(e.findings(SC).get(0).kind()).isEqualTo(FindingKind.WARNING);
    // a later extension may revise an earlier one, but never below the unextended due date
    Evaluation twice = sc("2026-06-30",
        ext("x1", "sc", "2026-04-20", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES, "2026-05-29"),
        ext("x2", "sc", "2026-05-05", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES, "2026-04-30"));
    Deadline y = only(twice, SC);
    assertThat(y.due()).isEqualTo(d("2026-05-29"));
    assertThat(y.extendedBy()).contains("x1");
    assertThat(keys(twice, SC)).containsExactly(SC + ".extension_earlier", SC + ".missed_extended");
  }

  @Test
  void stateComplaintSecondExtensionGrantedOnTheExtendedDueDateCountsAndTheDayAfterDoesNot() {
    Extension first = ext("x1", "sc", "2026-04-20", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES, "2026-05-29");
    Deadline onTime = only(sc("2026-07-30", first,
        ext("x2", "sc", "2026-05-29", Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR, "2026-06-15"),
        scDecision("2026-06-10")), SC);
    assertThat(onTime.due()).isEqualTo(d("2026-06-15"));
    assertThat(onTime.extendedBy()).contains("x2");
    assertThat(onTime.unextendedDue()).contains(d("2026-05-01"));
    assertThat(onTime.outcome()).isEqualTo(DeadlineOutcome.MET_EXTENDED);
    Evaluation tooLate = sc("2026-07-30", first,
        ext("x2", "sc", "2026-05-30", Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR, "2026-06-15"),
        scDecision("2026-06-10"));
    Deadline late = only(tooLate, SC);
    assertThat(late.due()).isEqualTo(d("2026-05-29"));
    assertThat(late.extendedBy()).contains("x1");
    assertThat(late.outcome()).isEqualTo(DeadlineOutcome.MISSED);
    assertThat(keys(tooLate, SC)).containsExactly(SC + ".extension_after_due", SC + ".late_extended");
  }

  // ------------------------------------------------------------------ 45 days, 300.515(c)

  @Test
  void hearingExtensionGrantedOnTheDueDateCountsAndADecisionAfterTheOriginalDueIsMetExtended() {
    Extension x = Extension.builder().id("x").request("dp").reason(Extension.Reason.HEARING_OFFICER_SPECIFIC)
        .requestedBy(LEA).newDueDate(d("2026-06-15")).at(at("2026-05-16")).build();
    Evaluation e = dp("2026-07-30", x, hearingDecision("2026-06-01"));
    Deadline dl = only(e, DP);
    assertThat(dl.outcome()).isEqualTo(DeadlineOutcome.MET_EXTENDED);
    assertThat(dl.due()).isEqualTo(d("2026-06-15"));
    assertThat(dl.extendedBy()).contains("x");
    assertThat(dl.unextendedDue()).contains(d("2026-05-16"));
    assertThat(dl.changes()).containsExactly(new ClockChange(ClockChange.Kind.EXTENDED, "x", d("2026-05-16")));
    assertThat(e.findings(DP)).isEmpty();
  }

  @Test
  void hearingDecisionWithinTheOriginalDueIsMetEvenThoughExtended() {
    Deadline dl = only(dp("2026-07-30", ext("x", "dp", "2026-05-16", Extension.Reason.HEARING_OFFICER_SPECIFIC,
        "2026-06-15"), hearingDecision("2026-05-16")), DP);
    assertThat(dl.outcome()).isEqualTo(DeadlineOutcome.MET);
    assertThat(dl.extendedBy()).contains("x");
  }

  @Test
  void hearingExtensionGrantedTheDayAfterTheDueDateDoesNotCount() {
    Evaluation e = dp("2026-07-30", ext("x", "dp", "2026-05-17", Extension.Reason.HEARING_OFFICER_SPECIFIC,
        "2026-06-15"), hearingDecision("2026-06-01"));
    Deadline dl = only(e, DP);
    assertThat(dl.due()).isEqualTo(d("2026-05-16"));
    assertThat(dl.outcome()).isEqualTo(DeadlineOutcome.MISSED);
    assertThat(dl.extendedBy()).isEmpty();
    assertThat(dl.changes()).extracting(ClockChange::kind).containsExactly(ClockChange.Kind.EXTENSION_REFUSED);
    assertThat(keys(e, DP)).containsExactly(DP + ".extension_after_due", DP + ".late");
    assertThat(e.findings(DP).get(0).kind()).isEqualTo(FindingKind.WARNING);
    // with no decision at all, the deadline is missed from the day after the unextended due date
    Evaluation none = dp("2026-05-20", ext("x", "dp", "2026-05-17", Extension.Reason.HEARING_OFFICER_SPECIFIC,
        "2026-06-15"));
    assertThat(only(none, DP).outcome()).isEqualTo(DeadlineOutcome.MISSED);
    assertThat(keys(none, DP)).containsExactly(DP + ".extension_after_due", DP + ".missed");
  }

  @Test
  void hearingExtensionOnTheOfficersOwnMotionOrAnotherGroundIsUnlawful() {
    for (Extension.Reason r : List.of(Extension.Reason.HEARING_OFFICER_OWN_MOTION, Extension.Reason.OTHER,
        Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES, Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR)) {
      Evaluation e = dp("2026-07-30", ext("x", "dp", "2026-05-10", r, "2026-06-15"), hearingDecision("2026-06-01"));
      Deadline dl = only(e, DP);
      assertThat(dl.due()).as("%s", r).isEqualTo(d("2026-05-16"));
      assertThat(dl.outcome()).as("%s", r).isEqualTo(DeadlineOutcome.MISSED);
      assertThat(dl.changes()).as("%s", r).extracting(ClockChange::kind)
          .containsExactly(ClockChange.Kind.EXTENSION_REFUSED);
      assertThat(keys(e, DP)).as("%s", r).containsExactly(DP + ".extension_unlawful", DP + ".late");
      assertThat(e.findings(DP).get(0).facts().get("reason")).as("%s", r).contains(r);
    }
  }

  @Test
  void hearingExtensionNeverMovesTheDueDateEarlier() {
    Evaluation e = dp("2026-07-30", ext("x", "dp", "2026-05-01", Extension.Reason.HEARING_OFFICER_SPECIFIC,
        "2026-05-10"), hearingDecision("2026-05-14"));
    Deadline dl = only(e, DP);
    assertThat(dl.due()).isEqualTo(d("2026-05-16"));
    assertThat(dl.outcome()).isEqualTo(DeadlineOutcome.MET);
    assertThat(dl.changes()).extracting(ClockChange::kind).containsExactly(ClockChange.Kind.EXTENSION_REFUSED);
    assertThat(keys(e, DP)).containsExactly(DP + ".extension_earlier");
  }

  @Test
  void anExtensionOfAnotherRequestDoesNotMoveTheClock() {
    Request other = Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .at(at("2026-03-02")).build();
    Evaluation e = dp("2026-07-30", other, ext("x", "sc", "2026-05-10", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES,
        "2026-06-15"), hearingDecision("2026-06-01"));
    assertThat(only(e, DP).due()).isEqualTo(d("2026-05-16"));
    assertThat(only(e, DP).changes()).isEmpty();
    assertThat(keys(e, DP)).containsExactly(DP + ".late");
  }

  /**
   * Issue 16 asks that "a valid extension never turns a met deadline into a missed one": a later extension
   * that names a day before the due date as already extended is refused (warning {@code extension_earlier}),
   * so adding x2 (granted 06-25, to 07-10) cannot make x3 (granted 07-05, to 05-20) shorten the clock
   * back before the decision of 06-20 that met x1 (to 06-30).
   */
  @Test
  void addingAValidExtensionNeverTurnsAMetDecisionIntoAMissedOne() {
    Extension x1 = ext("x1", "dp", "2026-05-01", Extension.Reason.HEARING_OFFICER_SPECIFIC, "2026-06-30");
    Extension x3 = ext("x3", "dp", "2026-07-05", Extension.Reason.HEARING_OFFICER_SPECIFIC, "2026-05-20");
    Deadline before = only(dp("2026-07-30", x1, x3, hearingDecision("2026-06-20")), DP);
    assertThat(before.outcome()).isEqualTo(DeadlineOutcome.MET_EXTENDED);
    Extension x2 = ext("x2", "dp", "2026-06-25", Extension.Reason.HEARING_OFFICER_SPECIFIC, "2026-07-10");
    Deadline after = only(dp("2026-07-30", x1, x2, x3, hearingDecision("2026-06-20")), DP);
    assertThat(after.outcome()).isIn(DeadlineOutcome.MET, DeadlineOutcome.MET_EXTENDED);
  }

  /**
   * An extension to a day outside the business calendar's years could not be checked against holidays:
   * it is refused with a {@code CalendarRangeException}, as a day 0 outside the calendar is.
   */
  @Test
  void anExtensionToADayOutsideTheCalendarIsRefusedNotApplied() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dp("2026-05-20",
        ext("x", "dp", "2026-05-10", Extension.Reason.HEARING_OFFICER_SPECIFIC, "9999-12-31")))
        .isInstanceOf(org.iepdr.core.CalendarRangeException.class);
  }
}
