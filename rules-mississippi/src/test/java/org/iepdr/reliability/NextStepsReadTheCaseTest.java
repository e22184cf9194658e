package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Student;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.process.CaseCondition;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.rules.mississippi.MississippiEscalation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The position and the next steps follow what the case shows, in Missouri and Mississippi: each situation of
 * issue 14 (a signed mediation agreement, a mediation without agreement, a waiver, mediation instead of the
 * resolution meeting, a pending expedited complaint, a decision, a refused facilitation, a withdrawn request, a
 * decided state complaint, a signed resolution agreement), read from the evaluation's structure (processes,
 * dates, the events a step rests on), not from its wording.
 */
class NextStepsReadTheCaseTest {

  private static final String PARENT = "parent";
  private static final String LEA = "lea";

  private static Instant day(String date) {
    return Instant.parse(date + "T18:00:00Z");
  }

  private static Evaluation evaluate(String state, CaseEvent... events) {
    Case c = Case.builder().id("c").student(Student.builder().id("s").name("Student Name")
            .birthDate(LocalDate.of(2015, 1, 1)).build())
        .district("District").state(state)
        .addParties(Party.of(PARENT, PartyRole.PARENT), Party.of(LEA, PartyRole.LEA))
        .addEvents(events).build();
    return ThreeStates.BOOK.jurisdiction(state).evaluate(c, LocalDate.of(2026, 6, 1));
  }

  private static Request request(String id, RequestKind kind, String date) {
    return Request.builder().id(id).kind(kind).filedBy(PARENT).at(day(date)).build();
  }

  private static Agreement agreement(String id, AgreementKind kind, String date) {
    return Agreement.builder().id(id).kind(kind).addSignatories(PARENT, LEA).at(day(date)).build();
  }

  private static List<DisputeProcess> processes(Evaluation e) {
    List<DisputeProcess> out = new ArrayList<>();
    e.nextSteps().forEach(s -> out.add(s.process()));
    return out;
  }

