package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

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
      assertThat(f.message()).contains("300.506(b)(1)");
      assertThat(f.key()).isEqualTo("IDEA.MEDIATION.VOLUNTARY.no_agreement_recorded");
      assertThat(f.facts().date("held")).contains(LocalDate.parse("2026-03-20"));
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
      assertThat(f.message()).contains("cannot order").contains("delay");
      assertThat(f.key()).isEqualTo("IDEA.MEDIATION.VOLUNTARY.ordered");
      assertThat(f.facts().date("ordered")).contains(LocalDate.parse("2026-03-04"));
      assertThat(f.events()).containsExactly("order");
    });
  }
  @Test
  void theAgreementThatMadeItVoluntaryIsNoted() {
    Evaluation e = eval(toMediate("2026-03-05", PARENT, LEA));
    assertThat(notes(e, ID)).containsExactly("session s: both sides agreed (atm)");
  }

  @Test
  void aSessionNamingNoRequestIsCoveredByAnAgreementToMediateNamingNone() {
    Meeting loose = Meeting.builder().id("s0").kind(MeetingKind.MEDIATION_SESSION).at(at("2026-03-20"))
        .addAttendees(PARENT, LEA).build();
    Agreement agreed = Agreement.builder().id("atm0").kind(AgreementKind.TO_MEDIATE).addSignatories(PARENT, LEA)
        .at(at("2026-03-05")).build();
    Evaluation e = US.evaluate(caseBuilder().addEvents(agreed, loose).build());
    assertThat(e.findings(ID)).isEmpty();
    assertThat(notes(e, ID)).containsExactly("session s0: both sides agreed (atm0)");
    Evaluation without = US.evaluate(caseBuilder().addEvents(loose).build());
    assertThat(without.findings(ID)).singleElement().satisfies(f -> assertThat(f.events()).containsExactly("s0"));
  }

  @Test
  void aSessionHeldOnTheDueProcessComplaintIsCoveredByTheAcceptedMediationRequest() {
    // the session belongs to the complaint, so every mediation request of the case is considered
    Request complaint = Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
        .at(at("2026-03-01")).build();
    Meeting onComplaint = Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION).request("dp")
        .at(at("2026-03-20")).addAttendees(PARENT, LEA).build();
    Reply accepted = Reply.builder().id("r").request("med").by(LEA).answer(Reply.Answer.ACCEPTED)
        .at(at("2026-03-06")).build();
    Evaluation e = US.evaluate(caseBuilder().addEvents(complaint, REQUEST, accepted, onComplaint).build());
    assertThat(e.findings(ID)).isEmpty();
    assertThat(notes(e, ID)).containsExactly("session s1: both sides agreed (r)");
  }

  @Test
  void aSessionOnItsOwnMediationRequestIsNotCoveredByAnotherRequestsAcceptance() {
    Request other = Request.builder().id("med2").kind(RequestKind.MEDIATION).filedBy(PARENT).at(at("2026-03-03"))
        .build();
    Reply acceptedOther = Reply.builder().id("r2").request("med2").by(LEA).answer(Reply.Answer.ACCEPTED)
        .at(at("2026-03-06")).build();
    Evaluation e = eval(other, acceptedOther);
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.events()).containsExactly("s", "med"));
  }
}
