package org.iepdr.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.idea.FederalEscalation;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** What a case shows: facts, closed processes, the position, the first hearing day; conditions over it. */
class CaseStatusTest {

  private static CaseStatus status(CaseEvent... events) {
    Case c = Fixtures.caseBuilder().addEvents(events).build();
    return CaseStatus.of(c, Fixtures.ZONE);
  }

  private static Instant at(String date) {
    return Fixtures.at(date);
  }

  private static Request dp(String id, String date) {
    return Request.builder().id(id).kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(Fixtures.PARENT).at(at(date))
        .build();
  }

  private static Agreement signed(String id, AgreementKind kind, String date) {
    return Agreement.builder().id(id).kind(kind).addSignatories(Fixtures.PARENT, Fixtures.LEA).at(at(date)).build();
  }

  @Test
  void aCaseWithoutEventsStandsAtTheIepMeetingAndShowsNothing() {
    CaseStatus s = status();
    assertThat(s.position()).isEqualTo(DisputeProcess.IEP_MEETING);
    assertThat(s.facts()).isEmpty();
    assertThat(s.closed()).isEmpty();
    assertThat(s.firstHearingDay()).isEmpty();
    assertThat(s.firstHearingDayRestsOn()).isEmpty();
    assertThat(s.eventsFor(CaseFact.MEDIATION_REQUESTED)).isEmpty();
    assertThat(s.toString()).contains("IEP_MEETING");
  }

  @Test
  void aPendingComplaintGivesTheFirstHearingDayAndAWaiverMovesItAndThePosition() {
    CaseStatus pending = status(dp("dp", "2026-01-05"));
    assertThat(pending.position()).isEqualTo(DisputeProcess.RESOLUTION_MEETING);
    assertThat(pending.facts()).containsExactly(CaseFact.DUE_PROCESS_COMPLAINT_FILED, CaseFact.DUE_PROCESS_COMPLAINT_PENDING);
    assertThat(pending.firstHearingDay()).contains(LocalDate.of(2026, 2, 5));
    assertThat(pending.firstHearingDayRestsOn()).containsExactly("dp");
    CaseStatus waived = status(dp("dp", "2026-01-05"), signed("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-01-12"));
    assertThat(waived.position()).isEqualTo(DisputeProcess.DUE_PROCESS_HEARING);
    assertThat(waived.shows(CaseFact.RESOLUTION_MEETING_WAIVED)).isTrue();
    assertThat(waived.firstHearingDay()).contains(LocalDate.of(2026, 1, 13));
    assertThat(waived.firstHearingDayRestsOn()).containsExactly("w");
    // a waiver with no complaint pending waives nothing
    assertThat(status(signed("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-01-12")).facts()).isEmpty();
  }

  @Test
  void anEvaluationsLadderSeesOnlyWhatIsKnownOnItsAsOfDate() {
    Decision d = Decision.builder().id("d").kind(DecisionKind.HEARING_DECISION).request("dp").at(at("2026-03-10"))
        .build();
    Case c = Fixtures.caseBuilder().addEvents(dp("dp", "2026-01-05"), d).build();
    // as of 2026-02-01 the decision has not happened yet: the complaint is pending, nothing is closed
    org.iepdr.core.rules.Evaluation before = org.iepdr.core.rules.RuleBook.load().evaluate(c,
        java.time.LocalDate.parse("2026-02-01"));
    assertThat(before.position()).isEqualTo(DisputeProcess.RESOLUTION_MEETING);
    assertThat(before.nextSteps()).noneMatch(s -> s.process() == DisputeProcess.JUDICIAL_REVIEW);
    org.iepdr.core.rules.Evaluation after = org.iepdr.core.rules.RuleBook.load().evaluate(c,
        java.time.LocalDate.parse("2026-03-10"));
    assertThat(after.position()).isEqualTo(DisputeProcess.DUE_PROCESS_HEARING);
    assertThat(after.nextSteps()).anyMatch(s -> s.process() == DisputeProcess.JUDICIAL_REVIEW);
    assertThat(CaseStatus.of(c, java.util.List.of(c.events().get(0)), Fixtures.ZONE).closed()).isEmpty();
  }

