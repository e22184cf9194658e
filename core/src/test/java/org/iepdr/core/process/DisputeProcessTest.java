package org.iepdr.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins each process's stage on the CADRE continuum, which processes IDEA requires, and the stage labels,
 * against /work/shared/research/law-facts.md section 4 and the continuum in /work/shared/DESIGN.md.
 */
class DisputeProcessTest {

  @Test
  void theStageLabelsAreCadresOwn() {
    // law-facts.md 4: "five stages of conflict (prevention, early disagreement resolution, conflict
    // management, formal procedural safeguards, legal review)".
    assertThat(CadreStage.values()).extracting(CadreStage::label).containsExactly("prevention",
        "early disagreement resolution", "conflict management", "formal procedural safeguards", "legal review");
  }

  @Test
  void eachProcessSitsAtItsCadreStage() {
    // DESIGN.md: "I prevention, II disagreement, III conflict management (facilitation, mediation), IV
    // procedural safeguards (resolution meeting, state complaint, due process hearing), V legal review."
    // The IEP meeting is where disagreements start (prevention); the expedited hearing is a due process
    // hearing; judicial review is litigation, stage V.
    assertThat(DisputeProcess.IEP_MEETING.cadreStage()).isEqualTo(CadreStage.I_PREVENTION);
    assertThat(DisputeProcess.FACILITATED_IEP.cadreStage()).isEqualTo(CadreStage.III_CONFLICT_MANAGEMENT);
    assertThat(DisputeProcess.MEDIATION.cadreStage()).isEqualTo(CadreStage.III_CONFLICT_MANAGEMENT);
    assertThat(DisputeProcess.RESOLUTION_MEETING.cadreStage()).isEqualTo(CadreStage.IV_PROCEDURAL_SAFEGUARDS);
    assertThat(DisputeProcess.STATE_COMPLAINT.cadreStage()).isEqualTo(CadreStage.IV_PROCEDURAL_SAFEGUARDS);
    assertThat(DisputeProcess.DUE_PROCESS_HEARING.cadreStage()).isEqualTo(CadreStage.IV_PROCEDURAL_SAFEGUARDS);
    assertThat(DisputeProcess.EXPEDITED_HEARING.cadreStage()).isEqualTo(CadreStage.IV_PROCEDURAL_SAFEGUARDS);
    assertThat(DisputeProcess.JUDICIAL_REVIEW.cadreStage()).isEqualTo(CadreStage.V_LEGAL_REVIEW);
    // No process is stage II: helplines and parent-to-parent help are not modelled.
    for (DisputeProcess p : DisputeProcess.values()) {
      assertThat(p.cadreStage()).as("%s", p).isNotEqualTo(CadreStage.II_DISAGREEMENT);
    }
  }

  @Test
  void ideaRequiresMediationStateComplaintsDueProcessAndCourtReviewButNotFacilitation() {
    // law-facts.md 4: "mandatory under IDEA: mediation, the written state complaint, the due process
    // complaint/hearing, the resolution meeting, and the expedited hearing and resolution meeting.
    // Facilitation, helplines, and similar practices are optional." The civil action is the right of
    // 34 CFR 300.516; an IEP meeting is not a dispute process as such (the Javadoc of requiredByIdea).
    Set<DisputeProcess> required = EnumSet.of(DisputeProcess.MEDIATION, DisputeProcess.RESOLUTION_MEETING,
        DisputeProcess.STATE_COMPLAINT, DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.EXPEDITED_HEARING,
        DisputeProcess.JUDICIAL_REVIEW);
    for (DisputeProcess p : DisputeProcess.values()) {
      assertThat(p.requiredByIdea()).as("%s", p).isEqualTo(required.contains(p));
    }
    assertThat(DisputeProcess.FACILITATED_IEP.requiredByIdea()).isFalse();
    assertThat(DisputeProcess.IEP_MEETING.requiredByIdea()).isFalse();
  }
}
