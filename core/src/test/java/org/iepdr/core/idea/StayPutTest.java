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
import org.iepdr.core.model.CourtProceeding;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

class StayPutTest {

  private static final String ID = "IDEA.STAY_PUT";

  private static Request complaint(RequestKind kind, String date) {
    return Request.builder().id("dp").kind(kind).filedBy(PARENT).at(at(date)).build();
  }

  private static PlacementChange change(String date) {
    return PlacementChange.builder().id("move").by(LEA).at(at(date)).build();
  }

  private static Agreement placementAgreement(String date, String... signers) {
    return Agreement.builder().id("agree").kind(AgreementKind.PLACEMENT_CHANGE).addSignatories(signers).at(at(date))
        .build();
  }

  private static Evaluation eval(CaseEvent... events) {
    return US.evaluate(caseBuilder().addEvents(events).build());
  }

  @Test
  void changingPlacementWhileAComplaintIsPendingIsAViolation() {
    Evaluation e = eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), change("2026-03-10"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("300.518(a)");
      assertThat(f.key()).isEqualTo("IDEA.STAY_PUT.changed");
      assertThat(f.facts().date("changed")).contains(LocalDate.parse("2026-03-10"));
      assertThat(f.facts().date("filed")).contains(LocalDate.parse("2026-03-02"));
      assertThat(f.events()).containsExactly("move", "dp");
    });
  }

  @Test
  void aChangeAtTheInstantOfFilingIsDuringPendency() {
    assertThat(eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), change("2026-03-02")).findings(ID))
        .hasSize(1);
  }

  @Test
  void aChangeBeforeTheComplaintIsNotAffected() {
    assertThat(eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), change("2026-03-01")).findings(ID))
        .isEmpty();
  }

  @Test
  void bothSidesAgreeingAtOrBeforeTheChangeAllowsIt() {
    assertThat(eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), change("2026-03-10"),
        placementAgreement("2026-03-10", PARENT, LEA)).findings(ID)).isEmpty();
  }

  @Test
  void anAgreementAfterTheChangeDoesNotAllowIt() {
    assertThat(eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), change("2026-03-10"),
        placementAgreement("2026-03-11", PARENT, LEA)).findings(ID)).hasSize(1);
  }

  @Test
  void aWithdrawnOrDecidedComplaintIsNoLongerPending() {
    Withdrawal w = Withdrawal.builder().id("w").request("dp").by(PARENT).from(Withdrawal.From.REQUEST)
        .at(at("2026-03-05")).build();
    Decision d = Decision.builder().id("hd").kind(DecisionKind.HEARING_DECISION).request("dp").at(at("2026-03-05"))
        .build();
    assertThat(eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), w, change("2026-03-10")).findings(ID))
        .isEmpty();
    assertThat(eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), d, change("2026-03-10")).findings(ID))
        .isEmpty();
  }

  @Test
  void aDecisionAfterTheChangeDoesNotExcuseIt() {
    Decision d = Decision.builder().id("hd").kind(DecisionKind.HEARING_DECISION).request("dp").at(at("2026-03-20"))
        .build();
    assertThat(eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), change("2026-03-10"), d).findings(ID))
        .hasSize(1);
  }

  @Test
  void anExpeditedComplaintIsSkippedBecause300_533IsNotModelled() {
    assertThat(eval(complaint(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT, "2026-03-02"), change("2026-03-10"))
        .findings(ID)).isEmpty();
  }

  @Test
  void aStateComplaintDoesNotTriggerStayPut() {
    assertThat(eval(complaint(RequestKind.STATE_COMPLAINT, "2026-03-02"), change("2026-03-10")).findings(ID)).isEmpty();
  }
  @Test
  void anAgreedChangeIsNotedWithTheAgreement() {
    Evaluation e = eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"),
        placementAgreement("2026-03-09", PARENT, LEA), change("2026-03-10"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(notes(e, ID)).containsExactly("placement change move: agreed (agree)");
  }

  @Test
  void agreeingOtherwiseNeedsNoSignedForm() {
    // 300.518(a) asks only that the agency and the parents "agree otherwise": an agreement recorded in the
    // case counts, unwritten, or signed by one side or by nobody
    Agreement oral = Agreement.builder().id("oral").kind(AgreementKind.PLACEMENT_CHANGE).inWriting(false)
        .at(at("2026-03-09")).build();
    assertThat(eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), oral, change("2026-03-10"))
        .findings(ID)).isEmpty();
    assertThat(eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"),
        placementAgreement("2026-03-09", LEA), change("2026-03-10")).findings(ID)).isEmpty();
    // recorded on the very instant of the change, it still counts
    assertThat(eval(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), change("2026-03-10"),
        placementAgreement("2026-03-10", LEA)).findings(ID)).isEmpty();
  }

  private static CourtProceeding court(String begun, String ended) {
    CourtProceeding.Builder b = CourtProceeding.builder().id("civil").request("dp").by(PARENT).at(at(begun));
    if (ended != null) {
      b.endedAt(at(ended));
    }
    return b.build();
  }

  private static Decision decision(String date) {
    return Decision.builder().id("hd").kind(DecisionKind.HEARING_DECISION).request("dp").at(at(date)).build();
  }

  @Test
  void aCourtProceedingKeepsTheComplaintPendingUntilItEnds() {
    // hearing decision 03-05, civil action 04-01 to 06-30: "any administrative or judicial proceeding"
    Request dp = complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02");
    assertThat(eval(dp, decision("2026-03-05"), court("2026-04-01", "2026-06-30"), change("2026-05-10"))
        .findings(ID)).singleElement().satisfies(f -> assertThat(f.events()).containsExactly("move", "dp"));
    // on the day it begins and on the day it ends (instants compared: the end strictly before the change)
    assertThat(eval(dp, decision("2026-03-05"), court("2026-04-01", "2026-06-30"), change("2026-04-01"))
        .findings(ID)).hasSize(1);
    assertThat(eval(dp, decision("2026-03-05"), court("2026-04-01", "2026-06-30"), change("2026-06-30"))
        .findings(ID)).hasSize(1);
    assertThat(eval(dp, decision("2026-03-05"), court("2026-04-01", "2026-06-30"), change("2026-07-01"))
        .findings(ID)).isEmpty();
    // between the hearing decision and the civil action no proceeding is under way
    assertThat(eval(dp, decision("2026-03-05"), court("2026-04-01", "2026-06-30"), change("2026-03-20"))
        .findings(ID)).isEmpty();
    // a proceeding not yet ended keeps it pending
    assertThat(eval(dp, decision("2026-03-05"), court("2026-04-01", null), change("2026-11-10")).findings(ID))
        .hasSize(1);
    // an agreement still allows the change
    assertThat(eval(dp, decision("2026-03-05"), court("2026-04-01", null), placementAgreement("2026-05-01", PARENT),
        change("2026-05-10")).findings(ID)).isEmpty();
  }

  @Test
  void aCourtProceedingEndingBeforeItBeganIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> caseBuilder()
        .addEvents(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02"), court("2026-04-01", "2026-03-31"))
        .build()).isInstanceOf(org.iepdr.core.model.InvalidCaseException.class).hasMessageContaining("endedAt");
  }

  @Test
  void overlappingProceedingsOfOneComplaintCountItOnce() {
    Request dp = complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02");
    assertThat(eval(dp, court("2026-03-04", null), change("2026-03-10")).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("later one"));
  }
}
