package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;
import static org.iepdr.rules.missouri.MoFixtures.d;

import java.time.DayOfWeek;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.time.LastDayRule;
import org.junit.jupiter.api.Test;

/**
 * Missouri's statutory periods are computed under RSMo 1.040: first day excluded, last included, a
 * last day on a Sunday excluded (so the period ends on the Monday); a Saturday or a holiday stays.
 */
class Rsmo1040Test {

  private static final Participant MEDIATOR =
      Participant.builder().id("med").role(ParticipantRole.MEDIATOR).onStateList(true).build();

  private static Case session(String selected, String session) {
    return caseBuilder().addParticipants(MEDIATOR)
        .addEvents(Request.builder().id("mr").kind(RequestKind.MEDIATION).filedBy(PARENT).at(at(selected)).build())
        .addEvents(Appointment.builder().id("ap").participant("med").request("mr").addSelectedBy(PARENT, LEA)
            .at(at(selected)).build())
        .addEvents(Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION).request("mr")
            .status(Meeting.Status.HELD).at(at(session)).build())
        .build();
  }

  private static Deadline schedule(Evaluation e) {
    return e.deadlines(MediationSchedule15Days.ID).get(0);
  }

  @Test
  void aLastDayOnASundayMovesToTheMonday() {
    // selected Saturday 2026-02-14: day 15 is Sunday 03-01, excluded; the last day is Monday 03-02
    assertThat(d("2026-03-01").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    Evaluation monday = MO.evaluate(session("2026-02-14", "2026-03-02"));
    assertThat(schedule(monday).due()).isEqualTo(d("2026-03-02"));
    assertThat(schedule(monday).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(schedule(monday).lastDayRule()).isEqualTo(LastDayRule.RSMO_1_040);
    assertThat(monday.findings(MediationSchedule15Days.ID)).isEmpty();
    Evaluation tuesday = MO.evaluate(session("2026-02-14", "2026-03-03"));
    assertThat(schedule(tuesday).status()).isEqualTo(DeadlineStatus.MISSED);
    assertThat(tuesday.findings(MediationSchedule15Days.ID)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("after 2026-03-02"));
  }

  @Test
  void aLastDayOnASaturdayStays() {
    // selected Friday 2026-02-13: day 15 is Saturday 02-28, which RSMo 1.040 does not exclude
    assertThat(d("2026-02-28").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    Evaluation saturday = MO.evaluate(session("2026-02-13", "2026-02-28"));
    assertThat(schedule(saturday).due()).isEqualTo(d("2026-02-28"));
    assertThat(saturday.findings(MediationSchedule15Days.ID)).isEmpty();
    assertThat(MO.evaluate(session("2026-02-13", "2026-03-02")).findings(MediationSchedule15Days.ID)).hasSize(1);
  }

  @Test
  void aLastDayOnAHolidayStays() {
    // selected Thursday 2026-04-23: day 15 is Friday 05-08, Truman Day, a Missouri holiday; 1.040 names
    // Sunday only, so the last day stays on the holiday and Monday 05-11 is late
    Evaluation holiday = MO.evaluate(session("2026-04-23", "2026-05-08"));
    assertThat(schedule(holiday).due()).isEqualTo(d("2026-05-08"));
    assertThat(holiday.findings(MediationSchedule15Days.ID)).isEmpty();
    assertThat(MO.evaluate(session("2026-04-23", "2026-05-11")).findings(MediationSchedule15Days.ID)).hasSize(1);
  }

  private static Case completion(String agreed, String ended) {
    return caseBuilder()
        .addEvents(Request.builder().id("mr").kind(RequestKind.MEDIATION).filedBy(PARENT).at(at(agreed)).build())
        .addEvents(Agreement.builder().id("tm").kind(AgreementKind.TO_MEDIATE).request("mr")
            .addSignatories(PARENT, LEA).at(at(agreed)).build())
        .addEvents(Agreement.builder().id("ma").kind(AgreementKind.MEDIATION_AGREEMENT).request("mr")
            .addSignatories(PARENT, LEA).at(at(ended)).build())
        .build();
  }

  @Test
  void thirtyDaysEndingOnASundayEndOnTheMonday() {
    // agreed Friday 2026-09-11: day 30 is Sunday 10-11; the last day is Monday 10-12
    Evaluation monday = MO.evaluate(completion("2026-09-11", "2026-10-12"));
    Deadline d = monday.deadlines(MediationComplete30Days.ID).get(0);
    assertThat(d.due()).isEqualTo(d("2026-10-12"));
    assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(d.lastDayRule()).isEqualTo(LastDayRule.RSMO_1_040);
    assertThat(MO.evaluate(completion("2026-09-11", "2026-10-13")).findings(MediationComplete30Days.ID)).hasSize(1);
  }

  @Test
  void plansUseTheSameLastDay() {
    // triggers on Saturday 2026-02-14 (15 days: Sunday 03-01) and Friday 2026-09-11 (30 days: Sunday 10-11)
    assertThat(MO.plan(ProposedAct.MEDIATION_SESSION, d("2026-02-14")).latest()).contains(d("2026-03-02"));
    assertThat(MO.plan(ProposedAct.HEARING_OFFICER_ASSIGNMENT, d("2026-02-14")).latest()).contains(d("2026-03-02"));
    assertThat(MO.plan(ProposedAct.MEDIATION_COMPLETION, d("2026-09-11")).latest()).contains(d("2026-10-12"));
    assertThat(MO.plan(ProposedAct.HEARING_OFFICER_ASSIGNMENT, d("2026-02-13")).latest()).contains(d("2026-02-28"));
  }

  @Test
  void theCatalogueNamesTheCountingRuleAndCitesTheSection() {
    for (var id : java.util.List.of(MediationSchedule15Days.ID, MediationComplete30Days.ID,
        DueProcessCommissioner15Days.ID)) {
      var descriptor = MO.rule(id).orElseThrow().descriptor();
      assertThat(descriptor.counting()).contains("RSMo 1.040").contains("Sunday");
      assertThat(descriptor.citations()).anySatisfy(c -> {
        assertThat(c.section()).isEqualTo("1.040");
        assertThat(c.quote()).contains("excluding the first day and including the last")
            .contains("If the last day is Sunday it shall be excluded");
      });
    }
  }

  @Test
  void theLastDayRuleMovesOnlySundays() {
    assertThat(LastDayRule.RSMO_1_040.lastDay(d("2026-03-01"))).isEqualTo(d("2026-03-02"));
    assertThat(LastDayRule.RSMO_1_040.lastDay(d("2026-02-28"))).isEqualTo(d("2026-02-28"));
    assertThat(LastDayRule.RSMO_1_040.lastDay(d("2026-03-02"))).isEqualTo(d("2026-03-02"));
    assertThat(LastDayRule.AS_COUNTED.lastDay(d("2026-03-01"))).isEqualTo(d("2026-03-01"));
  }
}
