package org.iepdr.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The escalation path: where a case stands, the steps out of a process, building and extending. */
class EscalationPathTest {

  private static final Instant AT = Fixtures.at("2025-03-03");

  private static DisputeProcess positionAfter(CaseEvent... events) {
    var b = Fixtures.caseBuilder();
    b.addEvents(Request.builder().id("r0").at(AT.minusSeconds(3600)).kind(RequestKind.MEDIATION)
        .filedBy(Fixtures.PARENT).build());
    return EscalationPath.position(b.addEvents(events).build());
  }

  @Test
  void eachRequestKindPutsTheCaseAtItsProcess() {
    assertThat(EscalationPath.position(Fixtures.caseBuilder().build())).isEqualTo(DisputeProcess.IEP_MEETING);
    DisputeProcess[] expected = {DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION,
        DisputeProcess.STATE_COMPLAINT, DisputeProcess.RESOLUTION_MEETING, DisputeProcess.EXPEDITED_HEARING};
    RequestKind[] kinds = {RequestKind.FACILITATED_IEP, RequestKind.MEDIATION, RequestKind.STATE_COMPLAINT,
        RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT};
    for (int i = 0; i < kinds.length; i++) {
      Request r = Request.builder().id("r").at(AT).kind(kinds[i]).filedBy(Fixtures.PARENT).build();
      assertThat(EscalationPath.position(Fixtures.caseBuilder().addEvents(r).build())).as("%s", kinds[i])
          .isEqualTo(expected[i]);
    }
    // a sufficiency challenge moves nothing: the case stays where the mediation request put it
    assertThat(positionAfter(Request.builder().id("r").at(AT).kind(RequestKind.SUFFICIENCY_CHALLENGE)
        .filedBy(Fixtures.LEA).build())).isEqualTo(DisputeProcess.MEDIATION);
  }

  @Test
  void eachMeetingKindPutsTheCaseAtItsProcess() {
    MeetingKind[] kinds = {MeetingKind.IEP, MeetingKind.FACILITATED_IEP, MeetingKind.MEDIATION_SESSION,
        MeetingKind.RESOLUTION, MeetingKind.HEARING, MeetingKind.EXPEDITED_HEARING};
    DisputeProcess[] expected = {DisputeProcess.IEP_MEETING, DisputeProcess.FACILITATED_IEP,
        DisputeProcess.MEDIATION, DisputeProcess.RESOLUTION_MEETING, DisputeProcess.DUE_PROCESS_HEARING,
        DisputeProcess.EXPEDITED_HEARING};
    for (int i = 0; i < kinds.length; i++) {
      Request first = Request.builder().id("r0").at(AT.minusSeconds(3600)).kind(RequestKind.STATE_COMPLAINT)
          .filedBy(Fixtures.PARENT).build();
      Meeting m = Meeting.builder().id("m").at(AT).kind(kinds[i]).build();
      assertThat(EscalationPath.position(Fixtures.caseBuilder().addEvents(first, m).build())).as("%s", kinds[i])
          .isEqualTo(expected[i]);
    }
  }

  @Test
  void decisionsAndAnAgreementToMediateMoveTheCaseButOtherEventsDoNot() {
    Request dp = Request.builder().id("dp").at(AT.minusSeconds(7200)).kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(Fixtures.PARENT).build();
    DecisionKind[] kinds = {DecisionKind.HEARING_DECISION, DecisionKind.EXPEDITED_HEARING_DECISION,
        DecisionKind.STATE_COMPLAINT_DECISION, DecisionKind.DISMISSAL};
    // a dismissal ends the complaint: the case is back where it stood before it (an IEP meeting)
    DisputeProcess[] expected = {DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.EXPEDITED_HEARING,
        DisputeProcess.STATE_COMPLAINT, DisputeProcess.IEP_MEETING};
    for (int i = 0; i < kinds.length; i++) {
      Decision d = Decision.builder().id("d").at(AT).kind(kinds[i]).request("dp").build();
      assertThat(EscalationPath.position(Fixtures.caseBuilder().addEvents(dp, d).build())).as("%s", kinds[i])
          .isEqualTo(expected[i]);
    }
    Agreement toMediate = Agreement.builder().id("a").at(AT).kind(AgreementKind.TO_MEDIATE)
        .addSignatories(Fixtures.PARENT, Fixtures.LEA).build();
    assertThat(EscalationPath.position(Fixtures.caseBuilder().addEvents(dp, toMediate).build()))
        .isEqualTo(DisputeProcess.MEDIATION);
    Agreement other = Agreement.builder().id("a").at(AT).kind(AgreementKind.SETTLEMENT_AGREEMENT)
        .addSignatories(Fixtures.PARENT, Fixtures.LEA).build();
    Consent consent = Consent.builder().id("c").at(AT).scope(ConsentScope.values()[0]).givenBy(Fixtures.PARENT)
        .build();
    assertThat(EscalationPath.position(Fixtures.caseBuilder().addEvents(dp, other, consent).build()))
        .isEqualTo(DisputeProcess.RESOLUTION_MEETING);
  }

