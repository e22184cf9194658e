package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.process.DisputeProcess.FACILITATED_IEP;
import static org.iepdr.core.process.DisputeProcess.IEP_MEETING;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.STATE_COMPLAINT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.idea.FederalEscalation;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Student;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.DayPeriod;
import org.junit.jupiter.api.Test;

/**
 * Pins the reforms: {@link Reform}'s factories, defaults, composition and name check; the three reforms
 * of {@link Reforms} (a facilitation lead time replaced by {@link MinimumLeadTime}, attorneys allowed in
 * mediation, facilitation taken off the ladder) on a state that has the rules they change and on the
 * federal baseline that has not; {@link ReformedModule}; and {@link MinimumLeadTime} as a rule.
 */
class ReformsTest {

  static final RuleId LEAD_TIME = RuleId.of("ZZ.FIEP.LEAD_TIME");
  static final RuleId FIEP_DEADLINE = RuleId.of("ZZ.FIEP.DEADLINE");
  static final LocalDate T = LocalDate.of(2026, 9, 1);

  /** The federal ladder plus facilitation, as a state adds it. */
  static final EscalationPath STATE_LADDER = FederalEscalation.path().toBuilder("Testland ladder")
      .step(IEP_MEETING, FACILITATED_IEP, "both sides ask for a facilitator", "test")
      .step(FACILITATED_IEP, MEDIATION, "facilitation did not settle it", "test")
      .step(FACILITATED_IEP, STATE_COMPLAINT, "facilitation did not settle it", "test")
      .build();

  /**
   * Testland on top of the federal baseline: a 10-day facilitation lead time, a facilitation deadline
   * (a latest day only, which the lead-time reform leaves alone) and Missouri's no-attorneys rule.
   */
  static Testland state() {
    return new Testland(STATE_LADDER, Optional.of("US"), List.of(
        Testland.window(LEAD_TIME.value(), ProposedAct.FACILITATED_IEP_MEETING, 10, -1),
        Testland.window(FIEP_DEADLINE.value(), ProposedAct.FACILITATED_IEP_MEETING, -1, 60),
        Testland.window(Reforms.NO_ATTORNEYS.value(), ProposedAct.MEDIATION_SESSION, -1, 45)));
  }

  static Simulator testland() {
    return Simulator.of(List.of(new IdeaModule(), state()), "zz");
  }

  static Simulator federal() {
    return Simulator.of(List.of(new IdeaModule()), "US");
  }

  // --- Reforms.facilitationLeadTime ---------------------------------------------------------------------

  @Test
  void aNewLeadTimeReplacesEveryRuleThatSetsAnEarliestDayForFacilitation() {
    Reform r = Reforms.facilitationLeadTime(DayPeriod.calendarDays(5));
    assertThat(r.name()).isEqualTo("fiep-lead-time-5");
    assertThat(r.description()).contains("5 calendar days after the request reaches the agency");
    Simulator sim = testland();
    Jurisdiction reformed = sim.jurisdiction(r);
    RuleId id = RuleId.of("REFORM.ZZ.FIEP.LEAD_TIME.CALENDAR_5");
    assertThat(reformed.rule(id)).isPresent();
    assertThat(reformed.rule(id).get().descriptor().replaces()).containsExactly(LEAD_TIME);
    assertThat(reformed.rule(LEAD_TIME)).isEmpty();
    // a rule with only a latest day is not a lead time; the federal rules are untouched
    assertThat(reformed.rule(FIEP_DEADLINE)).isPresent();
    assertThat(reformed.rule(RuleId.of("IDEA.RESOLUTION.MEETING_15_DAYS"))).isPresent();
    assertThat(reformed.rules()).hasSize(sim.baseline().rules().size());
    assertThat(sim.baseline().plan(ProposedAct.FACILITATED_IEP_MEETING, T).earliest()).contains(T.plusDays(10));
    assertThat(reformed.plan(ProposedAct.FACILITATED_IEP_MEETING, T).earliest()).contains(T.plusDays(5));
    assertThat(reformed.plan(ProposedAct.FACILITATED_IEP_MEETING, T).latest()).contains(T.plusDays(60));
  }

