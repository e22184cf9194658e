package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.time.DayPeriod;
import org.junit.jupiter.api.Test;

/**
 * Point-in-time law: which rule governs an act (the one in force on its date, a clock by its trigger
 * date), and which acts are known on the as-of date (none dated after it, but scheduled meetings).
 */
class PointInTimeTest {

  private static final LocalDate CHANGE = LocalDate.of(2021, 8, 28);

  /** The old law, up to the day before the change; flags every demand. */
  private static final Rule OLD = new RuleBookTest.FlagDemands("ZZ.OLD",
      EffectivePeriod.between(LocalDate.of(2000, 1, 1), CHANGE.minusDays(1)));
  /** The new law, from the change on; flags every demand. */
  private static final Rule NEW = new RuleBookTest.FlagDemands("ZZ.NEW", EffectivePeriod.from(CHANGE));

  /** Runs a 10-day clock from every demand, met by the first meeting held on or after it. */
  static final class Clock extends BaseRule {
    Clock(String id, EffectivePeriod period) {
      super(RuleDescriptor.builder().id(RuleId.of(id)).title("a clock").kind(FindingKind.VIOLATION)
          .addCitations(Citation.of(Authority.STATUTE, Force.DUTY, "test", "s.2", "A meeting follows a demand.")).inForce(period).build());
    }

    @Override
    public void evaluate(RuleContext ctx) {
      for (Demand d : ctx.events(Demand.class)) {
        LocalDate day0 = ctx.date(d);
        Meeting m = ctx.meetings(MeetingKind.IEP).stream().filter(x -> !ctx.date(x).isBefore(day0)).findFirst()
            .orElse(null);
        Deadline dl = ctx.deadline("meet").trigger(d).period(DayPeriod.calendarDays(10))
            .due(day0.plusDays(10)).satisfiedBy(m).report();
        if (dl.status() == DeadlineStatus.MISSED) {
          ctx.finding("late").events(d.id()).report();
        }
      }
    }
  }

  /** Flags every meeting, held or scheduled. */
  static final class FlagMeetings extends BaseRule {
    FlagMeetings() {
      super(RuleDescriptor.builder().id(RuleId.of("ZZ.MEETINGS")).title("flags meetings").kind(FindingKind.WARNING)
          .addCitations(Citation.of(Authority.STATUTE, Force.DUTY, "test", "s.3", "A meeting is flagged.")).build());
    }

    @Override
    public void evaluate(RuleContext ctx) {
      ctx.events(Meeting.class).forEach(m -> ctx.finding("meeting").text("id", m.id()).events(m.id()).report());
    }
  }

  private static Jurisdiction zz(Rule... rules) {
    return RuleBook.of(new IdeaModule(), new RuleBookTest.TestState(List.of(rules), Set.of(), "US"))
        .jurisdiction("ZZ");
  }

  private static Demand demand(String id, String date) {
    return Demand.builder().id(id).kind(Demand.Kind.MEDIATION_ORDERED).by(PARENT).at(at(date)).build();
  }

  private static Meeting meeting(String id, String date, Meeting.Status status) {
    return Meeting.builder().id(id).kind(MeetingKind.IEP).status(status).at(at(date)).build();
  }

  private static TraceEntry trace(Evaluation e, String id) {
    return e.trace().stream().filter(t -> t.ruleId().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aCaseStraddlingAChangeInForceIsJudgedActByAct() {
    Case c = caseBuilder().state("ZZ")
        .addEvents(demand("before", "2021-08-27"), demand("onTheDay", "2021-08-28"), demand("after", "2022-01-10"))
        .build();
    Evaluation e = zz(OLD, NEW).evaluate(c, LocalDate.of(2022, 2, 1));
    assertThat(e.findings("ZZ.OLD")).flatExtracting(Finding::events).containsExactly("before");
    assertThat(e.findings("ZZ.NEW")).flatExtracting(Finding::events).containsExactly("onTheDay", "after");
    // the trace says which rule id judged which acts, and which it left to the other
    assertThat(trace(e, "ZZ.OLD").events()).containsExactly("before");
    assertThat(trace(e, "ZZ.OLD").notes()).singleElement().asString()
        .contains("in force 2000-01-01 to 2021-08-27").contains("onTheDay (2021-08-28), after (2022-01-10)");
    assertThat(trace(e, "ZZ.NEW").events()).containsExactly("onTheDay", "after");
    assertThat(trace(e, "ZZ.NEW").notes()).singleElement().asString()
        .contains("in force 2021-08-28 to now").contains("before (2021-08-27)");
  }

  @Test
  void aRuleWhosePeriodCoversTheWholeCaseAddsNoNote() {
    Case c = caseBuilder().state("ZZ").addEvents(demand("after", "2022-01-10")).build();
    Evaluation e = zz(OLD, NEW).evaluate(c, LocalDate.of(2022, 2, 1));
    assertThat(trace(e, "ZZ.NEW").notes()).isEmpty();
    assertThat(trace(e, "ZZ.OLD").outcome()).isEqualTo(TraceEntry.Outcome.NOT_IN_FORCE);
    assertThat(e.findings("ZZ.NEW")).hasSize(1);
  }

  @Test
  void aBoundaryInsideTheCaseWithEveryActOnOneSideSaysSo() {
    Case c = caseBuilder().state("ZZ").addEvents(demand("after", "2022-01-10")).build();
    Evaluation e = zz(NEW).evaluate(c, LocalDate.of(2022, 2, 1));
    assertThat(trace(e, "ZZ.NEW").notes()).isEmpty();
    Case straddling = caseBuilder().state("ZZ").addEvents(meeting("m0", "2021-06-01", Meeting.Status.HELD),
        demand("after", "2022-01-10")).build();
    Evaluation s = zz(NEW).evaluate(straddling, LocalDate.of(2022, 2, 1));
    assertThat(trace(s, "ZZ.NEW").notes()).singleElement().asString()
        .contains("every act it spoke to lies in it");
    assertThat(s.findings("ZZ.NEW")).hasSize(1);
  }

  @Test
  void aClockIsGovernedByTheRuleInForceOnItsTriggerDateEvenWhenTheActComesLater() {
    Rule oldClock = new Clock("ZZ.CLOCK_OLD", EffectivePeriod.between(LocalDate.of(2000, 1, 1), CHANGE.minusDays(1)));
    Rule newClock = new Clock("ZZ.CLOCK_NEW", EffectivePeriod.from(CHANGE));
    // triggered the day before the change, met (late) after it
    Case c = caseBuilder().state("ZZ").addEvents(demand("d", "2021-08-27"),
        meeting("m", "2021-09-20", Meeting.Status.HELD)).build();
    Evaluation e = zz(oldClock, newClock).evaluate(c, LocalDate.of(2021, 10, 1));
    assertThat(e.deadlines("ZZ.CLOCK_OLD")).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.MISSED));
    assertThat(e.findings("ZZ.CLOCK_OLD")).hasSize(1);
    assertThat(e.deadlines("ZZ.CLOCK_NEW")).isEmpty();
    assertThat(e.findings("ZZ.CLOCK_NEW")).isEmpty();
    assertThat(trace(e, "ZZ.CLOCK_NEW").notes()).singleElement().asString().contains("d (2021-08-27)");
  }