  @Test
  void stepsAllowsProcessesAndNextStepsFollowTheBuiltPath() {
    Advice general = new Advice(DisputeProcess.MEDIATION, true, Set.of(), "general", "seed");
    Advice specific = new Advice(DisputeProcess.MEDIATION, true, Set.of(IssueKind.values()[0]), "specific", "seed");
    Advice elsewhere = new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(), "elsewhere", "seed");
    EscalationPath p = EscalationPath.builder("test")
        .step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, "agree", "src")
        .step(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT, "violation", "src")
        .step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, "replaced", "src2")
        .advice(general).advice(specific).advice(elsewhere).build();
    assertThat(p.name()).isEqualTo("test");
    assertThat(p.stepsFrom(DisputeProcess.IEP_MEETING)).extracting(Step::to, Step::condition)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DisputeProcess.STATE_COMPLAINT, "violation"),
            org.assertj.core.groups.Tuple.tuple(DisputeProcess.MEDIATION, "replaced"));
    assertThat(p.stepsFrom(DisputeProcess.MEDIATION)).isEmpty();
    assertThat(p.allows(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION)).isTrue();
    assertThat(p.allows(DisputeProcess.IEP_MEETING, DisputeProcess.DUE_PROCESS_HEARING)).isFalse();
    assertThat(p.allows(DisputeProcess.MEDIATION, DisputeProcess.IEP_MEETING)).isFalse();
    assertThat(p.processes()).isEqualTo(EnumSet.of(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION,
        DisputeProcess.STATE_COMPLAINT));
    assertThat(p.advice()).containsExactly(general, specific, elsewhere);
    assertThat(p.adviceFor(DisputeProcess.MEDIATION, Set.of(IssueKind.values()[0])))
        .containsExactly(specific, general);
    assertThat(p.adviceFor(DisputeProcess.MEDIATION, Set.of())).containsExactly(general);
    List<NextStep> next = p.nextSteps(DisputeProcess.IEP_MEETING, Set.of());
    assertThat(next).extracting(NextStep::process)
        .containsExactly(DisputeProcess.STATE_COMPLAINT, DisputeProcess.MEDIATION);
    assertThat(next.get(0).advice()).containsExactly(elsewhere);
    assertThat(next.get(1).why()).isEqualTo("replaced");
    assertThat(p.toString()).contains("test");

    EscalationPath extended = p.toBuilder("extended")
        .removeStep(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT)
        .removeStep(DisputeProcess.JUDICIAL_REVIEW, DisputeProcess.MEDIATION).build();
    assertThat(extended.name()).isEqualTo("extended");
    assertThat(extended.stepsFrom(DisputeProcess.IEP_MEETING)).extracting(Step::to)
        .containsExactly(DisputeProcess.MEDIATION);
    assertThat(extended.advice()).containsExactly(general, specific, elsewhere);
    assertThat(p.stepsFrom(DisputeProcess.IEP_MEETING)).hasSize(2);
    EscalationPath emptied = p.toBuilder("none").removeStep(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION)
        .removeStep(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT).build();
    assertThat(emptied.steps()).isEmpty();
    assertThat(emptied.processes()).isEmpty();
    assertThat(catchThrowable(() -> EscalationPath.builder("x")
        .step(DisputeProcess.MEDIATION, DisputeProcess.MEDIATION, "loop", "src")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("step.to");
  }
}
