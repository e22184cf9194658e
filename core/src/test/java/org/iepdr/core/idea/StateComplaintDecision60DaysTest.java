package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;
import org.junit.jupiter.api.Test;

class StateComplaintDecision60DaysTest {

  private static final String ID = "IDEA.STATE_COMPLAINT.DECISION_60_DAYS";

  private static Request complaint(String filed) {
    return Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT).at(at(filed)).build();
  }

  private static Decision decision(String date) {
    return Decision.builder().id("d").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc").at(at(date)).build();
  }

  private static Extension extension(String date, Extension.Reason reason, String newDue) {
    return Extension.builder().id("x").request("sc").reason(reason).newDueDate(LocalDate.parse(newDue))
        .at(at(date)).build();
  }

  private static Evaluation eval(CaseEvent... events) {
    return US.evaluate(caseBuilder().addEvents(events).build());
  }

  @Test
  void aDecisionOnDay60IsOnTime() {
    Evaluation e = eval(complaint("2026-03-02"), decision("2026-05-01"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(d -> {
      assertThat(d.triggerDate()).isEqualTo(LocalDate.of(2026, 3, 2));
      assertThat(d.due()).isEqualTo(LocalDate.of(2026, 5, 1));
      assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void aDecisionOnDay61IsAViolation() {
    Evaluation e = eval(complaint("2026-03-02"), decision("2026-05-02"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.STATE_COMPLAINT.DECISION_60_DAYS.late");
      assertThat(f.facts().date("issued")).contains(LocalDate.parse("2026-05-02"));
      assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-05-01"));
      assertThat(((Message) f.facts().get("filing").orElseThrow()).facts().date("filed"))
          .contains(LocalDate.parse("2026-03-02"));
      assertThat(f.events()).containsExactly("sc", "d");
    });
    assertThat(e.deadlines(ID).get(0).status()).isEqualTo(DeadlineStatus.MISSED);
  }

  @Test
  void aDecisionOnTheFilingDayIsOnTimeAndOneTheDayBeforeIsNot() {
    assertThat(eval(complaint("2026-03-02"), decision("2026-03-02")).findings(ID)).isEmpty();
    Evaluation e = eval(complaint("2026-03-02"), decision("2026-03-01"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo(
          "The written decision is dated 2026-03-01, before the state agency had the complaint on 2026-03-02.");
      assertThat(f.events()).containsExactly("sc", "d");
    });
    assertThat(e.deadlines(ID).get(0).window().earliest()).contains(LocalDate.of(2026, 3, 2));
  }

  @Test
  void aFilingNamesTheDayTheAgencyHadTheComplaintWhichCannotFollowTheFilingDate() {
    LocalDate monday = LocalDate.of(2026, 9, 14);
    assertThat(new StateComplaintDecision60Days.Filing(monday, "sc", "filed on 2026-09-14").received())
        .isEqualTo(monday);
    assertThat(new StateComplaintDecision60Days.Filing(monday, "rcpt", "words", monday.minusDays(2)).received())
        .isEqualTo(LocalDate.of(2026, 9, 12));
    assertThatThrownBy(() -> new StateComplaintDecision60Days.Filing(monday, "rcpt", "words", monday.plusDays(1)))
        .isInstanceOf(org.iepdr.core.InvalidInputException.class)
        .hasMessageContaining("received").hasMessageContaining("2026-09-15").hasMessageContaining("2026-09-14");
  }

  @Test
  void aDueDateOnASaturdayDoesNotRollToMonday() {
    assertThat(LocalDate.of(2026, 5, 2).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    Evaluation e = eval(complaint("2026-03-03"), decision("2026-05-04"));
    assertThat(e.deadlines(ID).get(0).due()).isEqualTo(LocalDate.of(2026, 5, 2));
    assertThat(e.findings(ID)).hasSize(1);
  }

  @Test
  void withoutADecisionTheDeadlineIsPendingThroughDay60AndMissedAfter() {
    Case c = caseBuilder().addEvents(complaint("2026-03-02")).build();
    assertThat(US.evaluate(c, LocalDate.of(2026, 5, 1)).deadlines(ID).get(0).status())
        .isEqualTo(DeadlineStatus.PENDING);
    assertThat(US.evaluate(c, LocalDate.of(2026, 5, 1)).findings(ID)).isEmpty();
    assertThat(US.evaluate(c, LocalDate.of(2026, 5, 2)).findings(ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("IDEA.STATE_COMPLAINT.DECISION_60_DAYS.missed");
          assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-05-01"));
        });
  }

  @Test
  void anExtensionForExceptionalCircumstancesMovesTheDueDate() {
    Evaluation e = eval(complaint("2026-03-02"),
        extension("2026-04-20", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES, "2026-05-29"), decision("2026-05-29"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID).get(0).due()).isEqualTo(LocalDate.of(2026, 5, 29));
  }

  @Test
  void aDecisionAfterTheExtendedDateIsAViolationNamingIt() {
    Evaluation e = eval(complaint("2026-03-02"),
        extension("2026-04-20", Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR, "2026-05-29"), decision("2026-05-30"));
    assertThat(e.findings(ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("IDEA.STATE_COMPLAINT.DECISION_60_DAYS.late_extended");
          assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-05-29"));
        });
  }

  @Test
  void anExtensionOnAnotherGroundDoesNotMoveTheDueDateAndIsReported() {
    Evaluation e = eval(complaint("2026-03-02"), extension("2026-04-20", Extension.Reason.OTHER, "2026-05-29"),
        decision("2026-05-20"));
    assertThat(e.deadlines(ID).get(0).due()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(e.findings(ID)).hasSize(2)
        .anySatisfy(f -> {
          assertThat(f.message()).contains("does not move").contains("exceptional circumstances");
          assertThat(f.events()).containsExactly("sc", "x");
        })
        .anySatisfy(f -> assertThat(f.facts().date("issued")).contains(LocalDate.parse("2026-05-20")));
  }

  @Test
  void aHearingOfficerExtensionDoesNotApplyToStateComplaints() {
    Evaluation e = eval(complaint("2026-03-02"),
        extension("2026-04-20", Extension.Reason.HEARING_OFFICER_SPECIFIC, "2026-05-29"), decision("2026-04-30"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.message()).contains("does not move"));
    assertThat(e.deadlines(ID).get(0).status()).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void anExtensionGrantedAfterTheDueDatePassedIsNotApplied() {
    Evaluation e = eval(complaint("2026-03-02"),
        extension("2026-05-05", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES, "2026-05-29"), decision("2026-05-20"));
    assertThat(e.deadlines(ID).get(0).due()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(e.deadlines(ID).get(0).outcome()).isEqualTo(org.iepdr.core.rules.DeadlineOutcome.MISSED);
    // the late decision, and the extension granted after the due date had passed (a warning: no source
    // found says an expired time limit cannot be extended, so the deadline stays as counted)
    assertThat(e.findings(ID)).extracting(f -> f.key()).containsExactly(
        "IDEA.STATE_COMPLAINT.DECISION_60_DAYS.extension_after_due", "IDEA.STATE_COMPLAINT.DECISION_60_DAYS.late");
    assertThat(e.findings(ID).get(0).kind()).isEqualTo(org.iepdr.core.rules.FindingKind.WARNING);
  }

  @Test
  void aWithdrawnComplaintNeedsNoDecision() {
    Evaluation e = US.evaluate(caseBuilder().addEvents(complaint("2026-03-02"), Withdrawal.builder().id("w")
        .request("sc").by(PARENT).from(Withdrawal.From.REQUEST).at(at("2026-03-20")).build()).build(),
        LocalDate.of(2026, 7, 1));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(d -> {
      assertThat(d.outcome()).isEqualTo(org.iepdr.core.rules.DeadlineOutcome.NOT_APPLICABLE);
      assertThat(d.notApplicable()).contains(org.iepdr.core.rules.NotApplicable.of(
          org.iepdr.core.rules.NotApplicable.Reason.WITHDRAWN, "w"));
    });
  }

  @Test
  void planGivesDay60EvenOnASaturday() {
    assertThat(US.plan(ProposedAct.STATE_COMPLAINT_DECISION, LocalDate.of(2026, 3, 3)).latest())
        .contains(LocalDate.of(2026, 5, 2));
  }

  /** A state that files late-evening complaints the next day overrides only the filing date. */
  @Test
  void aStateSubclassMovesTheClockThroughTheFilingDateAlone() {
    Rule nextDay = new StateComplaintDecision60Days() {
      @Override
      protected Filing filing(RuleContext ctx, Request complaint) {
        LocalDate next = ctx.date(complaint).plusDays(1);
        return new Filing(next, complaint.id(), "filed on " + next);
      }
    };
    RuleModule xx = new RuleModule() {
      @Override
      public String jurisdiction() {
        return "XX";
      }

      @Override
      public String name() {
        return "test state";
      }

      @Override
      public ZoneId zone() {
        return ZoneId.of("America/New_York");
      }

      @Override
      public HolidayCalendar holidays() {
        return FederalHolidays.calendar();
      }

      @Override
      public List<Rule> rules() {
        return List.of(nextDay);
      }
    };
    Case c = caseBuilder().state("XX").addEvents(complaint("2026-03-02"), decision("2026-05-02")).build();
    Evaluation e = RuleBook.of(new IdeaModule(), xx).jurisdiction("XX").evaluate(c);
    assertThat(e.deadlines(ID)).singleElement().satisfies(d -> {
      assertThat(d.triggerDate()).isEqualTo(LocalDate.of(2026, 3, 3));
      assertThat(d.due()).isEqualTo(LocalDate.of(2026, 5, 2));
      assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  /** For any filing date the due date is filing + 60 calendar days, in the evaluation and in the plan. */
  @Property
  void theDueDateIsTheFilingDatePlus60(@ForAll @IntRange(min = 0, max = 30000) int offset) {
    LocalDate filed = LocalDate.of(2001, 1, 1).plusDays(offset);
    Evaluation e = eval(complaint(filed.toString()));
    assertThat(e.deadlines(ID)).singleElement().satisfies(d -> assertThat(d.due()).isEqualTo(filed.plusDays(60)));
    assertThat(US.plan(ProposedAct.STATE_COMPLAINT_DECISION, filed).latest()).contains(filed.plusDays(60));
  }

  /** A later filing never gives an earlier due date. */
  @Property
  void aLaterFilingNeverGivesAnEarlierDueDate(@ForAll @IntRange(min = 0, max = 30000) int offset,
      @ForAll @IntRange(min = 0, max = 400) int later) {
    LocalDate first = LocalDate.of(2001, 1, 1).plusDays(offset);
    LocalDate second = first.plusDays(later);
    LocalDate due1 = US.plan(ProposedAct.STATE_COMPLAINT_DECISION, first).latest().orElseThrow();
    LocalDate due2 = US.plan(ProposedAct.STATE_COMPLAINT_DECISION, second).latest().orElseThrow();
    assertThat(due2).isAfterOrEqualTo(due1);
  }
  @Test
  void anExtensionGrantedAfterTheDueDateIsNotedAsNotApplied() {
    Evaluation e = eval(complaint("2026-03-02"),
        extension("2026-05-05", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES, "2026-05-29"), decision("2026-05-20"));
    assertThat(notes(e, ID)).isEmpty();
    assertThat(e.deadlines(ID).get(0).changes()).containsExactly(new org.iepdr.core.rules.ClockChange(
        org.iepdr.core.rules.ClockChange.Kind.EXTENSION_REFUSED, "x", LocalDate.of(2026, 5, 5)));
  }

  @Test
  void aWithdrawnComplaintIsNoted() {
    Evaluation e = US.evaluate(caseBuilder().addEvents(complaint("2026-03-02"), Withdrawal.builder().id("w")
        .request("sc").by(PARENT).from(Withdrawal.From.REQUEST).at(at("2026-03-20")).build()).build(),
        LocalDate.of(2026, 7, 1));
    assertThat(notes(e, ID)).containsExactly(
        "request sc: withdrawn on 2026-03-20, on or before the due date 2026-05-01; the clock no longer applies");
  }

  @Test
  void onlyAWithdrawalOfTheComplaintByItsDueDateEndsTheDutyToDecide() {
    // due 2026-05-01 (60 days after 03-02); withdrawing from mediation, or withdrawing after the due date, leaves
    // the decision that was due
    for (Withdrawal w : List.of(
        Withdrawal.builder().id("w").request("sc").by(PARENT).from(Withdrawal.From.MEDIATION).at(at("2026-03-20")).build(),
        Withdrawal.builder().id("w").request("sc").by(PARENT).from(Withdrawal.From.REQUEST).at(at("2026-05-02")).build())) {
      Evaluation e = US.evaluate(caseBuilder().addEvents(complaint("2026-03-02"), w).build(), LocalDate.of(2026, 7, 1));
      assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
          "No written decision was issued by the due date 2026-05-01, 60 days after the complaint was filed on"
              + " 2026-03-02."));
    }
    Evaluation onTheDueDate = US.evaluate(caseBuilder().addEvents(complaint("2026-03-02"), Withdrawal.builder()
        .id("w").request("sc").by(PARENT).from(Withdrawal.From.REQUEST).at(at("2026-05-01")).build()).build(),
        LocalDate.of(2026, 7, 1));
    assertThat(onTheDueDate.findings(ID)).isEmpty();
  }
}