  @Test
  void anActDatedAfterTheAsOfDateHasNotHappenedYetButAScheduledMeetingIsAPlan() {
    Case c = caseBuilder().state("ZZ").addEvents(meeting("past", "2020-03-02", Meeting.Status.HELD),
        meeting("held2026", "2026-03-02", Meeting.Status.HELD),
        meeting("cancelled2026", "2026-04-02", Meeting.Status.CANCELLED),
        meeting("planned2026", "2026-05-04", Meeting.Status.SCHEDULED)).build();
    Evaluation e = zz(new FlagMeetings()).evaluate(c, LocalDate.of(2020, 6, 1));
    assertThat(e.findings("ZZ.MEETINGS")).flatExtracting(Finding::events).containsExactly("past", "planned2026");
    Evaluation later = zz(new FlagMeetings()).evaluate(c, LocalDate.of(2026, 3, 2));
    assertThat(later.findings("ZZ.MEETINGS")).flatExtracting(Finding::events)
        .containsExactly("past", "held2026", "planned2026");
  }

  @Test
  void anActOnTheAsOfDateIsKnownWhateverItsHour() {
    Case c = caseBuilder().state("ZZ").addEvents(Demand.builder().id("late").kind(Demand.Kind.MEDIATION_ORDERED)
        .by(PARENT).at(at("2022-01-10", "23:59")).build()).build();
    assertThat(zz(NEW).evaluate(c, LocalDate.of(2022, 1, 10)).findings("ZZ.NEW")).hasSize(1);
    assertThat(zz(NEW).evaluate(c, LocalDate.of(2022, 1, 9)).findings("ZZ.NEW")).isEmpty();
  }

  @Test
  void theDefaultGovernsIsThePeriodInForceAndARuleMayOverrideIt() {
    assertThat(NEW.governs(CHANGE)).isTrue();
    assertThat(NEW.governs(CHANGE.minusDays(1))).isFalse();
    Rule byAsOf = new BaseRule(RuleDescriptor.builder().id(RuleId.of("ZZ.PRACTICE")).title("a practice")
        .kind(FindingKind.WARNING).addCitations(Citation.of(Authority.STATUTE, Force.DUTY, "test", "s.4", "A practice is judged."))
        .inForce(EffectivePeriod.from(CHANGE)).build()) {
      @Override
      public void evaluate(RuleContext ctx) {
        ctx.events(Demand.class).forEach(d -> ctx.finding("demand").text("id", d.id()).events(d.id()).report());
      }

      @Override
      public boolean governs(LocalDate date) {
        return true; // judges a continuing practice by the law in force when it is judged
      }
    };
    Case c = caseBuilder().state("ZZ").addEvents(demand("before", "2021-08-27"), demand("after", "2022-01-10"))
        .build();
    assertThat(zz(byAsOf).evaluate(c, LocalDate.of(2022, 2, 1)).findings("ZZ.PRACTICE")).hasSize(2);
  }

  @Test
  void overlapsIsTrueWhenThePeriodSharesADay() {
    EffectivePeriod p = EffectivePeriod.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
    assertThat(p.overlaps(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))).isTrue();
    assertThat(p.overlaps(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 1))).isTrue();
    assertThat(p.overlaps(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).isFalse();
    assertThat(p.overlaps(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1))).isFalse();
    assertThat(EffectivePeriod.always().overlaps(LocalDate.MIN, LocalDate.MAX)).isTrue();
  }
}
