package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;

import java.util.List;
import java.util.Set;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

/** Mississippi's ladder and the seed's wrong-tool advice. */
class EscalationTest {

  private final EscalationPath path = MississippiEscalation.path();

  @Test
  void theSeedsLadderIsOnThePath() {
    assertThat(path.allows(DisputeProcess.IEP_MEETING, DisputeProcess.FACILITATED_IEP)).isTrue();
    assertThat(path.allows(DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION)).isTrue();
    assertThat(path.allows(DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT)).isTrue();
    assertThat(path.allows(DisputeProcess.MEDIATION, DisputeProcess.RESOLUTION_MEETING)).isTrue();
    assertThat(path.allows(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.DUE_PROCESS_HEARING)).isTrue();
    assertThat(path.allows(DisputeProcess.FACILITATED_IEP, DisputeProcess.DUE_PROCESS_HEARING)).isFalse();
    assertThat(path.allows(DisputeProcess.IEP_MEETING, DisputeProcess.DUE_PROCESS_HEARING)).isFalse();
  }

  @Test
  void nonComplianceGetsPwnAndStateComplaintAdviceNotFacilitation() {
    List<NextStep> next = path.nextSteps(DisputeProcess.IEP_MEETING, Set.of(IssueKind.NON_COMPLIANCE));
    NextStep facilitation = next.stream().filter(s -> s.process() == DisputeProcess.FACILITATED_IEP).findFirst()
        .orElseThrow();
    assertThat(facilitation.advice()).first().satisfies(a -> {
      assertThat(a.fits()).isFalse();
      assertThat(a.text()).contains("Prior Written Notice", "state complaint", "service minutes");
    });
    NextStep complaint = next.stream().filter(s -> s.process() == DisputeProcess.STATE_COMPLAINT).findFirst()
        .orElseThrow();
    assertThat(complaint.advice()).anySatisfy(a -> assertThat(a.fits()).isTrue());
  }

  @Test
  void eligibilityAndPlacementGetIeeOrDueProcessAdviceNotFacilitation() {
    for (IssueKind issue : List.of(IssueKind.ELIGIBILITY, IssueKind.PLACEMENT)) {
      List<Advice> onFacilitation = path.adviceFor(DisputeProcess.FACILITATED_IEP, Set.of(issue));
      assertThat(onFacilitation).first().satisfies(a -> {
        assertThat(a.fits()).isFalse();
        assertThat(a.text()).contains("Independent Educational Evaluation", "due process");
      });
      assertThat(path.adviceFor(DisputeProcess.RESOLUTION_MEETING, Set.of(issue))).anySatisfy(a ->
          assertThat(a.fits()).isTrue());
    }
  }

  @Test
  void aCommunicationBreakdownFitsFacilitation() {
    assertThat(path.adviceFor(DisputeProcess.FACILITATED_IEP, Set.of(IssueKind.COMMUNICATION_BREAKDOWN)))
        .first().satisfies(a -> assertThat(a.fits()).isTrue());
    assertThat(path.adviceFor(DisputeProcess.FACILITATED_IEP, Set.of(IssueKind.COMMUNICATION_BREAKDOWN)))
        .noneMatch(a -> !a.fits());
  }

  @Test
  void anEvaluationSaysWhereTheCaseStandsAndWhatIsOpenNext() {
    Evaluation e = MS.evaluate(caseBuilder().addEvents(
        Request.builder().id("fr").kind(RequestKind.FACILITATED_IEP).filedBy(PARENT)
            .addIssues(IssueKind.COMMUNICATION_BREAKDOWN).at(at("2026-03-02")).build(),
        Meeting.builder().id("fiep").kind(MeetingKind.FACILITATED_IEP).request("fr").at(at("2026-03-20"))
            .addAttendees(PARENT, LEA).build()).build());
    assertThat(e.position()).isEqualTo(DisputeProcess.FACILITATED_IEP);
    assertThat(e.nextSteps()).extracting(NextStep::process).containsExactlyInAnyOrder(DisputeProcess.MEDIATION,
        DisputeProcess.STATE_COMPLAINT, DisputeProcess.RESOLUTION_MEETING);
  }
}
