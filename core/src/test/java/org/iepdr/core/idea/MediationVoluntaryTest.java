package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

class MediationVoluntaryTest {

  private static final String ID = "IDEA.MEDIATION.VOLUNTARY";

  private static final Request REQUEST = Request.builder().id("med").kind(RequestKind.MEDIATION).filedBy(PARENT)
      .addSignedBy(PARENT).at(at("2026-03-02")).build();

  private static Meeting session(Meeting.Status status) {
    return Meeting.builder().id("s").kind(MeetingKind.MEDIATION_SESSION).request("med").status(status)
        .at(at("2026-03-20")).addAttendees(PARENT, LEA).build();
  }

  private static Evaluation eval(CaseEvent... more) {
    return US.evaluate(caseBuilder().addEvents(REQUEST, session(Meeting.Status.HELD)).addEvents(more).build());
  }

  private static Agreement toMediate(String date, String... signers) {
    return Agreement.builder().id("atm").kind(AgreementKind.TO_MEDIATE).request("med").addSignatories(signers)
        .at(at(date)).build();
  }

  @Test
  void anAgreementToMediateSignedByBothSidesMakesItVoluntary() {
    assertThat(eval(toMediate("2026-03-05", PARENT, LEA)).findings(ID)).isEmpty();
  }

  @Test
  void anAgreementSignedAtTheSessionsStartCounts() {
    assertThat(eval(toMediate("2026-03-20", PARENT, LEA)).findings(ID)).isEmpty();
  }

  @Test
  void aSessionWithoutTheDistrictsAgreementIsAViolation() {
    Evaluation e = eval(toMediate("2026-03-05", PARENT));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("2026-03-20").contains("300.506(b)(1)");
      assertThat(f.events()).containsExactly("s", "med");
    });
  }

  @Test
  void anAgreementSignedOnlyAfterTheSessionIsTooLate() {
    assertThat(eval(toMediate("2026-03-21", PARENT, LEA)).findings(ID)).hasSize(1);
  }

  @Test
  void theDistrictAcceptingTheParentsRequestMakesItVoluntary() {
    Reply accepted = Reply.builder().id("r").request("med").by(LEA).answer(Reply.Answer.ACCEPTED)
        .at(at("2026-03-06")).build();
    assertThat(eval(accepted).findings(ID)).isEmpty();
  }

  @Test
  void aDeclineOrTheFilersOwnAcceptanceDoesNot() {
    Reply declined = Reply.builder().id("r").request("med").by(LEA).answer(Reply.Answer.DECLINED)
        .at(at("2026-03-06")).build();
    Reply own = Reply.builder().id("r2").request("med").by(PARENT).answer(Reply.Answer.ACCEPTED)
        .at(at("2026-03-06")).build();
    assertThat(eval(declined).findings(ID)).hasSize(1);
    assertThat(eval(own).findings(ID)).hasSize(1);
  }

  @Test
  void aRequestSignedByBothSidesIsAJointRequest() {
    Request joint = Request.builder().from(REQUEST).addSignedBy(LEA).build();
    Evaluation e = US.evaluate(caseBuilder().addEvents(joint, session(Meeting.Status.HELD)).build());
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void aScheduledOrCancelledSessionIsNotChecked() {
    Evaluation e = US.evaluate(caseBuilder().addEvents(REQUEST, session(Meeting.Status.CANCELLED)).build());
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void anOrderToMediateIsAlwaysAViolation() {
    Demand order = Demand.builder().id("order").kind(Demand.Kind.MEDIATION_ORDERED).by(LEA).request("med")
        .at(at("2026-03-04")).build();
    Evaluation e = eval(toMediate("2026-03-05", PARENT, LEA), order);
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("cannot order").contains("delay").contains("2026-03-04");
      assertThat(f.events()).containsExactly("order");
    });
  }
}
