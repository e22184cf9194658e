package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.DESE;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;
import static org.iepdr.rules.missouri.MoFixtures.d;

import java.time.LocalDate;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.time.DayCounter;
import org.junit.jupiter.api.Test;

class ChildComplaintAndDueProcessTest {

  private static final String FILING = "MO.CHILD_COMPLAINT.FILING_DATE";
  /**
   * The decision deadline keeps the federal clock's id and names the Missouri rule that shaped its day 0
   * ({@code shapedBy}); the findings keep the Missouri rule's id.
   */
  private static final String FILING_DEADLINE = "IDEA.STATE_COMPLAINT.DECISION_60_DAYS";
  private static final String AHC = "MO.DUE_PROCESS.COMMISSIONER_15_DAYS";
  private static final DayCounter COUNTER = MO.counter();

  private static LocalDate filed(String date, String time) {
    return ChildComplaintFilingDate.of(at(date, time), COUNTER);
  }

  // ------------------------------------------------------------ the filing-date function

  @Test
  void withinBusinessHoursIsFiledThatDay() {
    assertThat(filed("2026-03-10", "08:00")).isEqualTo(d("2026-03-10"));
    assertThat(filed("2026-03-10", "16:30")).isEqualTo(d("2026-03-10")); // 4:30 PM exactly is within
  }

  @Test
  void afterHalfPastFourIsFiledTheNextBusinessDay() {
    assertThat(filed("2026-03-10", "16:30:01")).isEqualTo(d("2026-03-11"));
    assertThat(filed("2026-03-10", "23:59")).isEqualTo(d("2026-03-11"));
  }

  @Test
  void beforeEightOnABusinessDayIsFiledThatDay() {
    assertThat(filed("2026-03-10", "07:30")).isEqualTo(d("2026-03-10"));
    assertThat(filed("2026-03-10", "00:00")).isEqualTo(d("2026-03-10"));
  }

  @Test
  void acrossAWeekend() {
    assertThat(filed("2026-03-13", "16:31")).isEqualTo(d("2026-03-16")); // Friday evening -> Monday
    assertThat(filed("2026-03-14", "10:00")).isEqualTo(d("2026-03-16")); // Saturday -> Monday
  }

  @Test
  void acrossMissouriHolidays() {
    assertThat(filed("2026-05-07", "17:00")).isEqualTo(d("2026-05-11")); // Truman Day Fri 05-08, weekend
    assertThat(filed("2026-02-11", "16:45")).isEqualTo(d("2026-02-13")); // Lincoln Day Thu 02-12
    assertThat(filed("2026-02-12", "09:00")).isEqualTo(d("2026-02-13")); // received on Lincoln Day
  }

  @Test
  void hoursAreCentralTimeAcrossDst() {
    // 2026-03-09 (Monday after the spring change): 16:30 CDT is within, 16:31 CDT is not
    assertThat(filed("2026-03-09", "16:30")).isEqualTo(d("2026-03-09"));
    assertThat(filed("2026-03-09", "16:31")).isEqualTo(d("2026-03-10"));
    assertThat(ChildComplaintFilingDate.withinBusinessHours(at("2026-11-02", "08:00"), COUNTER)).isTrue();
    assertThat(ChildComplaintFilingDate.withinBusinessHours(at("2026-11-02", "07:59"), COUNTER)).isFalse();
  }

  // ------------------------------------------------------------ the 60-day decision clock

