package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

class MediationAgreementBindingTest {

  private static final String ID = "IDEA.MEDIATION.AGREEMENT_BINDING";

  private static final Participant BOSS = Participant.builder().id("boss").role(ParticipantRole.AGENCY_REPRESENTATIVE)
      .hasDecisionAuthority(true).build();
  private static final Participant CLERK = Participant.builder().id("clerk")
      .role(ParticipantRole.AGENCY_REPRESENTATIVE).build();

  private static Agreement.Builder complete() {
    return Agreement.builder().id("ma").kind(AgreementKind.MEDIATION_AGREEMENT).addSignatories(PARENT, LEA)
        .agencyRepresentative("boss").statesConfidentiality(true).at(at("2026-04-01"));
  }

  private static Evaluation eval(Agreement a) {
    return US.evaluate(caseBuilder().addParticipants(BOSS, CLERK).addEvents(a).build());
  }

  @Test
  void aCompleteAgreementBinds() {
    assertThat(eval(complete().build()).findings(ID)).isEmpty();
  }

  @Test
  void everyMissingElementIsListedInOneFinding() {
    Agreement bare = Agreement.builder().id("ma").kind(AgreementKind.MEDIATION_AGREEMENT).addSignatories(LEA)
        .inWriting(false).at(at("2026-04-01")).build();
    assertThat(eval(bare).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.MEDIATION.AGREEMENT_BINDING.not_binding");
      assertThat(f.facts().date("signed")).contains(LocalDate.parse("2026-04-01"));
      assertThat(f.message()).contains("not in writing").contains("confidential")
          .contains("parent did not sign").contains("no representative of the district");
      assertThat(f.events()).containsExactly("ma");
    });
  }

  @Test
  void aRepresentativeWithoutAuthorityToBindIsNotEnough() {
    assertThat(eval(complete().agencyRepresentative("clerk").build()).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("clerk").contains("no authority to bind")
            .doesNotContain("not in writing"));
  }

  @Test
  void aMissingConfidentialityStatementAloneIsAViolation() {
    assertThat(eval(complete().statesConfidentiality(false).build()).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("confidential").doesNotContain("parent did not sign"));
  }

  @Test
  void otherAgreementsAreNotChecked() {
    Agreement resolution = Agreement.builder().id("ra").kind(AgreementKind.RESOLUTION_AGREEMENT).addSignatories(LEA)
        .at(at("2026-04-01")).build();
    assertThat(eval(resolution).findings(ID)).isEmpty();
  }
}
