package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.FACILITATED_IEP;
import static org.iepdr.core.process.DisputeProcess.IEP_MEETING;
import static org.iepdr.core.process.DisputeProcess.JUDICIAL_REVIEW;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;

import java.time.LocalDate;
import java.util.List;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link Projection}'s refusals (a step the path does not allow, naming the steps it does; a
 * hearing without its complaint; a process that is not simulated) and {@link Timeline}'s and
 * {@link ProjectedAct}'s accessors and text, on the federal resolution-meeting projection: the meeting
 * due 15 days after the complaint of 2026-09-01, with no earliest day.
 */
class ProjectionTest {

  private static final LocalDate START = LocalDate.of(2026, 9, 1);

  private static Timeline resolution() {
    return SimulationTest.US.project(START, List.of(RESOLUTION_MEETING), Pace.LATEST);
  }

  @Test
  void aTimelineListsItsActsByProcessAndAsText() {
    Timeline t = resolution();
    assertThat(t.jurisdiction()).isEqualTo("US");
    assertThat(t.actsOf(RESOLUTION_MEETING)).hasSize(1);
    assertThat(t.actsOf(MEDIATION)).isEmpty();
    assertThat(t.act(ProposedAct.HEARING_DECISION)).isEmpty();
    ProjectedAct meeting = t.act(ProposedAct.RESOLUTION_MEETING).orElseThrow();
    assertThat(meeting.toString()).isEqualTo("RESOLUTION_MEETING RESOLUTION_MEETING from 2026-09-01: earliest -,"
        + " latest 2026-09-16, on 2026-09-16");
    assertThat(t.describe()).isEqualTo("US timeline from 2026-09-01 (LATEST)\n  " + meeting + "\n");
    assertThat(t.end()).isEqualTo(LocalDate.of(2026, 9, 16));
  }

  @Test
  void aRouteWithoutADueProcessComplaintNeedsNone() {
    // mediation from the start, then a state complaint: neither counts from a complaint
    Timeline t = SimulationTest.US.project(START, List.of(MEDIATION, DisputeProcess.STATE_COMPLAINT), Pace.LATEST);
    assertThat(t.actsOf(MEDIATION)).isNotEmpty().allSatisfy(a -> assertThat(a.trigger()).isEqualTo(START));
    // the federal state complaint decision is due 60 days after the filing, the day mediation ended
    ProjectedAct decision = t.act(ProposedAct.STATE_COMPLAINT_DECISION).orElseThrow();
    assertThat(decision.latest()).contains(decision.trigger().plusDays(60));
  }

  @Test
  void anEmptyRouteEndsWhereItStarts() {
    Timeline t = SimulationTest.US.project(START, List.of(), Pace.EARLIEST);
    assertThat(t.acts()).isEmpty();
    assertThat(t.end()).isEqualTo(START);
    assertThat(t.describe()).isEqualTo("US timeline from 2026-09-01 (EARLIEST)\n");
  }

  @Test
  void aStepThePathDoesNotAllowIsRefusedNamingTheStepsItDoes() {
    assertThatThrownBy(() -> SimulationTest.US.project(START, List.of(FACILITATED_IEP), Pace.LATEST))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.value()).isEqualTo("IEP_MEETING -> FACILITATED_IEP");
          assertThat(e.allowed()).isEqualTo("a step of the US escalation path: [MEDIATION, STATE_COMPLAINT,"
              + " RESOLUTION_MEETING, EXPEDITED_HEARING]");
        });
  }

  @Test
  void aHearingNeedsItsComplaintEvenWhereThePathLeadsToItDirectly() {
    Jurisdiction j = Testland.jurisdiction(Testland.path().step(IEP_MEETING, MEDIATION, RESOLUTION_MEETING)
        .step(MEDIATION, DUE_PROCESS_HEARING).step(RESOLUTION_MEETING, DUE_PROCESS_HEARING).build(),
        Testland.window("ZZ.RESOLUTION.MEETING", ProposedAct.RESOLUTION_MEETING, -1, 15));
    assertThatThrownBy(() -> Projection.project(j, START, List.of(MEDIATION, DUE_PROCESS_HEARING), Pace.LATEST))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.allowed())
            .isEqualTo("a route that files the due process complaint (RESOLUTION_MEETING) before the hearing"));
    // with its complaint, the hearing's acts count from the complaint's day, not from the meeting 15 days on
    Timeline t = Projection.project(j, START, List.of(RESOLUTION_MEETING, DUE_PROCESS_HEARING), Pace.LATEST);
    assertThat(t.act(ProposedAct.RESOLUTION_MEETING).orElseThrow().on()).isEqualTo(START.plusDays(15));
    assertThat(t.actsOf(DUE_PROCESS_HEARING)).hasSize(2).allSatisfy(a -> {
      assertThat(a.trigger()).isEqualTo(START);
      assertThat(a.on()).isEqualTo(START.plusDays(15)); // no rule: never before the previous act
    });
  }

  @Test
  void aProcessThatIsNotSimulatedIsRefused() {
    Jurisdiction j = Testland.jurisdiction(Testland.path().step(IEP_MEETING, JUDICIAL_REVIEW).build());
    assertThatThrownBy(() -> Projection.project(j, START, List.of(JUDICIAL_REVIEW), Pace.LATEST))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.value()).isEqualTo("JUDICIAL_REVIEW"));
  }
}