  @Test
  void aLeadTimeInBusinessDaysCarriesItsUnitInItsName() {
    Reform r = Reforms.facilitationLeadTime(DayPeriod.businessDays(3));
    assertThat(r.name()).isEqualTo("fiep-lead-time-3-business");
    assertThat(testland().jurisdiction(r).rule(RuleId.of("REFORM.ZZ.FIEP.LEAD_TIME.BUSINESS_3"))).isPresent();
  }

  @Test
  void aJurisdictionWithoutALeadTimeIsLeftAsItIs() {
    Simulator sim = federal();
    assertThat(sim.jurisdiction(Reforms.facilitationLeadTime(DayPeriod.calendarDays(5)))).isSameAs(sim.baseline());
  }

  @Test
  void aLeadTimeChangesTheLawNotTheBehaviour() {
    SimulationParameters p = SimulationParameters.missouri();
    assertThat(Reforms.facilitationLeadTime(DayPeriod.calendarDays(5)).parameters(p)).isSameAs(p);
    assertThat(Reforms.withoutFacilitation().parameters(p)).isSameAs(p);
  }

  // --- Reforms.attorneysInMediation -------------------------------------------------------------------------

  @Test
  void attorneysInMediationRemovesTheNoAttorneysRuleAndLowersTheResolutionRate() {
    Reform r = Reforms.attorneysInMediation(Reforms.ATTORNEYS_RESOLVED);
    assertThat(r.name()).isEqualTo(Reforms.MEDIATION_ATTORNEYS);
    // 100 * 0.74 = 74%
    assertThat(r.description()).isEqualTo("attorneys may attend mediation (removes MO.MEDIATION.NO_ATTORNEYS);"
        + " mediation resolves 74% of the disputes it hears");
    Simulator sim = testland();
    assertThat(sim.baseline().rule(Reforms.NO_ATTORNEYS)).isPresent();
    Jurisdiction reformed = sim.jurisdiction(r);
    assertThat(reformed.rule(Reforms.NO_ATTORNEYS)).isEmpty();
    assertThat(reformed.rules()).hasSize(sim.baseline().rules().size() - 1);
    // no such rule in the federal baseline: the rules are left as they are
    Simulator us = federal();
    assertThat(us.jurisdiction(r)).isSameAs(us.baseline());
  }

  @Test
  void attorneysInMediationCapsPartlyResolvedSoTheProbabilitiesStillAddUp() {
    SimulationParameters base = Testland.parameters()
        .putProcessParameter(IEP_MEETING, ProcessParameters.builder().putNext(MEDIATION, 1.0).build())
        .putProcessParameter(MEDIATION, ProcessParameters.builder().resolved(0.5).partly(0.3).held(0.9)
            .source("figures").build())
        .build();
    Reform r = Reforms.attorneysInMediation(0.75);
    assertThat(r.name()).isEqualTo("mediation-attorneys-0.75");
    assertThat(r.description()).endsWith("mediation resolves 75% of the disputes it hears");
    ProcessParameters m = r.parameters(base).process(MEDIATION);
    assertThat(m.resolved()).isEqualTo(0.75);
    assertThat(m.partly()).isEqualTo(0.25); // min(0.3, 1 - 0.75)
    assertThat(m.held()).isEqualTo(0.9);
    assertThat(m.source()).isEqualTo("figures; reform 'mediation-attorneys-0.75': resolved = 0.75 (hypothesis)");
    // a lower rate keeps the partial share
    assertThat(Reforms.attorneysInMediation(0.6).parameters(base).process(MEDIATION).partly()).isEqualTo(0.3);
    // parameters without mediation are returned as they are
    SimulationParameters none = Testland.parameters()
        .putProcessParameter(IEP_MEETING, ProcessParameters.builder().build()).build();
    assertThat(r.parameters(none)).isSameAs(none);
  }