  @Test
  void aDecisionClosesTheComplaintAndANewComplaintOpensAgain() {
    Decision d = Decision.builder().id("d").kind(DecisionKind.HEARING_DECISION).request("dp").at(at("2026-03-10"))
        .build();
    CaseStatus decided = status(dp("dp", "2026-01-05"), d);
    assertThat(decided.closed()).containsExactlyInAnyOrder(DisputeProcess.RESOLUTION_MEETING,
        DisputeProcess.DUE_PROCESS_HEARING);
    assertThat(decided.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING)).isFalse();
    assertThat(decided.firstHearingDay()).isEmpty();
    CaseStatus again = status(dp("dp", "2026-01-05"), d, dp("dp2", "2026-04-01"));
    assertThat(again.closed()).isEmpty();
    assertThat(again.eventsFor(CaseFact.DUE_PROCESS_COMPLAINT_FILED)).containsExactly("dp2");
    // a decision naming an earlier complaint decides nothing about the latest
    CaseStatus older = status(dp("dp", "2026-01-05"), dp("dp2", "2026-01-06"), d);
    assertThat(older.closed()).isEmpty();
  }

  @Test
  void mediationFactsFollowTheMediation() {
    Request med = Request.builder().id("med").kind(RequestKind.MEDIATION).filedBy(Fixtures.PARENT)
        .at(at("2026-01-05")).build();
    Meeting session = Meeting.builder().id("s").kind(MeetingKind.MEDIATION_SESSION).request("med")
        .at(at("2026-01-20")).build();
    CaseStatus settled = status(med, session, signed("a", AgreementKind.MEDIATION_AGREEMENT, "2026-01-20"));
    assertThat(settled.facts()).containsExactly(CaseFact.MEDIATION_REQUESTED, CaseFact.MEDIATION_HELD,
        CaseFact.MEDIATION_AGREEMENT_SIGNED);
    assertThat(settled.closed()).containsExactly(DisputeProcess.MEDIATION);
    CaseStatus noAgreement = status(med, session, signed("n", AgreementKind.NO_AGREEMENT_POSSIBLE, "2026-01-21"));
    assertThat(noAgreement.eventsFor(CaseFact.MEDIATION_ENDED_WITHOUT_AGREEMENT)).containsExactly("n");
    CaseStatus declined = status(med, Reply.builder().id("r").request("med").by(Fixtures.LEA)
        .answer(Reply.Answer.DECLINED).at(at("2026-01-06")).build());
    assertThat(declined.shows(CaseFact.MEDIATION_DECLINED)).isTrue();
    assertThat(declined.position()).isEqualTo(DisputeProcess.MEDIATION);
    CaseStatus instead = status(dp("dp", "2026-01-05"), signed("m", AgreementKind.TO_MEDIATE, "2026-01-07"));
    assertThat(instead.eventsFor(CaseFact.MEDIATION_INSTEAD_OF_RESOLUTION_MEETING)).containsExactly("m");
    CaseStatus withdrawn = status(dp("dp", "2026-01-05"), signed("m", AgreementKind.TO_MEDIATE, "2026-01-07"),
        signed("c", AgreementKind.CONTINUE_MEDIATION, "2026-02-03"),
        Withdrawal.builder().id("w").request("dp").by(Fixtures.LEA).from(Withdrawal.From.MEDIATION)
            .at(at("2026-02-20")).build());
    assertThat(withdrawn.position()).isEqualTo(DisputeProcess.DUE_PROCESS_HEARING);
    assertThat(withdrawn.eventsFor(CaseFact.MEDIATION_ENDED_WITHOUT_AGREEMENT)).containsExactly("w");
    assertThat(withdrawn.firstHearingDay()).contains(LocalDate.of(2026, 2, 21));
  }

  @Test
  void aWithdrawnOrDismissedRequestPutsTheCaseBackWhereItStood() {
    Request sc = Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(Fixtures.PARENT)
        .at(at("2026-01-05")).build();
    Request fiep = Request.builder().id("f").kind(RequestKind.FACILITATED_IEP).filedBy(Fixtures.PARENT)
        .at(at("2026-01-02")).build();
    CaseStatus s = status(fiep, sc, Withdrawal.builder().id("w").request("sc").by(Fixtures.PARENT)
        .from(Withdrawal.From.REQUEST).at(at("2026-01-09")).build());
    assertThat(s.position()).isEqualTo(DisputeProcess.FACILITATED_IEP);
    assertThat(s.closed()).containsExactly(DisputeProcess.STATE_COMPLAINT);
    CaseStatus dismissed = status(fiep, sc, Decision.builder().id("d").kind(DecisionKind.DISMISSAL).request("sc")
        .at(at("2026-01-09")).build());
    assertThat(dismissed.eventsFor(CaseFact.STATE_COMPLAINT_DISMISSED)).containsExactly("d");
    assertThat(dismissed.position()).isEqualTo(DisputeProcess.FACILITATED_IEP);
  }

  @Test
  void aDismissalRequestOrATimelineRequestOpensNoProcessAndOnlyAGrantedDismissalEndsTheComplaint() {
    Request ask = Request.builder().id("ask").kind(RequestKind.DISMISSAL_REQUEST).filedBy(Fixtures.LEA)
        .filedWith(org.iepdr.core.model.Recipient.HEARING_OFFICER).relatesTo("dp").at(at("2026-02-05")).build();
    Request begin = Request.builder().id("begin").kind(RequestKind.HEARING_TIMELINE_REQUEST).filedBy(Fixtures.PARENT)
        .relatesTo("dp").at(at("2026-01-21")).build();
    CaseStatus pending = status(dp("dp", "2026-01-05"), begin, ask);
    assertThat(pending.position()).isEqualTo(DisputeProcess.RESOLUTION_MEETING);
    assertThat(pending.facts()).containsExactly(CaseFact.DUE_PROCESS_COMPLAINT_FILED,
        CaseFact.DUE_PROCESS_COMPLAINT_PENDING);
    assertThat(pending.firstHearingDay()).isEqualTo(status(dp("dp", "2026-01-05")).firstHearingDay());
    Decision denied = Decision.builder().id("no").kind(DecisionKind.DISMISSAL).request("ask").denied(true)
        .at(at("2026-02-10")).build();
    assertThat(status(dp("dp", "2026-01-05"), ask, denied).facts()).containsExactly(
        CaseFact.DUE_PROCESS_COMPLAINT_FILED, CaseFact.DUE_PROCESS_COMPLAINT_PENDING);
    Decision granted = Decision.builder().id("yes").kind(DecisionKind.DISMISSAL).request("ask")
        .at(at("2026-02-10")).build();
    CaseStatus dismissed = status(dp("dp", "2026-01-05"), ask, granted);
    assertThat(dismissed.eventsFor(CaseFact.DUE_PROCESS_COMPLAINT_DISMISSED)).containsExactly("yes");
    assertThat(dismissed.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING)).isFalse();
    // a denied dismissal of the complaint itself dismisses nothing either
    assertThat(status(dp("dp", "2026-01-05"), Decision.builder().id("no").kind(DecisionKind.DISMISSAL).request("dp")
        .denied(true).at(at("2026-02-10")).build()).shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING)).isTrue();
  }

  @Test
  void conditionsHoldOnFactsAndPrintAsData() {
    CaseStatus s = status(dp("dp", "2026-01-05"));
    assertThat(CaseCondition.always().holds(s)).isTrue();
    assertThat(CaseCondition.always().isAlways()).isTrue();
    assertThat(CaseCondition.always()).hasToString("always");
    assertThat(CaseCondition.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING).holds(s)).isTrue();
    assertThat(CaseCondition.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING).and(CaseFact.HEARING_HELD).holds(s)).isFalse();
    assertThat(CaseCondition.showsAny(CaseFact.HEARING_HELD, CaseFact.DUE_PROCESS_COMPLAINT_FILED).holds(s)).isTrue();
    assertThat(CaseCondition.showsAny(CaseFact.HEARING_HELD).holds(s)).isFalse();
    assertThat(CaseCondition.showsNone(CaseFact.DUE_PROCESS_COMPLAINT_FILED).holds(s)).isFalse();
    assertThat(CaseCondition.always().andNot(CaseFact.HEARING_HELD).holds(s)).isTrue();
    assertThat(CaseCondition.untried(DisputeProcess.MEDIATION).holds(s)).isTrue();
    assertThat(CaseCondition.untried(DisputeProcess.RESOLUTION_MEETING).holds(s)).isFalse();
    assertThat(CaseCondition.untried(DisputeProcess.MEDIATION).none()).isEqualTo(CaseFact.about(DisputeProcess.MEDIATION));
    assertThat(new CaseCondition(Set.of(CaseFact.HEARING_HELD), Set.of(CaseFact.MEDIATION_HELD),
        Set.of(CaseFact.MEDIATION_DECLINED))).hasToString("HEARING_HELD and one of [MEDIATION_HELD] and not MEDIATION_DECLINED");
  }

  @Test
  void theBuilderPutsAStepFirstAndRefusesAnUnconditionalLoop() {
    EscalationPath p = EscalationPath.builder("t")
        .step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, "m", "src")
        .stepFirst(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.FACILITATED_IEP, "f", "src"))
        .step(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, "m2", "src")
            .when(CaseCondition.shows(CaseFact.MEDIATION_DECLINED)))
        .reopening(new Reopening(DisputeProcess.MEDIATION, "again", "src"))
        .build();
    assertThat(p.stepsFrom(DisputeProcess.IEP_MEETING)).extracting(Step::condition).containsExactly("f", "m");
    assertThat(p.steps()).hasSize(3);
    assertThat(p.toBuilder("u").build().reopenings()).containsOnlyKeys(DisputeProcess.MEDIATION);
    assertThat(catchThrowable(() -> EscalationPath.builder("x").step(new Step(DisputeProcess.MEDIATION,
        DisputeProcess.MEDIATION, "loop", "src")))).isInstanceOf(InvalidInputException.class);
    EscalationPath loop = EscalationPath.builder("x").step(new Step(DisputeProcess.MEDIATION, DisputeProcess.MEDIATION,
        "loop", "src").when(CaseCondition.shows(CaseFact.MEDIATION_HELD))).build();
    assertThat(loop.allows(DisputeProcess.MEDIATION, DisputeProcess.MEDIATION)).isFalse();
    assertThat(loop.stepsFrom(DisputeProcess.MEDIATION)).isEmpty();
  }

  @Test
  void theFederalPathOffersTheHearingFromItsFirstDayAfterAWaiverAndCourtOnlyAfterADecision() {
    CaseStatus waived = status(dp("dp", "2026-01-05"), signed("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-01-12"));
    List<NextStep> next = FederalEscalation.path().nextSteps(waived);
    assertThat(next).singleElement().satisfies(n -> {
      assertThat(n.process()).isEqualTo(DisputeProcess.DUE_PROCESS_HEARING);
      assertThat(n.continues()).isTrue();
      assertThat(n.opens()).contains(LocalDate.of(2026, 1, 13));
      assertThat(n.restsOn()).containsExactly("dp", "w");
      assertThat(n.openAgain()).isEmpty();
    });
    Decision d = Decision.builder().id("d").kind(DecisionKind.HEARING_DECISION).request("dp").at(at("2026-03-10"))
        .build();
    assertThat(FederalEscalation.path().nextSteps(status(dp("dp", "2026-01-05"), d))).extracting(NextStep::process)
        .containsExactly(DisputeProcess.JUDICIAL_REVIEW);
  }

  @Test
  void aStatusKeepsNoViewOfTheCallersListOfKnownEvents() {
    Request complaint = dp("dp", "2026-01-05");
    Agreement waiver = signed("w", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-01-12");
    Case c = Fixtures.caseBuilder().addEvents(complaint, waiver).build();
    java.util.List<CaseEvent> known = new java.util.ArrayList<>(c.events());
    CaseStatus s = CaseStatus.of(c, known, Fixtures.ZONE);
    known.clear();
    assertThat(s.eventsFor(CaseFact.DUE_PROCESS_COMPLAINT_FILED)).containsExactly("dp");
    assertThat(s.eventsFor(CaseFact.RESOLUTION_MEETING_WAIVED)).containsExactly("w");
    assertThat(FederalEscalation.path().nextSteps(s)).singleElement()
        .satisfies(n -> assertThat(n.restsOn()).containsExactly("dp", "w"));
  }

  @Test
  void aNextStepRestsOnEachEventOnceInTimelineOrderWhateverTheFactsNamingIt() {
    // the complaint backs two facts of the condition; the withdrawal that closed mediation comes before it
    Request mediation = Request.builder().id("m").kind(RequestKind.MEDIATION).filedBy(Fixtures.PARENT)
        .at(at("2026-01-02")).build();
    Withdrawal withdrawn = Withdrawal.builder().id("mw").request("m").by(Fixtures.PARENT)
        .from(Withdrawal.From.REQUEST).at(at("2026-01-03")).build();
    CaseStatus s = status(mediation, withdrawn, dp("dp", "2026-01-05"));
    EscalationPath p = EscalationPath.builder("t")
        .step(new Step(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.MEDIATION, "again", "src")
            .when(CaseCondition.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING, CaseFact.DUE_PROCESS_COMPLAINT_FILED)))
        .reopening(new Reopening(DisputeProcess.MEDIATION, "a new mediation", "src"))
        .build();
    assertThat(s.closed()).containsExactly(DisputeProcess.MEDIATION);
    assertThat(p.nextSteps(s)).singleElement().satisfies(n -> {
      assertThat(n.restsOn()).containsExactly("mw", "dp");
      assertThat(n.openAgain()).map(Reopening::why).contains("a new mediation");
    });
    // without a reopening the closed process is not offered
    assertThat(EscalationPath.builder("u").step(new Step(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.MEDIATION,
        "again", "src")).build().nextSteps(s)).isEmpty();
  }

  @Test
  void theAdviceThatAppliesIsTheSameOnEveryCallAndAFreshList() {
    CaseStatus s = status(dp("dp", "2026-01-05"));
    EscalationPath.Builder b = EscalationPath.builder("t");
    // more pieces than the path keeps lists for, and fewer, give the same answers
    for (int i = 0; i < 12; i++) {
      b.advice(new Advice(DisputeProcess.MEDIATION, true, Set.of(), "general " + i, "src",
          i % 2 == 0 ? CaseCondition.always() : CaseCondition.shows(CaseFact.HEARING_HELD)));
    }
    b.advice(new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(), "general", "src"));
    b.advice(new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(org.iepdr.core.model.IssueKind.SERVICES),
        "services", "src"));
    EscalationPath p = b.build();
    java.util.List<Advice> first = p.adviceFor(DisputeProcess.MEDIATION, s);
    assertThat(first).extracting(Advice::text)
        .containsExactly("general 0", "general 2", "general 4", "general 6", "general 8", "general 10");
    assertThat(p.adviceFor(DisputeProcess.MEDIATION, s)).isEqualTo(first);
    first.clear();
    assertThat(p.adviceFor(DisputeProcess.MEDIATION, s)).hasSize(6);
    assertThat(p.adviceFor(DisputeProcess.STATE_COMPLAINT, s)).extracting(Advice::text).containsExactly("general");
    assertThat(p.adviceFor(DisputeProcess.STATE_COMPLAINT, s)).extracting(Advice::text).containsExactly("general");
  }
}
