package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.decision;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

class SufficiencyChallengeTest {

  private static final String ID = "IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE";

  private static Request challenge(String date) {
    return Request.builder().id("ch").kind(RequestKind.SUFFICIENCY_CHALLENGE).filedBy(LEA).relatesTo("dp")
        .filedWith(Recipient.HEARING_OFFICER).at(at(date)).build();
  }

  private static Case challengedOn(String challengeDate, String rulingDate) {
    return caseBuilder()
        .addEvents(parentComplaint("2026-03-02"), challenge(challengeDate),
            decision("ruling", DecisionKind.SUFFICIENCY_RULING, "ch", rulingDate))
        .build();
  }

  @Test
  void challengeOnDay15AndRulingOnDay5AreOnTime() {
    Evaluation e = US.evaluate(challengedOn("2026-03-17", "2026-03-22"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).hasSize(2).allSatisfy(x -> assertThat(x.status()).isEqualTo(DeadlineStatus.MET));
    assertThat(e.deadlines(ID).get(0).due()).isEqualTo(d("2026-03-17"));
    assertThat(e.deadlines(ID).get(1).due()).isEqualTo(d("2026-03-22"));
  }

  @Test
  void challengeOnDay16IsLateAndTheComplaintIsDeemedSufficient() {
    Evaluation e = US.evaluate(challengedOn("2026-03-18", "2026-03-20"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("deemed sufficient");
      assertThat(f.key()).isEqualTo("IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE.challenge_late");
      assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-03-17"));
      assertThat(f.events()).containsExactly("dp", "ch");
    });
  }

  @Test
  void rulingOnDay6IsLate() {
    Evaluation e = US.evaluate(challengedOn("2026-03-10", "2026-03-16"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE.ruling_late");
      assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-03-15"));
      assertThat(f.events()).containsExactly("ch", "ruling");
    });
  }

  @Test
  void theRulingClockRunsFromTheHearingOfficersReceipt() {
    Case c = caseBuilder()
        .addEvents(parentComplaint("2026-03-02"),
            Request.builder().id("ch").kind(RequestKind.SUFFICIENCY_CHALLENGE).filedBy(LEA).relatesTo("dp")
                .at(at("2026-03-10")).build(),
            Receipt.builder().id("ho").request("ch").recipient(Recipient.HEARING_OFFICER).at(at("2026-03-12")).build(),
            decision("ruling", DecisionKind.SUFFICIENCY_RULING, "ch", "2026-03-17"))
        .build();
    Evaluation e = US.evaluate(c);
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID).get(1).triggerDate()).isEqualTo(d("2026-03-12"));
    assertThat(e.deadlines(ID).get(1).trigger()).as("named by the receipt that dates it").isEqualTo("ho");
  }

  @Test
  void noChallengeDoesNotFireAndTheOptionalDeadlineDisappearsAfterDay15() {
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02")).build();
    assertThat(US.evaluate(c, d("2026-03-17")).deadlines(ID)).singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(DeadlineStatus.PENDING));
    Evaluation after = US.evaluate(c, d("2026-03-18"));
    assertThat(after.deadlines(ID)).isEmpty();
    assertThat(after.findings(ID)).isEmpty();
  }

  @Test
  void aMissingRulingIsAViolationOnceDay5Passes() {
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02"), challenge("2026-03-10")).build();
    assertThat(US.evaluate(c, d("2026-03-15")).findings(ID)).isEmpty();
    assertThat(US.evaluate(c, d("2026-03-16")).findings(ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE.ruling_missed");
          assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-03-15"));
        });
  }

  @Test
  void plans() {
    assertThat(US.plan(ProposedAct.SUFFICIENCY_CHALLENGE, d("2026-12-20")).latest()).contains(d("2027-01-04"));
    assertThat(US.plan(ProposedAct.SUFFICIENCY_RULING, d("2026-12-30")).latest()).contains(d("2027-01-04"));
  }
  @Test
  void aChallengeToAnotherComplaintDoesNotChallengeThisOne() {
    // two complaints received on 03-02 (due 03-17); only the second is challenged
    Request second = Request.builder().id("dp2").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy("parent")
        .filedWith(Recipient.LEA).at(at("2026-03-02", "11:00")).build();
    Request challengeOfSecond = Request.builder().id("ch2").kind(RequestKind.SUFFICIENCY_CHALLENGE).filedBy(LEA)
        .relatesTo("dp2").filedWith(Recipient.HEARING_OFFICER).at(at("2026-03-05")).build();
    Evaluation e = US.evaluate(caseBuilder().addEvents(parentComplaint("2026-03-02"), second, challengeOfSecond).build(),
        d("2026-03-18"));
    assertThat(e.deadlines(ID)).filteredOn(x -> x.action().key().endsWith(".challenge_deadline")).singleElement()
        .satisfies(x -> {
          assertThat(x.trigger()).isEqualTo("dp2");
          assertThat(x.satisfiedBy()).contains("ch2");
        });
    assertThat(notes(e, ID)).containsExactly("complaint dp: no sufficiency challenge by 2026-03-17; it is deemed sufficient");
  }

  @Test
  void aChallengeWithoutAHearingOfficersReceiptCountsFromTheDayItWasMadeAndIsNoted() {
    Request unreceived = Request.builder().id("ch").kind(RequestKind.SUFFICIENCY_CHALLENGE).filedBy(LEA)
        .relatesTo("dp").at(at("2026-03-10")).build();
    Evaluation e = US.evaluate(caseBuilder().addEvents(parentComplaint("2026-03-02"), unreceived).build(),
        d("2026-03-12"));
    assertThat(e.deadlines(ID)).filteredOn(x -> x.action().key().endsWith(".ruling_deadline")).singleElement()
        .satisfies(x -> assertThat(x.due()).isEqualTo(d("2026-03-15")));
    assertThat(notes(e, ID)).containsExactly(
        "challenge ch: no receipt by the hearing officer recorded; counted from the day it was made");
    assertThat(notes(US.evaluate(challengedOn("2026-03-17", "2026-03-22")), ID)).isEmpty();
  }

  @Test
  void anExpeditedComplaintHasNoSufficiencyChallenge() {
    // 300.532(a) and (c)(1) bring in 300.508(a)-(c) only: no 15-day challenge clock, no ruling clock
    Request expedited = Request.builder().id("dp").kind(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT).filedBy("parent")
        .filedWith(Recipient.LEA).at(at("2026-03-02")).build();
    Evaluation open = US.evaluate(caseBuilder().addEvents(expedited).build(), d("2026-03-05"));
    assertThat(open.deadlines(ID)).isEmpty();
    Evaluation challenged = US.evaluate(caseBuilder().addEvents(expedited, challenge("2026-03-30")).build(),
        d("2026-04-30"));
    assertThat(challenged.findings(ID)).isEmpty();
    assertThat(challenged.deadlines(ID)).isEmpty();
    assertThat(notes(challenged, ID)).singleElement().asString().contains("expedited complaint");
    // the same dates on an ordinary complaint: the challenge is late and the ruling missing
    assertThat(US.evaluate(caseBuilder().addEvents(parentComplaint("2026-03-02"), challenge("2026-03-30")).build(),
        d("2026-04-30")).findings(ID)).hasSize(2);
  }

  @Test
  void theResponseClockRunsForOrdinaryComplaintsOnly() {
    Request expedited = Request.builder().id("dp").kind(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT).filedBy("parent")
        .filedWith(Recipient.LEA).at(at("2026-03-02")).build();
    assertThat(US.evaluate(caseBuilder().addEvents(expedited).build(), d("2026-04-30"))
        .deadlines("IDEA.DUE_PROCESS.RESPONSE")).isEmpty();
    assertThat(US.evaluate(caseBuilder().addEvents(parentComplaint("2026-03-02")).build(), d("2026-04-30"))
        .deadlines("IDEA.DUE_PROCESS.RESPONSE")).hasSize(1);
  }
}
