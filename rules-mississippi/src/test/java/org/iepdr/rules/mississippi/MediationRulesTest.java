package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MEDIATOR;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;

import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.junit.jupiter.api.Test;

/** MS.MEDIATION.JOINT_REQUEST: both signatures before a mediator is assigned. */
class MediationRulesTest {

  private static final String ID = "MS.MEDIATION.JOINT_REQUEST";

  private static Case mediation(RequestForm form, boolean assigned, String... signers) {
    var b = caseBuilder().addEvents(Request.builder().id("med").kind(RequestKind.MEDIATION).filedBy(PARENT).form(form)
        .addSignedBy(signers).at(at("2026-05-04")).build());
    if (assigned) {
      b.addEvents(Appointment.builder().id("assign").participant(MEDIATOR).request("med").at(at("2026-05-08")).build());
    }
    return b.build();
  }

  @Test
  void bothSignaturesThenAssignmentIsFine() {
    assertThat(MS.evaluate(mediation(RequestForm.WRITTEN, true, PARENT, LEA)).findings(ID)).isEmpty();
  }

  @Test
  void assignmentOnTheParentsSignatureAloneIsAViolation() {
    assertThat(MS.evaluate(mediation(RequestForm.WRITTEN, true, PARENT)).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("MS.MEDIATION.JOINT_REQUEST.unsigned");
      assertThat(f.facts().date("assigned")).contains(java.time.LocalDate.parse("2026-05-08"));
      assertThat(f.facts().date("requested")).contains(java.time.LocalDate.parse("2026-05-04"));
      assertThat(f.message()).contains("the district's signature is missing").doesNotContain("family's");
      assertThat(f.events()).containsExactly("med", "assign");
    });
  }

  @Test
  void anOralUnsignedRequestNamesEverythingMissing() {
    assertThat(MS.evaluate(mediation(RequestForm.ORAL, true)).findings(ID)).singleElement().satisfies(f ->
        assertThat(f.message()).contains("not in writing", "family's signature", "district's signature"));
  }

  @Test
  void beforeAnyAssignmentNothingIsJudged() {
    assertThat(MS.evaluate(mediation(RequestForm.WRITTEN, false, PARENT)).findings(ID)).isEmpty();
  }
}