  private static Case complaint(String date, String time, String decided) {
    var b = caseBuilder().addEvents(Request.builder().id("cc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .at(at(date, time)).build());
    if (decided != null) {
      b.addEvents(Decision.builder().id("dec").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("cc")
          .at(at(decided)).build());
    }
    return b.build();
  }

  @Test
  void theClockStartsOnTheFilingDateNotTheReceiptDate() {
    // received Friday 2026-03-13 at 17:00 -> filed Monday 03-16 -> due 05-15
    Evaluation e = MO.evaluate(complaint("2026-03-13", "17:00", "2026-05-15"));
    assertThat(e.findings(FILING)).isEmpty();
    assertThat(e.deadlines(FILING_DEADLINE)).singleElement().satisfies(dl -> {
      assertThat(dl.triggerDate()).isEqualTo(d("2026-03-16"));
      assertThat(dl.due()).isEqualTo(d("2026-05-15"));
      assertThat(dl.status()).isEqualTo(DeadlineStatus.MET);
    });
    assertThat(e.deadlines(FILING_DEADLINE)).singleElement()
        .satisfies(dl -> assertThat(dl.shapedBy()).extracting(Object::toString).containsExactly(FILING));
  }

  @Test
  void aDecisionOneDayLateIsAViolation() {
    Evaluation e = MO.evaluate(complaint("2026-03-13", "17:00", "2026-05-16"));
    assertThat(e.findings(FILING)).singleElement().satisfies(f -> {
      // the wording is what is checked here: the moved filing date says why it moved (after 4:30 PM, then
      // the weekend); the dates themselves are the deadline's (theClockStartsOnTheFilingDateNotTheReceiptDate)
      assertThat(f.message()).contains("after the due date 2026-05-15, 60 days after the complaint was received at"
          + " 2026-03-13 17:00 CDT, after DESE's business hours end at 4:30 PM, and so filed on 2026-03-16, the next"
          + " business day after the weekend.");
      assertThat(f.events()).containsExactly("cc", "dec");
    });
  }

  /** Why a filing date moved, as the trace and the 60-day finding say it. */
  private static String movedBecause(String date, String time) {
    Evaluation e = MO.evaluate(complaint(date, time, null));
    return org.iepdr.core.testing.Traces.entry(e, FILING).notes().stream()
        .filter(n -> n.startsWith("complaint cc: received")).findFirst().orElseThrow();
  }

  @Test
  void aMovedFilingDateSaysWhyItMoved() {
    // Tuesday 16:31: after hours, Wednesday is a business day
    assertThat(movedBecause("2026-03-03", "16:31")).isEqualTo("complaint cc: received at 2026-03-03 16:31 CST, after"
        + " DESE's business hours end at 4:30 PM, and so filed on 2026-03-04, the next business day");
    // Wednesday 2026-02-11 after hours: Thursday is Lincoln Day, named by Missouri's holiday calendar
    assertThat(movedBecause("2026-02-11", "17:00")).isEqualTo("complaint cc: received at 2026-02-11 17:00 CST, after"
        + " DESE's business hours end at 4:30 PM, and so filed on 2026-02-13, the next business day after Lincoln Day"
        + " on 2026-02-12");
    // received on the holiday itself, in the morning: DESE was closed that day
    assertThat(movedBecause("2026-02-12", "10:00")).isEqualTo("complaint cc: received on 2026-02-12, when DESE was"
        + " closed for Lincoln Day on 2026-02-12, and so filed on 2026-02-13, the next business day");
    // received on a Saturday
    assertThat(movedBecause("2026-03-14", "09:00")).isEqualTo("complaint cc: received on 2026-03-14, when DESE was"
        + " closed for the weekend, and so filed on 2026-03-16, the next business day");
    // Friday 2026-07-02 after hours: Independence Day (a Saturday) is observed on Friday 07-03, then the weekend
    assertThat(movedBecause("2026-07-02", "17:00")).startsWith("complaint cc: received at 2026-07-02 17:00 CDT, after"
        + " DESE's business hours end at 4:30 PM, and so filed on 2026-07-06, the next business day after Independence")
        .endsWith(" on 2026-07-03 and the weekend");
  }

  /**
   * Regression (found by the simulation property): a complaint received on Saturday 2026-09-12 is filed
   * Monday 09-14; a decision issued that Saturday is early, not "after the due date 2026-11-13".
   */
  @Test
  void aDecisionBetweenTheReceiptAndTheFilingDateIsOnTime() {
    Evaluation e = MO.evaluate(complaint("2026-09-12", "09:00", "2026-09-12"));
    assertThat(e.findings(FILING)).isEmpty();
    assertThat(e.deadlines(FILING_DEADLINE)).singleElement().satisfies(dl -> {
      assertThat(dl.triggerDate()).isEqualTo(d("2026-09-14"));
      assertThat(dl.window().earliest()).contains(d("2026-09-12"));
      assertThat(dl.due()).isEqualTo(d("2026-11-13"));
      assertThat(dl.status()).isEqualTo(DeadlineStatus.MET);
    });
    // received Friday evening, filed Monday 03-16, decided Saturday 03-14: early, not late
    assertThat(MO.evaluate(complaint("2026-03-13", "17:00", "2026-03-14")).findings(FILING)).isEmpty();
  }

  @Test
  void aDecisionDatedBeforeTheComplaintWasMadeIsReportedAsSuch() {
    Evaluation e = MO.evaluate(complaint("2026-09-12", "09:00", "2026-09-11"));
    assertThat(e.findings(FILING)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo(
          "The written decision is dated 2026-09-11, before the state agency had the complaint on 2026-09-12.");
      assertThat(f.events()).containsExactly("cc", "dec");
    });
  }

  @Test
  void noDecisionIsPendingThenMissed() {
    Case c = complaint("2026-03-13", "10:00", null);
    assertThat(MO.evaluate(c, d("2026-05-12")).deadlines(FILING_DEADLINE).get(0).status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(MO.evaluate(c, d("2026-05-13")).findings(FILING)).hasSize(1);
  }

  @Test
  void anExtensionForMediationMovesTheDueDate() {
    Case c = caseBuilder().addEvents(Request.builder().id("cc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
            .at(at("2026-03-13", "10:00")).build())
        .addEvents(Extension.builder().id("ext").request("cc").reason(Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR)
            .newDueDate(d("2026-06-30")).at(at("2026-04-01")).build())
        .build();
    assertThat(MO.evaluate(c, d("2026-06-01")).findings(FILING)).isEmpty();
    assertThat(MO.evaluate(c, d("2026-07-01")).findings(FILING)).hasSize(1);
  }

  @Test
  void receiptByDeseCountsWhenFiledElsewhere() {
    Case c = caseBuilder().addEvents(Request.builder().id("cc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
            .filedWith(Recipient.LEA).at(at("2026-03-10")).build())
        .addEvents(Receipt.builder().id("dese-rcpt").request("cc").recipient(Recipient.STATE_AGENCY)
            .at(at("2026-03-12", "16:45")).build())
        .build();
    assertThat(MO.evaluate(c).deadlines(FILING_DEADLINE).get(0)).satisfies(dl -> {
      assertThat(dl.trigger()).isEqualTo("dese-rcpt");
      assertThat(dl.triggerDate()).isEqualTo(d("2026-03-13"));
    });
  }

  @Test
  void planForTheDecision() {
    assertThat(MO.plan(ProposedAct.STATE_COMPLAINT_DECISION, d("2026-03-16")).latest()).contains(d("2026-05-15"));
  }

  // ------------------------------------------------------------ commissioner within 15 days

  private static Case dueProcess(String ahcNotice, String assigned) {
    var b = caseBuilder()
        .addParticipants(Participant.builder().id("comm").role(ParticipantRole.HEARING_OFFICER).build())
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
            .at(at("2026-04-01")).build())
        .addEvents(Receipt.builder().id("ahc").request("dp").recipient(Recipient.HEARING_BODY).sentBy(DESE)
            .at(at(ahcNotice)).build());
    if (assigned != null) {
      b.addEvents(Appointment.builder().id("assign").participant("comm").request("dp").at(at(assigned)).build());
    }
    return b.build();
  }

  @Test
  void anAssignmentDatedBeforeTheCommissionHadNoticeIsReportedAsSuchNotAsLate() {
    // the Commission cannot accept a complaint directly: it learns of it only through DESE's notice
    Evaluation e = MO.evaluate(dueProcess("2026-04-03", "2026-04-02"));
    assertThat(e.findings(AHC)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("The commissioner's assignment is dated 2026-04-02, before the Administrative"
          + " Hearing Commission received notice of the complaint on 2026-04-03.");
      assertThat(f.events()).containsExactly("ahc", "assign");
    });
    assertThat(e.deadlines(AHC)).singleElement().satisfies(dl -> {
      assertThat(dl.window().earliest()).contains(d("2026-04-03"));
      assertThat(dl.doneBeforeWindow()).isTrue();
    });
    assertThat(MO.evaluate(dueProcess("2026-04-03", "2026-04-03")).findings(AHC)).isEmpty();
  }

  @Test
  void commissionerOnDay15IsOnTimeDay16IsLate() {
    Evaluation e = MO.evaluate(dueProcess("2026-04-03", "2026-04-18"));
    assertThat(e.findings(AHC)).isEmpty();
    assertThat(e.deadlines(AHC).get(0).due()).isEqualTo(d("2026-04-18"));
    assertThat(MO.evaluate(dueProcess("2026-04-03", "2026-04-19")).findings(AHC)).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("ahc", "assign"));
  }

  @Test
  void calendarDaysRunThroughHolidays() {
    // notice 2026-05-01; Truman Day 05-08 does not stop the clock: due 05-16 (a Saturday, no roll)
    assertThat(MO.evaluate(dueProcess("2026-05-01", null), d("2026-05-16")).deadlines(AHC).get(0).status())
        .isEqualTo(DeadlineStatus.PENDING);
    assertThat(MO.evaluate(dueProcess("2026-05-01", null), d("2026-05-17")).findings(AHC)).hasSize(1);
  }

  @Test
  void aComplaintFiledWithTheAhcItselfIsFlagged() {
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(PARENT).filedWith(Recipient.HEARING_BODY).at(at("2026-04-01")).build()).build();
    assertThat(MO.evaluate(c).findings(AHC)).anySatisfy(f -> assertThat(f.message()).contains("filed with DESE"));
    Case viaDese = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(LEA).at(at("2026-04-01")).build()).build();
    assertThat(MO.evaluate(viaDese).findings(AHC)).isEmpty();
  }

  @Test
  void planForTheCommissioner() {
    assertThat(MO.plan(ProposedAct.HEARING_OFFICER_ASSIGNMENT, d("2026-04-03")).latest()).contains(d("2026-04-18"));
  }
}