  // --- Reforms.withoutFacilitation -------------------------------------------------------------------------

  @Test
  void withoutFacilitationTakesEveryStepIntoAndOutOfFacilitationOffTheLadder() {
    Reform r = Reforms.withoutFacilitation();
    assertThat(r.name()).isEqualTo(Reforms.NO_FACILITATION);
    Simulator sim = testland();
    assertThat(sim.baseline().escalation().allows(IEP_MEETING, FACILITATED_IEP)).isTrue();
    EscalationPath path = sim.jurisdiction(r).escalation();
    assertThat(path.name()).isEqualTo("Testland ladder without facilitation");
    assertThat(path.allows(IEP_MEETING, FACILITATED_IEP)).isFalse();
    assertThat(path.allows(FACILITATED_IEP, MEDIATION)).isFalse();
    assertThat(path.allows(FACILITATED_IEP, STATE_COMPLAINT)).isFalse();
    assertThat(path.allows(IEP_MEETING, MEDIATION)).isTrue();
    assertThat(path.allows(MEDIATION, STATE_COMPLAINT)).isTrue();
    assertThat(path.steps()).hasSize(sim.baseline().escalation().steps().size() - 3);
  }

  // --- Reforms.byName --------------------------------------------------------------------------------------

  @Test
  void theNamedReformsAreFoundByTheirNamesInAnyCase() {
    assertThat(Reforms.names()).containsExactly("fiep-lead-time-5", "mediation-attorneys", "no-facilitation");
    for (String name : Reforms.names()) {
      assertThat(Reforms.byName(name).name()).isEqualTo(name);
      assertThat(Reforms.byName(name.toUpperCase(java.util.Locale.ROOT)).name()).isEqualTo(name);
    }
    assertThat(testland().jurisdiction(Reforms.byName("fiep-lead-time-5")).plan(ProposedAct.FACILITATED_IEP_MEETING, T)
        .earliest()).contains(T.plusDays(5));
    assertThat(Reforms.byName("mediation-attorneys").description()).contains("74%");
    assertThatThrownBy(() -> Reforms.byName("abolish-idea")).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.allowed()).isEqualTo("one of [fiep-lead-time-5, mediation-attorneys, no-facilitation]"));
  }

  // --- Reform ------------------------------------------------------------------------------------------------

  @Test
  void aReformNeedsANameOtherThanBaseline() {
    assertThatThrownBy(() -> Reform.nothing("baseline")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reform.name");
    assertThatThrownBy(() -> Reform.nothing("  ")).isInstanceOf(InvalidInputException.class);
    assertThatNullPointerException().isThrownBy(() -> Reform.of("x", null, (m, j) -> m, p -> p))
        .withMessage("description");
    assertThatNullPointerException().isThrownBy(() -> Reform.of("x", "d", null, p -> p)).withMessage("rules");
  }

  @Test
  void aReformOfItsTwoFunctionsAppliesThem() {
    SimulationParameters other = Testland.parameters().name("other")
        .putProcessParameter(IEP_MEETING, ProcessParameters.builder().build()).build();
    RuleModule replacement = ReformedModule.of(state()).build();
    Reform r = Reform.of("both", "changes both", (m, j) -> replacement, p -> other);
    assertThat(r.description()).isEqualTo("changes both");
    assertThat(r.toString()).isEqualTo("Reform[both]");
    assertThat(r.rules(state(), testland().baseline())).isSameAs(replacement);
    assertThat(r.parameters(SimulationParameters.mississippi())).isSameAs(other);
  }

  @Test
  void aReformOfTheParametersOnlyLeavesTheRulesAlone() {
    SimulationParameters other = Testland.parameters().name("other")
        .putProcessParameter(IEP_MEETING, ProcessParameters.builder().build()).build();
    Reform r = Reform.ofParameters("params", "new figures", p -> other);
    RuleModule module = state();
    assertThat(r.rules(module, testland().baseline())).isSameAs(module);
    assertThat(r.parameters(SimulationParameters.mississippi())).isSameAs(other);
    Simulator sim = testland();
    assertThat(sim.jurisdiction(r)).isSameAs(sim.baseline());
  }

  @Test
  void theDefaultReformChangesNothing() {
    Reform plain = new Reform() {
      @Override
      public String name() {
        return "plain";
      }

      @Override
      public String description() {
        return "nothing";
      }
    };
    RuleModule module = state();
    SimulationParameters p = SimulationParameters.mississippi();
    assertThat(plain.rules(module, testland().baseline())).isSameAs(module);
    assertThat(plain.parameters(p)).isSameAs(p);
  }

  @Test
  void reformsComposeInOrder() {
    Reform first = Reform.of("first", "adds a rule",
        (m, j) -> ReformedModule.of(m).add(Testland.window("ZZ.EXTRA.ONE", ProposedAct.RESOLUTION_MEETING, -1, 9))
            .build(),
        p -> SimulationParameters.builder().from(p).name(p.name() + " then first").build());
    Reform then = Reform.of("then", "removes it again", (m, j) -> ReformedModule.of(m)
        .remove(RuleId.of("ZZ.EXTRA.ONE")).build(),
        p -> SimulationParameters.builder().from(p).name(p.name() + " then second").build());
    Reform both = first.andThen(then);
    assertThat(both.name()).isEqualTo("first+then");
    assertThat(both.description()).isEqualTo("adds a rule; removes it again");
    assertThat(both.parameters(SimulationParameters.mississippi()).name())
        .isEqualTo("Mississippi defaults then first then second");
    Simulator sim = testland();
    assertThat(sim.jurisdiction(first).rule(RuleId.of("ZZ.EXTRA.ONE"))).isPresent();
    assertThat(sim.jurisdiction(both).rule(RuleId.of("ZZ.EXTRA.ONE"))).isEmpty();
    // the other way round, the rule is removed first and added last
    assertThat(sim.jurisdiction(then.andThen(first)).rule(RuleId.of("ZZ.EXTRA.ONE"))).isPresent();
  }

  // --- ReformedModule ---------------------------------------------------------------------------------------

  @Test
  void aReformedModuleAnswersForTheModuleItWraps() {
    Testland base = new Testland(STATE_LADDER, Optional.of("US"), List.of(
        Testland.window(LEAD_TIME.value(), ProposedAct.FACILITATED_IEP_MEETING, 10, -1)));
    ReformedModule m = ReformedModule.of(base).build();
    assertThat(m.base()).isSameAs(base);
    assertThat(m.jurisdiction()).isEqualTo("ZZ");
    assertThat(m.name()).isEqualTo("Testland");
    assertThat(m.zone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(m.holidays()).isSameAs(base.holidays());
    assertThat(m.inherits()).contains("US");
    assertThat(m.escalation()).contains(STATE_LADDER);
    assertThat(m.firstYear()).isEqualTo(2020);
    assertThat(m.lastYear()).isEqualTo(2035);
    assertThat(m.rules()).isEqualTo(base.rules());
    assertThat(m.removes()).isEmpty();
    assertThat(m.toString()).isEqualTo("ReformedModule[ZZ, 1 rules, removes []]");
  }

  @Test
  void theBuilderRemovesReplacesAndAddsRulesOwnOrInherited() {
    RuleId federal = RuleId.of("IDEA.RESOLUTION.MEETING_15_DAYS");
    RuleId extra = RuleId.of("ZZ.EXTRA.ONE");
    ReformedModule m = ReformedModule.of(state())
        .remove(federal)
        .replace(LEAD_TIME, Testland.window("ZZ.FIEP.LEAD_TIME_2", ProposedAct.FACILITATED_IEP_MEETING, 2, -1))
        .add(Testland.window(extra.value(), ProposedAct.RESOLUTION_MEETING, -1, 9))
        .remove(extra)
        .add(Testland.window(extra.value(), ProposedAct.RESOLUTION_MEETING, -1, 8))
        .escalation(FederalEscalation.path())
        .build();
    // an added rule is no longer removed; the replaced and the removed rules are
    assertThat(m.removes()).containsExactlyInAnyOrder(federal, LEAD_TIME);
    assertThat(m.rules()).extracting(r -> r.descriptor().id().value())
        .containsExactly(FIEP_DEADLINE.value(), Reforms.NO_ATTORNEYS.value(), "ZZ.FIEP.LEAD_TIME_2", extra.value());
    assertThat(m.escalation()).contains(FederalEscalation.path());
    Jurisdiction j = RuleBook.of(new IdeaModule(), m).jurisdiction("ZZ");
    assertThat(j.rule(federal)).isEmpty();
    assertThat(j.plan(ProposedAct.FACILITATED_IEP_MEETING, T).earliest()).contains(T.plusDays(2));
    assertThat(j.plan(ProposedAct.RESOLUTION_MEETING, T).latest()).contains(T.plusDays(8));
  }

  @Test
  void aReformedModuleKeepsTheRemovalsOfTheModuleItWraps() {
    RuleId gone = RuleId.of("IDEA.RESOLUTION.MEETING_15_DAYS");
    RuleModule base = new RuleModule() {
      @Override public String jurisdiction() { return "ZZ"; }
      @Override public String name() { return "Testland"; }
      @Override public ZoneId zone() { return ZoneId.of("America/Chicago"); }
      @Override public org.iepdr.core.time.HolidayCalendar holidays() {
        return org.iepdr.core.time.FederalHolidays.calendar();
      }
      @Override public List<org.iepdr.core.rules.Rule> rules() { return List.of(); }
      @Override public Set<RuleId> removes() { return Set.of(gone); }
    };
    ReformedModule m = ReformedModule.of(base).build();
    assertThat(m.removes()).containsExactly(gone);
    assertThat(m.inherits()).contains("US");
    assertThat(m.escalation()).isEmpty();
    assertThat(RuleBook.of(new IdeaModule(), m).jurisdiction("ZZ").rule(gone)).isEmpty();
  }

  // --- MinimumLeadTime --------------------------------------------------------------------------------------

  static MinimumLeadTime fiveDays() {
    return new MinimumLeadTime(RuleId.of("REFORM.ZZ.FIEP.LEAD_TIME.CALENDAR_5"), LEAD_TIME, "fiep-lead-time-5",
        RequestKind.FACILITATED_IEP, MeetingKind.FACILITATED_IEP, ProposedAct.FACILITATED_IEP_MEETING,
        DayPeriod.calendarDays(5));
  }

  @Test
  void aMinimumLeadTimeIsHypotheticalLawCitedAsItsReform() {
    MinimumLeadTime rule = fiveDays();
    assertThat(rule.period()).isEqualTo(DayPeriod.calendarDays(5));
    assertThat(rule.descriptor().title())
        .isEqualTo("A facilitated iep meeting is held at least 5 calendar days after the request arrives"
            + " (reform 'fiep-lead-time-5')");
    assertThat(rule.descriptor().replaces()).containsExactly(LEAD_TIME);
    assertThat(rule.descriptor().citation().document()).isEqualTo("Simulation reform 'fiep-lead-time-5'");
    assertThat(rule.descriptor().citation().quote()).contains("(replaces ZZ.FIEP.LEAD_TIME)");
  }

  @Test
  void aMinimumLeadTimePlansOnlyItsOwnAct() {
    Jurisdiction j = Testland.jurisdiction(null, fiveDays());
    Optional<PlanConstraint> c = fiveDays().plan(ProposedAct.FACILITATED_IEP_MEETING, T, j.counter());
    assertThat(c).isPresent();
    assertThat(c.get().earliest()).contains(T.plusDays(5));
    assertThat(c.get().latest()).isEmpty();
    assertThat(c.get().why()).isEqualTo("at least 5 calendar days after the request arrives (Simulation reform"
        + " 'fiep-lead-time-5')");
    assertThat(fiveDays().plan(ProposedAct.MEDIATION_SESSION, T, j.counter())).isEmpty();
  }

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static Instant at(LocalDate d) {
    return d.atTime(10, 0).atZone(CHICAGO).toInstant();
  }

  /** A facilitation request filed with the state agency on T, and a meeting for it. */
  private static Case facilitation(int meetingDay, Meeting.Status status) {
    return Case.builder().id("c").state("ZZ").district("d").student(Student.builder().id("s").build())
        .addParties(Party.of("parent", PartyRole.PARENT), Party.of("lea", PartyRole.LEA))
        .addEvents(Request.builder().id("r").kind(RequestKind.FACILITATED_IEP).filedBy("parent").at(at(T)).build())
        .addEvents(Meeting.builder().id("m").kind(MeetingKind.FACILITATED_IEP).request("r").status(status)
            .at(at(T.plusDays(meetingDay))).addAttendees("parent", "lea").build())
        .build();
  }

  static MinimumLeadTime threeBusinessDays() {
    return new MinimumLeadTime(RuleId.of("REFORM.ZZ.FIEP.LEAD_TIME.BUSINESS_3"), LEAD_TIME, "fiep-lead-time-3-business",
        RequestKind.FACILITATED_IEP, MeetingKind.FACILITATED_IEP, ProposedAct.FACILITATED_IEP_MEETING,
        DayPeriod.businessDays(3));
  }

  @Test
  void aLeadTimeInBusinessDaysCountsBackFromTheMeetingAsTheStateRulesDo() {
    // request on Tuesday 2026-09-01: 3 business days before Friday 09-04 is Tuesday 09-01 (on time); before
    // Thursday 09-03 it is Monday 08-31 (early). The first meeting day, in the finding and the plan, is 09-04.
    MinimumLeadTime rule = threeBusinessDays();
    Jurisdiction j = Testland.jurisdiction(null, rule);
    assertThat(rule.clock().direction()).isEqualTo(org.iepdr.core.rules.Clock.Direction.BEFORE);
    assertThat(rule.clock().due(T.plusDays(3), j.counter())).isEqualTo(T);
    RuleId id = RuleId.of("REFORM.ZZ.FIEP.LEAD_TIME.BUSINESS_3");
    assertThat(j.evaluate(facilitation(3, Meeting.Status.HELD), T.plusDays(30)).findings(id)).isEmpty();
    assertThat(j.evaluate(facilitation(2, Meeting.Status.HELD), T.plusDays(30)).findings(id)).singleElement()
        .satisfies(f -> {
          assertThat(f.facts().date("first")).contains(T.plusDays(3));
          assertThat(f.facts().date("held")).contains(T.plusDays(2));
        });
    assertThat(rule.plan(ProposedAct.FACILITATED_IEP_MEETING, T, j.counter()).orElseThrow().earliest())
        .contains(T.plusDays(3));
  }

  private static List<Finding> findings(Case c) {
    Evaluation e = Testland.jurisdiction(null, fiveDays()).evaluate(c, T.plusDays(30));
    return e.findings(RuleId.of("REFORM.ZZ.FIEP.LEAD_TIME.CALENDAR_5"));
  }

  @Test
  void aMeetingHeldBeforeTheLeadTimeIsAViolation() {
    // filed with (so reaching) the agency on T, day 0: the meeting may be held from T + 5
    assertThat(findings(facilitation(5, Meeting.Status.HELD))).isEmpty();
    List<Finding> early = findings(facilitation(4, Meeting.Status.HELD));
    assertThat(early).hasSize(1);
    assertThat(early.get(0).message()).isEqualTo("The meeting of 2026-09-05 was held before 2026-09-06, 5 calendar"
        + " days after the request arrived on 2026-09-01.");
    assertThat(early.get(0).events()).containsExactly("r", "m");
  }

  @Test
  void aMeetingThatWasNotHeldIsNeverEarly() {
    assertThat(findings(facilitation(1, Meeting.Status.CANCELLED))).isEmpty();
  }
}
