package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;

import java.util.List;
import java.util.Set;
import org.iepdr.core.idea.FederalEscalation;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.process.Step;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

class MissouriEscalationTest {

  private final EscalationPath path = MissouriEscalation.path();

  @Test
  void theMissouriPath() {
    assertThat(path.allows(DisputeProcess.IEP_MEETING, DisputeProcess.FACILITATED_IEP)).isTrue();
    assertThat(path.allows(DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION)).isTrue();
    assertThat(path.allows(DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT)).isTrue();
    assertThat(path.allows(DisputeProcess.MEDIATION, DisputeProcess.RESOLUTION_MEETING)).isTrue();
    assertThat(path.allows(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.DUE_PROCESS_HEARING)).isTrue();
    assertThat(path.allows(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.JUDICIAL_REVIEW)).isTrue();
    // mediation at any time, also while a hearing is pending
    assertThat(path.allows(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.MEDIATION)).isTrue();
    assertThat(path.allows(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.MEDIATION)).isTrue();
    // FIEP is not a precondition: complaint or due process straight from the IEP meeting
    assertThat(path.allows(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT)).isTrue();
    assertThat(path.allows(DisputeProcess.IEP_MEETING, DisputeProcess.JUDICIAL_REVIEW)).isFalse();
    assertThat(path.stepsFrom(DisputeProcess.RESOLUTION_MEETING)).filteredOn(s -> s.to()
        == DisputeProcess.DUE_PROCESS_HEARING).singleElement()
        .satisfies(s -> assertThat(s.condition()).contains("Administrative Hearing Commission"));
  }

  @Test
  void everyFederalStepIsStillOnTheMissouriPath() {
    for (Step s : FederalEscalation.path().steps()) {
      // every variant (each condition over the case) is kept, Missouri's wording or the federal one
      assertThat(path.steps()).as("%s -> %s when %s", s.from(), s.to(), s.when())
          .anySatisfy(m -> assertThat(List.of(m.from(), m.to(), m.when())).isEqualTo(List.of(s.from(), s.to(), s.when())));
    }
  }

  @Test
  void adviceOnMediationForNonComplianceSaysFileAComplaint() {
    NextStep mediation = path.nextSteps(DisputeProcess.IEP_MEETING, Set.of(IssueKind.NON_COMPLIANCE)).stream()
        .filter(n -> n.process() == DisputeProcess.MEDIATION).findFirst().orElseThrow();
    assertThat(mediation.advice().get(0)).satisfies(a -> {
      assertThat(a.fits()).isFalse();
      assertThat(a.text()).contains("complaint");
      assertThat(a.source()).contains("Missouri IEP Mediation: How the Free Process Works");
    });
    assertThat(mediation.advice()).extracting(Advice::text)
        .anySatisfy(t -> assertThat(t).contains("bad faith"))
        .anySatisfy(t -> assertThat(t).contains("urgent"))
        .anySatisfy(t -> assertThat(t).contains("relationship"));
  }

  @Test
  void adviceOnFiepForAStrainedRelationship() {
    assertThat(path.adviceFor(DisputeProcess.FACILITATED_IEP, Set.of(IssueKind.COMMUNICATION_BREAKDOWN)))
        .first().satisfies(a -> {
          assertThat(a.fits()).isTrue();
          assertThat(a.source()).contains("\"Facilitated IEP Process\" flyer");
        });
  }

  @Test
  void anEvaluationTellsWhereTheCaseStandsAndWhatIsOpen() {
    Case c = caseBuilder().addEvents(Request.builder().id("fiep").kind(RequestKind.FACILITATED_IEP).filedBy(LEA)
        .addSignedBy(PARENT, LEA).at(at("2026-03-02")).build()).build();
    Evaluation e = MO.evaluate(c);
    assertThat(e.position()).isEqualTo(DisputeProcess.FACILITATED_IEP);
    assertThat(e.nextSteps()).extracting(NextStep::process)
        .contains(DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT, DisputeProcess.RESOLUTION_MEETING);
  }
}