  private static NextStep step(Evaluation e, DisputeProcess p) {
    return e.nextSteps().stream().filter(s -> s.process() == p).findFirst().orElseThrow(
        () -> new AssertionError(p + " not offered: " + e.nextSteps()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS"})
  void aSignedMediationAgreementIsCarriedOutAndEnforcedInCourtNotMediatedAgain(String state) {
    Evaluation e = evaluate(state, request("med", RequestKind.MEDIATION, "2026-01-05"),
        Meeting.builder().id("session").kind(MeetingKind.MEDIATION_SESSION).request("med").at(day("2026-01-20")).build(),
        agreement("signed", AgreementKind.MEDIATION_AGREEMENT, "2026-01-21"));
    assertThat(e.position()).isEqualTo(DisputeProcess.MEDIATION);
    assertThat(processes(e)).containsExactly(DisputeProcess.JUDICIAL_REVIEW);
    assertThat(step(e, DisputeProcess.JUDICIAL_REVIEW).restsOn()).containsExactly("signed");
    assertThat(step(e, DisputeProcess.JUDICIAL_REVIEW).source()).contains("300.506(b)").contains("(b)(7)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS"})
  void aMediationThatEndedWithoutAgreementLeadsToAComplaintAndRestsOnTheWithdrawal(String state) {
    Evaluation e = evaluate(state, request("med", RequestKind.MEDIATION, "2026-01-05"),
        Meeting.builder().id("session").kind(MeetingKind.MEDIATION_SESSION).request("med").at(day("2026-01-20")).build(),
        Withdrawal.builder().id("w").request("med").by(LEA).from(Withdrawal.From.MEDIATION).at(day("2026-01-22")).build());
    assertThat(e.position()).isEqualTo(DisputeProcess.MEDIATION);
    assertThat(processes(e)).containsExactly(DisputeProcess.STATE_COMPLAINT, DisputeProcess.RESOLUTION_MEETING);
    assertThat(step(e, DisputeProcess.STATE_COMPLAINT).restsOn()).containsExactly("w");
    assertThat(step(e, DisputeProcess.RESOLUTION_MEETING).restsOn()).containsExactly("w");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS"})
  void aWaiverPutsTheCaseAtTheHearingFromTheDayAfterTheWaiver(String state) {
    Evaluation e = evaluate(state, request("dp", RequestKind.DUE_PROCESS_COMPLAINT, "2026-01-05"),
        agreement("waiver", AgreementKind.WAIVE_RESOLUTION_MEETING, "2026-01-12"));
    assertThat(e.position()).isEqualTo(DisputeProcess.DUE_PROCESS_HEARING);
    NextStep hearing = e.nextSteps().get(0);
    assertThat(hearing.process()).isEqualTo(DisputeProcess.DUE_PROCESS_HEARING);
    assertThat(hearing.continues()).isTrue();
    assertThat(hearing.opens()).contains(LocalDate.of(2026, 1, 13));
    assertThat(hearing.restsOn()).contains("dp", "waiver");
    assertThat(hearing.source()).contains("300.510(c)(1)");
    assertThat(processes(e)).doesNotContain(DisputeProcess.JUDICIAL_REVIEW, DisputeProcess.RESOLUTION_MEETING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS"})
  void mediationInsteadOfTheResolutionMeetingLeadsToTheHearingOnDay31(String state) {
    Evaluation e = evaluate(state, request("dp", RequestKind.DUE_PROCESS_COMPLAINT, "2026-01-05"),
        agreement("mediate", AgreementKind.TO_MEDIATE, "2026-01-08"));
    assertThat(e.position()).isEqualTo(DisputeProcess.MEDIATION);
    NextStep hearing = step(e, DisputeProcess.DUE_PROCESS_HEARING);
    // day 0 is the filing day (no receipt by the LEA recorded): the period ends on day 30, 2026-02-04
    assertThat(hearing.opens()).contains(LocalDate.of(2026, 2, 5));
    assertThat(hearing.restsOn()).contains("dp", "mediate");
    // the complaint is already filed: no step to file one, and no court before a decision
    assertThat(processes(e)).doesNotContain(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.JUDICIAL_REVIEW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS"})
  void aPendingExpeditedComplaintAwaitsItsExpeditedHearingNotAnAppeal(String state) {
    Evaluation e = evaluate(state, request("exp", RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT, "2026-01-05"));
    assertThat(e.position()).isEqualTo(DisputeProcess.EXPEDITED_HEARING);
    assertThat(processes(e)).containsExactly(DisputeProcess.EXPEDITED_HEARING);
    assertThat(e.nextSteps().get(0).continues()).isTrue();
    assertThat(e.nextSteps().get(0).restsOn()).containsExactly("exp");
    Evaluation decided = evaluate(state, request("exp", RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT, "2026-01-05"),
        Meeting.builder().id("h").kind(MeetingKind.EXPEDITED_HEARING).request("exp").at(day("2026-01-20")).build(),
        Decision.builder().id("d").kind(DecisionKind.EXPEDITED_HEARING_DECISION).request("exp").at(day("2026-01-27"))
            .build());
    assertThat(processes(decided)).containsExactly(DisputeProcess.JUDICIAL_REVIEW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS"})
  void aHearingDecisionLeadsToACivilActionWithoutADateAndNotBefore(String state) {
    Request dp = request("dp", RequestKind.DUE_PROCESS_COMPLAINT, "2026-01-05");
    Meeting hearing = Meeting.builder().id("h").kind(MeetingKind.HEARING).request("dp").at(day("2026-02-20")).build();
    Evaluation held = evaluate(state, dp, hearing);
    assertThat(held.nextSteps()).filteredOn(NextStep::continues).singleElement()
        .satisfies(s -> assertThat(s.process()).isEqualTo(DisputeProcess.DUE_PROCESS_HEARING));
    assertThat(processes(held)).doesNotContain(DisputeProcess.JUDICIAL_REVIEW);
    Evaluation e = evaluate(state, dp, hearing,
        Decision.builder().id("d").kind(DecisionKind.HEARING_DECISION).request("dp").at(day("2026-03-10")).build());
    assertThat(e.position()).isEqualTo(DisputeProcess.DUE_PROCESS_HEARING);
    assertThat(processes(e)).containsExactly(DisputeProcess.JUDICIAL_REVIEW);
    assertThat(step(e, DisputeProcess.JUDICIAL_REVIEW).opens()).isEmpty();
    assertThat(step(e, DisputeProcess.JUDICIAL_REVIEW).restsOn()).containsExactly("d");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS"})
  void aRefusedFacilitationLeadsToMediationOrAComplaintRestingOnTheRefusal(String state) {
    Evaluation e = evaluate(state, request("fiep", RequestKind.FACILITATED_IEP, "2026-01-05"),
        Reply.builder().id("no").request("fiep").by(LEA).answer(Reply.Answer.DECLINED).at(day("2026-01-07")).build());
    assertThat(e.position()).isEqualTo(DisputeProcess.FACILITATED_IEP);
    assertThat(processes(e)).startsWith(DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT);
    assertThat(step(e, DisputeProcess.MEDIATION).restsOn()).containsExactly("no");
    assertThat(step(e, DisputeProcess.STATE_COMPLAINT).restsOn()).containsExactly("no");
    // back at an IEP meeting, facilitation is offered again only with the reason it is open again
    Evaluation later = evaluate(state, request("fiep", RequestKind.FACILITATED_IEP, "2026-01-05"),
        Reply.builder().id("no").request("fiep").by(LEA).answer(Reply.Answer.DECLINED).at(day("2026-01-07")).build(),
        Meeting.builder().id("iep").kind(MeetingKind.IEP).at(day("2026-02-02")).build());
    assertThat(step(later, DisputeProcess.FACILITATED_IEP).openAgain()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS"})
  void aWithdrawnComplaintPutsTheCaseBackAndReoffersItWithTheReason(String state) {
    Evaluation e = evaluate(state,
        Meeting.builder().id("iep").kind(MeetingKind.IEP).at(day("2026-01-02")).build(),
        request("dp", RequestKind.DUE_PROCESS_COMPLAINT, "2026-01-05"),
        Withdrawal.builder().id("w").request("dp").by(PARENT).from(Withdrawal.From.REQUEST).at(day("2026-01-09")).build());
    assertThat(e.position()).isEqualTo(DisputeProcess.IEP_MEETING);
    NextStep again = step(e, DisputeProcess.RESOLUTION_MEETING);
    assertThat(again.openAgain()).hasValueSatisfying(r -> assertThat(r.source()).contains("300.513(c)"));
    assertThat(again.restsOn()).containsExactly("w");
    assertThat(step(e, DisputeProcess.MEDIATION).openAgain()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS"})
  void aDecidedStateComplaintAndASignedResolutionAgreementAreNotOfferedAsPending(String state) {
    Evaluation sc = evaluate(state, request("sc", RequestKind.STATE_COMPLAINT, "2026-01-05"),
        Decision.builder().id("d").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc").at(day("2026-02-20")).build());
    assertThat(sc.position()).isEqualTo(DisputeProcess.STATE_COMPLAINT);
    assertThat(step(sc, DisputeProcess.MEDIATION).restsOn()).containsExactly("d");
    Evaluation settled = evaluate(state, request("dp", RequestKind.DUE_PROCESS_COMPLAINT, "2026-01-05"),
        Meeting.builder().id("rm").kind(MeetingKind.RESOLUTION).request("dp").at(day("2026-01-15")).build(),
        agreement("ra", AgreementKind.RESOLUTION_AGREEMENT, "2026-01-15"));
    assertThat(settled.position()).isEqualTo(DisputeProcess.RESOLUTION_MEETING);
    assertThat(processes(settled)).containsExactly(DisputeProcess.JUDICIAL_REVIEW);
    assertThat(step(settled, DisputeProcess.JUDICIAL_REVIEW).restsOn()).containsExactly("ra");
  }

  @Test
  void missourisConsiderMediationFirstIsNotShownToACaseThatMediated() {
    Meeting iep = Meeting.builder().id("iep").kind(MeetingKind.IEP).at(day("2026-01-02")).build();
    Evaluation fresh = evaluate("MO", iep);
    assertThat(step(fresh, DisputeProcess.RESOLUTION_MEETING).advice())
        .anySatisfy(a -> assertThat(a.when()).isEqualTo(CaseCondition.untried(DisputeProcess.MEDIATION)));
    Evaluation mediated = evaluate("MO", request("med", RequestKind.MEDIATION, "2026-01-05"),
        Withdrawal.builder().id("w").request("med").by(LEA).from(Withdrawal.From.REQUEST).at(day("2026-01-12")).build());
    assertThat(step(mediated, DisputeProcess.RESOLUTION_MEETING).advice()).noneSatisfy(a -> assertThat(a.fits())
        .isFalse());
  }

  @Test
  void mississippiListsFacilitationFirstAmongTheFormalSteps() {
    assertThat(MississippiEscalation.path().stepsFrom(DisputeProcess.IEP_MEETING).get(0).to())
        .isEqualTo(DisputeProcess.FACILITATED_IEP);
    Evaluation e = evaluate("MS", Meeting.builder().id("iep").kind(MeetingKind.IEP).at(day("2026-01-02")).build());
    assertThat(e.nextSteps().get(0).process()).isEqualTo(DisputeProcess.FACILITATED_IEP);
    assertThat(e.nextSteps().get(0).openAgain()).isEqualTo(Optional.empty());
  }
}
