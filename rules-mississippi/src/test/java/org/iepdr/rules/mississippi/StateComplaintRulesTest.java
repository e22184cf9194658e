package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MDE;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;
import static org.iepdr.rules.mississippi.MsFixtures.d;

import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleId;
import org.junit.jupiter.api.Test;

/** MS.STATE_COMPLAINT.*: forwarding within 3 business days; the decision clock from the filing date. */
class StateComplaintRulesTest {

  private static final String FORWARD = "MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS";
  private static final String DECISION = "MS.STATE_COMPLAINT.DECISION_FROM_FILING";
  /** The deadline keeps the federal clock's id and names the Mississippi rule that shaped it. */
  private static final String DECISION_DEADLINE = "IDEA.STATE_COMPLAINT.DECISION_60_DAYS";

  private static Request complaint(String date) {
    return Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT).at(at(date)).build();
  }

  private static Receipt forwarded(String date) {
    return Receipt.builder().id("fwd").request("sc").recipient(Recipient.LEA).via(Receipt.Via.FORWARDED).sentBy(MDE)
        .at(at(date)).build();
  }

  // --- forwarding: Thursday 2026-04-23; Friday is day 1; Monday 04-27 is Confederate Memorial Day (MS only);
  //     Tuesday is day 2; Wednesday 2026-04-29 is day 3.

  @Test
  void forwardingAcrossAWeekendAndConfederateMemorialDayIsDueOnTheThirdBusinessDay() {
    Evaluation e = MS.evaluate(caseBuilder().addEvents(complaint("2026-04-23"), forwarded("2026-04-29")).build());
    assertThat(e.findings(FORWARD)).isEmpty();
    assertThat(e.deadlines(FORWARD)).singleElement().satisfies(dl -> {
      assertThat(dl.due()).isEqualTo(d("2026-04-29"));
      assertThat(dl.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void forwardingOneBusinessDayLateIsAWarning() {
    Evaluation e = MS.evaluate(caseBuilder().addEvents(complaint("2026-04-23"), forwarded("2026-04-30")).build());
    assertThat(e.findings(FORWARD)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo("MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS.late");
      assertThat(f.facts().date("forwarded")).contains(d("2026-04-30"));
      assertThat(f.facts().date("due")).contains(d("2026-04-29"));
      assertThat(f.facts().date("received")).contains(d("2026-04-23"));
      assertThat(f.events()).containsExactly("sc", "fwd");
    });
  }

  @Test
  void aForwardedCopyDatedBeforeMdeReceivedTheComplaintIsReportedAsSuchNotAsLate() {
    // MDE can forward only what it has: the complaint reached MDE on 04-24 (filed with the district 04-22)
    Request withTheDistrict = Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .filedWith(Recipient.LEA).at(at("2026-04-22")).build();
    Receipt mde = Receipt.builder().id("mde").request("sc").recipient(Recipient.STATE_AGENCY).at(at("2026-04-24"))
        .build();
    Evaluation before = MS.evaluate(caseBuilder().addEvents(withTheDistrict, mde, forwarded("2026-04-23")).build());
    assertThat(before.findings(FORWARD)).singleElement().satisfies(f -> {
      assertThat(f.message())
          .isEqualTo("The forwarded copy's receipt is dated 2026-04-23, before MDE received the complaint on 2026-04-24.");
      assertThat(f.events()).containsExactly("sc", "fwd");
    });
    assertThat(MS.evaluate(caseBuilder().addEvents(withTheDistrict, mde, forwarded("2026-04-24")).build())
        .findings(FORWARD)).isEmpty();
  }

  @Test
  void theMississippiHolidayMovesTheDeadlineTheFederalCalendarWouldNot() {
    // Under the federal calendar alone, the third business day after 2026-04-23 is Tuesday 04-28.
    assertThat(RuleBook.of(new IdeaModule()).jurisdiction("US").counter()
        .plus(d("2026-04-23"), org.iepdr.core.time.DayPeriod.businessDays(3))).isEqualTo(d("2026-04-28"));
    assertThat(MS.plan(ProposedAct.STATE_COMPLAINT_FORWARDING, d("2026-04-23")).latest()).contains(d("2026-04-29"));
  }

  @Test
  void aComplaintReceivedOnFridayBeforeJuly4WeekendSkipsTheFederalObservance() {
    // 2026-07-04 is a Saturday: federally observed Friday 07-03. Received Thursday 07-02:
    // Mon 07-06 (1), Tue 07-07 (2), Wed 07-08 (3).
    assertThat(MS.plan(ProposedAct.STATE_COMPLAINT_FORWARDING, d("2026-07-02")).latest()).contains(d("2026-07-08"));
  }

  @Test
  void theComplainantsOwnCopyIsNotMdesForwarding() {
    Receipt copy = Receipt.builder().id("copy").request("sc").recipient(Recipient.LEA).via(Receipt.Via.DELIVERED)
        .at(at("2026-04-23")).build();
    Evaluation e = MS.evaluate(caseBuilder().addEvents(complaint("2026-04-23"), copy).build(), d("2026-04-30"));
    assertThat(e.findings(FORWARD)).singleElement().satisfies(f -> assertThat(f.key())
        .isEqualTo("MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS.missed"));
    assertThat(MS.evaluate(caseBuilder().addEvents(complaint("2026-04-23"), copy).build(), d("2026-04-29"))
        .findings(FORWARD)).isEmpty();
  }

  // --- decision from filing

  private static Case filedAndVerified(String filed, String verified, String decided) {
    var b = caseBuilder().addEvents(complaint(filed), Receipt.builder().id("ver").request("sc")
        .recipient(Recipient.LEA).via(Receipt.Via.VERIFIED).at(at(verified)).build());
    if (decided != null) {
      b.addEvents(Decision.builder().id("dec").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc")
          .at(at(decided)).build());
    }
    return b.build();
  }

  @Test
  void decisionOnDay60FromFilingIsOnTime() {
    Evaluation e = MS.evaluate(filedAndVerified("2026-01-05", "2026-01-20", "2026-03-06"));
    assertThat(e.findings(DECISION)).isEmpty();
    assertThat(e.deadlines(DECISION_DEADLINE)).singleElement().satisfies(dl -> {
      assertThat(dl.shapedBy()).extracting(Object::toString).containsExactly(DECISION);
      assertThat(dl.triggerDate()).isEqualTo(d("2026-01-05"));
      assertThat(dl.due()).isEqualTo(d("2026-03-06"));
    });
  }

  @Test
  void decisionAfterFilingPlus60ButBeforeVerificationPlus60IsAViolation() {
    // filing + 60 = 2026-03-06; verification + 60 = 2026-03-21: a decision on 03-07 is the clock-rigging the seed names.
    Evaluation e = MS.evaluate(filedAndVerified("2026-01-05", "2026-01-20", "2026-03-07"));
    assertThat(e.findings(DECISION)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("2026-03-07", "2026-03-06", "2026-01-05", "verified receipt");
      assertThat(f.events()).containsExactly("sc", "dec");
    });
  }

  @Test
  void noDecisionIsPendingOnDay60AndMissedOnDay61() {
    Case c = filedAndVerified("2026-01-05", "2026-01-20", null);
    assertThat(MS.evaluate(c, d("2026-03-06")).findings(DECISION)).isEmpty();
    assertThat(MS.evaluate(c, d("2026-03-06")).deadlines(DECISION_DEADLINE).get(0).status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(MS.evaluate(c, d("2026-03-07")).findings(DECISION)).hasSize(1);
  }

  @Test
  void calendarDaysDoNotRollOffAWeekend() {
    // Filed Wednesday 2026-01-07: day 60 is Sunday 2026-03-08, and the deadline stays there.
    assertThat(d("2026-03-08").getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    assertThat(MS.plan(ProposedAct.STATE_COMPLAINT_DECISION, d("2026-01-07")).latest()).contains(d("2026-03-08"));
  }

  @Test
  void anAllowedExtensionMovesTheDeadlineAnOtherReasonDoesNot() {
    Case allowed = caseBuilder().addEvents(complaint("2026-01-05"), Extension.builder().id("x").request("sc")
        .reason(Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR).newDueDate(d("2026-04-06")).at(at("2026-02-20")).build(),
        Decision.builder().id("dec").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc").at(at("2026-04-01"))
            .build()).build();
    assertThat(MS.evaluate(allowed).findings(DECISION)).isEmpty();
    Case other = caseBuilder().addEvents(complaint("2026-01-05"), Extension.builder().id("x").request("sc")
        .reason(Extension.Reason.OTHER).newDueDate(d("2026-04-06")).at(at("2026-02-20")).build(),
        Decision.builder().id("dec").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc").at(at("2026-04-01"))
            .build()).build();
    // the unlawful extension is reported, and it does not save the late decision
    assertThat(MS.evaluate(other).findings(DECISION)).extracting(f -> f.message()).satisfiesExactly(
        m -> assertThat(m).contains("does not move the decision's due date 2026-03-06"),
        m -> assertThat(m).contains("issued on 2026-04-01, after the due date 2026-03-06"));
  }

  @Test
  void itReplacesTheFederalDecisionRuleSoThereIsOneDeadlineAndOneFinding() {
    assertThat(MS.rule(RuleId.of(DECISION)).orElseThrow().descriptor().replaces())
        .containsExactly(RuleId.of("IDEA.STATE_COMPLAINT.DECISION_60_DAYS"));
    assertThat(MS.rule(RuleId.of("IDEA.STATE_COMPLAINT.DECISION_60_DAYS"))).isEmpty();
    Evaluation e = MS.evaluate(filedAndVerified("2026-01-05", "2026-01-20", "2026-03-07"));
    assertThat(e.findings()).filteredOn(f -> f.ruleId().value().contains("DECISION")).hasSize(1);
    assertThat(e.deadlines()).filteredOn(dl -> dl.description().contains("decision")).hasSize(1);
  }
}
