package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.idea.DueProcessEvents.agreement;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.decision;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.idea.DueProcessEvents.withdrawal;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.NotApplicable;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

class HearingDecision45DaysTest {
  private static final String K = "IDEA.HEARING.DECISION_45_DAYS.";


  private static final String ID = "IDEA.HEARING.DECISION_45_DAYS";

  private static Case complaint(CaseEvent... later) {
    return caseBuilder().addEvents(parentComplaint("2026-03-02")).addEvents(later).build();
  }

  @Test
  void decisionOnDay45AfterTheUnadjustedPeriodIsOnTime() {
    Evaluation e = US.evaluate(complaint(decision("hd", DecisionKind.HEARING_DECISION, "dp", "2026-05-16")));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.triggerDate()).isEqualTo(d("2026-04-01"));
      assertThat(x.due()).isEqualTo(d("2026-05-16"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void decisionOneDayLateIsAViolation() {
    Evaluation e = US.evaluate(complaint(decision("hd", DecisionKind.HEARING_DECISION, "dp", "2026-05-17")));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.HEARING.DECISION_45_DAYS.late");
      assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-05-16"));
      assertThat(((Message) f.facts().get("period").orElseThrow()).facts().date("end"))
          .contains(LocalDate.parse("2026-04-01"));
      assertThat(f.events()).containsExactly("dp", "hd");
      // the 45 days count from the end of the resolution period, which the finding names (not the complaint)
      assertThat(f.message()).isEqualTo("The hearing decision was issued on 2026-05-17, after the last day 2026-05-16"
          + " (45 days after the resolution period ended on 2026-04-01).");
    });
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.action().facts().date("period_end")).contains(d("2026-04-01"));
      assertThat(x.action().facts().date("first_hearing_day")).contains(d("2026-04-02"));
      assertThat(x.action().facts().get("ending")).contains(ResolutionPeriod.Ending.EXPIRED);
    });
  }

  @Test
  void aMissedDecisionAfterAWaiverNamesTheDayTheWaiverEndedThePeriod() {
    Evaluation e = US.evaluate(complaint(agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-05", true)),
        d("2026-04-20"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.HEARING.DECISION_45_DAYS.missed");
      assertThat(((Message) f.facts().get("period").orElseThrow()).key())
          .isEqualTo("IDEA.HEARING.DECISION_45_DAYS.after_waiver");
      assertThat(f.message()).isEqualTo("No hearing decision was issued by 2026-04-19 (45 days after the resolution"
          + " period ended on 2026-03-05, when both sides waived the resolution meeting in writing).");
    });
  }

  @Test
  void aWaiverStartsThe45DaysTheDayAfterIt() {
    Evaluation e = US.evaluate(complaint(agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-05", true)),
        d("2026-04-19"));
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("w");
      assertThat(x.due()).isEqualTo(d("2026-04-19"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.PENDING);
    });
    assertThat(e.findings(ID)).isEmpty();
    assertThat(US.evaluate(complaint(agreement("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-03-05", true)),
        d("2026-04-20")).findings(ID)).singleElement().satisfies(f -> assertThat(f.events()).contains("dp", "w"));
  }

  @Test
  void onlyAHearingOfficersSpecificExtensionMovesTheDueDate() {
    Extension other = Extension.builder().id("x1").request("dp").reason(Extension.Reason.OTHER)
        .newDueDate(d("2026-06-30")).at(at("2026-05-01")).build();
    // an extension on another ground does not count and is itself reported (300.515(c))
    assertThat(US.evaluate(complaint(other), d("2026-05-17")).findings(ID)).extracting(f -> f.key())
        .containsExactly(K + "extension_unlawful", K + "missed");
    Extension ho = Extension.builder().id("x2").request("dp").reason(Extension.Reason.HEARING_OFFICER_SPECIFIC)
        .newDueDate(d("2026-06-30")).at(at("2026-05-02")).build();
    Evaluation e = US.evaluate(complaint(other, ho), d("2026-06-30"));
    assertThat(e.findings(ID)).extracting(f -> f.key()).containsExactly(K + "extension_unlawful");
    assertThat(e.deadlines(ID).get(0).due()).isEqualTo(d("2026-06-30"));
    assertThat(e.deadlines(ID).get(0).extendedBy()).contains("x2");
    assertThat(e.deadlines(ID).get(0).unextendedDue()).contains(d("2026-05-16"));
    assertThat(US.evaluate(complaint(other, ho), d("2026-07-01")).findings(ID)).filteredOn(
        f -> f.key().equals(K + "missed_extended")).singleElement().satisfies(f -> assertThat(f.events()).contains("x2"));
  }

  @Test
  void whileMediationContinuesNoDeadlineAndAWithdrawnComplaintNeedsNoDecision() {
    assertThat(US.evaluate(complaint(agreement("cm", AgreementKind.CONTINUE_MEDIATION, "2026-03-31", true)),
        d("2026-07-01")).deadlines(ID)).isEmpty();
    assertThat(US.evaluate(complaint(withdrawal("wd", Withdrawal.From.REQUEST, "2026-03-10")), d("2026-07-01"))
        .deadlines(ID)).singleElement().satisfies(x -> assertThat(x.notApplicable()).contains(
            NotApplicable.of(NotApplicable.Reason.WITHDRAWN, "wd")));
  }

  @Test
  void anAgencyComplaintCountsFromTheFamilysReceipt() {
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(LEA)
        .filedWith(Recipient.FAMILY).at(at("2026-03-02")).build()).build();
    assertThat(US.evaluate(c, d("2026-03-03")).deadlines(ID)).singleElement()
        .satisfies(x -> assertThat(x.due()).isEqualTo(d("2026-04-16")));
  }

  @Test
  void plan() {
    assertThat(US.plan(ProposedAct.HEARING_DECISION, d("2026-03-02")).latest()).contains(d("2026-05-16"));
  }

  @Test
  void aComplaintWithdrawnByItsFilerIsNoted() {
    Evaluation e = US.evaluate(complaint(withdrawal("wd", Withdrawal.From.REQUEST, "2026-03-10")), d("2026-07-01"));
    assertThat(notes(e, ID)).containsExactly(
        "request dp: withdrawn on 2026-03-10, on or before the due date 2026-05-16; the clock no longer applies");
  }

  @Test
  void whileMediationContinuesTheTraceSaysTheClockHasNotStarted() {
    Evaluation e = US.evaluate(complaint(agreement("cm", AgreementKind.CONTINUE_MEDIATION, "2026-03-31", true)),
        d("2026-07-01"));
    assertThat(notes(e, ID)).containsExactly("complaint dp: both sides agreed in writing to continue mediation, so"
        + " the resolution period continues until a party withdraws from mediation; the 45-day clock has not started");
  }

  @Test
  void anExtensionForAnotherReasonIsNotedAsNotMovingTheDate() {
    Extension other = Extension.builder().id("x1").request("dp").reason(Extension.Reason.OTHER)
        .newDueDate(d("2026-06-30")).at(at("2026-05-01")).build();
    Evaluation e = US.evaluate(complaint(other), d("2026-05-17"));
    assertThat(notes(e, ID)).isEmpty();
    assertThat(e.findings(ID)).first().satisfies(f -> assertThat(f.message()).isEqualTo("The extension of 2026-05-01"
        + " (another reason) does not move the decision's due date 2026-05-16: 34 CFR 300.515(c) allows only specific"
        + " extensions granted by the hearing officer at the request of either party."));
    assertThat(e.deadlines(ID).get(0).due()).isEqualTo(d("2026-05-16"));
    assertThat(e.deadlines(ID).get(0).changes()).extracting(c -> c.kind())
        .containsExactly(org.iepdr.core.rules.ClockChange.Kind.EXTENSION_REFUSED);
  }

  @Test
  void aDecisionLateEvenAfterTheHearingOfficersExtensionSaysSo() {
    Extension ho = Extension.builder().id("x2").request("dp").reason(Extension.Reason.HEARING_OFFICER_SPECIFIC)
        .newDueDate(d("2026-06-30")).at(at("2026-05-02")).build();
    Evaluation e = US.evaluate(complaint(ho, decision("hd", DecisionKind.HEARING_DECISION, "dp", "2026-07-01")));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("The hearing decision was issued on 2026-07-01, after the last day 2026-06-30"
          + " (45 days after the resolution period ended on 2026-04-01, as extended by the hearing officer to"
          + " 2026-06-30).");
      assertThat(f.events()).containsExactly("dp", "x2", "hd");
    });
  }

  @Test
  void theFirstDecisionOrDismissalEndsTheClock() {
    // a dismissal on 05-10 (day 39 after 04-01) ends the clock: the deadline no longer applies; a hearing
    // decision issued later does not make it late
    Evaluation e = US.evaluate(complaint(decision("hd", DecisionKind.HEARING_DECISION, "dp", "2026-05-20"),
        decision("dismissed", DecisionKind.DISMISSAL, "dp", "2026-05-10")));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement()
        .satisfies(x -> assertThat(x.notApplicable()).contains(NotApplicable.of(NotApplicable.Reason.DISMISSED,
            "dismissed")));
  }

  @Test
  void aDismissalBeforeTheResolutionPeriodEndsIsOnTime() {
    // complaint 03-02, resolution period ends 04-01; dismissed 03-20, before the 45 days even start
    Evaluation e = US.evaluate(complaint(decision("dismissed", DecisionKind.DISMISSAL, "dp", "2026-03-20")));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.triggerDate()).isEqualTo(d("2026-04-01"));
      assertThat(x.window().earliest()).contains(d("2026-03-02"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
      assertThat(x.notApplicable()).contains(NotApplicable.of(NotApplicable.Reason.DISMISSED, "dismissed"));
    });
    assertThat(US.evaluate(complaint(decision("hd", DecisionKind.HEARING_DECISION, "dp", "2026-03-02"))).findings(ID))
        .isEmpty();
  }

  @Test
  void aDecisionDatedBeforeTheComplaintIsReportedAsSuch() {
    Evaluation e = US.evaluate(complaint(decision("hd", DecisionKind.HEARING_DECISION, "dp", "2026-03-01")));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message())
          .isEqualTo("The hearing decision is dated 2026-03-01, before the complaint it decides was filed on 2026-03-02.");
      assertThat(f.events()).containsExactly("dp", "hd");
    });
  }

  @Test
  void aDayZeroPastTheCalendarsLastYearIsRefusedEvenWhenAnExtensionBringsTheDueDateInside() {
    // received 2100-12-16: the resolution period ends 2101-01-15, after the federal calendar's last year
    Case c = caseBuilder().addEvents(parentComplaint("2100-12-16"),
        Extension.builder().id("x").request("dp").reason(Extension.Reason.HEARING_OFFICER_SPECIFIC)
            .newDueDate(d("2100-12-30")).at(at("2100-12-20")).build()).build();
    // the extension's date is before the unextended due date, so it is reported and not applied (an
    // extension never moves a due date earlier): the first day refused is now the unextended due date
    assertThatThrownBy(() -> US.evaluate(c, d("2100-12-31")))
        .isInstanceOfSatisfying(CalendarRangeException.class,
            e -> assertThat(e.requested()).isIn(d("2101-01-15"), d("2101-03-01")))
        .hasMessageContaining("IDEA.HEARING.DECISION_45_DAYS");
  }
}
