package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.idea.ResolutionMeeting15Days;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;
import org.junit.jupiter.api.Test;

class RuleBookTest {

  /** A rule that flags every Demand, in force from a date. */
  static final class FlagDemands extends BaseRule {
    FlagDemands(String id, EffectivePeriod period, RuleId... replaces) {
      super(RuleDescriptor.builder().id(RuleId.of(id)).title("flags demands").kind(FindingKind.WARNING)
          .addCitations(Citation.of(Authority.REGULATION, Force.DUTY, "test", "s.1", "A demand is flagged.")).inForce(period)
          .addReplaces(replaces).build());
    }

    @Override
    public void evaluate(RuleContext ctx) {
      ctx.events(Demand.class).forEach(d -> ctx.finding("demand").text("id", d.id()).events(d.id()).report());
    }
  }

  /** A test state inheriting the federal baseline. */
  static final class TestState implements RuleModule {
    private final List<Rule> rules;
    private final Set<RuleId> removes;
    private final String inherits;

    TestState(List<Rule> rules, Set<RuleId> removes, String inherits) {
      this.rules = rules;
      this.removes = removes;
      this.inherits = inherits;
    }

    @Override public String jurisdiction() { return "ZZ"; }
    @Override public String name() { return "Testland"; }
    @Override public ZoneId zone() { return ZoneId.of("America/Chicago"); }
    @Override public HolidayCalendar holidays() { return FederalHolidays.calendar(); }
    @Override public List<Rule> rules() { return rules; }
    @Override public Set<RuleId> removes() { return removes; }
    @Override public Optional<String> inherits() { return Optional.ofNullable(inherits); }
    @Override public int firstYear() { return 2020; }
    @Override public int lastYear() { return 2030; }
  }

  private static Case demandCase(String state) {
    return caseBuilder().state(state)
        .addEvents(Demand.builder().id("d1").kind(Demand.Kind.MEDIATION_ORDERED).by(PARENT).at(at("2026-03-02")).build())
        .build();
  }

  @Test
  void serviceLoaderFindsTheFederalBaseline() {
    RuleBook book = RuleBook.load();
    assertThat(book.jurisdictions()).contains("US");
    assertThat(book.jurisdiction("us").rule(ResolutionMeeting15Days.ID)).isPresent();
  }

  @Test
  void anUnknownStateCodeNamesTheInstalledModules() {
    RuleBook book = RuleBook.of(new IdeaModule());
    assertThatThrownBy(() -> book.jurisdiction("TX"))
        .isInstanceOfSatisfying(UnknownJurisdictionException.class, e -> {
          assertThat(e.code()).isEqualTo("TX");
          assertThat(e.installed()).containsExactly("US");
        })
        .hasMessageContaining("'TX'").hasMessageContaining("[US]");
    assertThatThrownBy(() -> book.evaluate(demandCase("TX"))).isInstanceOf(UnknownJurisdictionException.class);
  }

  @Test
  void aStateInheritsTheFederalRulesAndAddsItsOwn() {
    RuleBook book = RuleBook.of(new IdeaModule(),
        new TestState(List.of(new FlagDemands("ZZ.DEMANDS", EffectivePeriod.always())), Set.of(), "US"));
    Jurisdiction zz = book.jurisdiction("ZZ");
    assertThat(zz.rules()).extracting(r -> r.descriptor().id().value())
        .contains("ZZ.DEMANDS", "IDEA.RESOLUTION.MEETING_15_DAYS").isSorted();
    assertThat(zz.zone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(zz.escalation().steps()).isNotEmpty();
    assertThat(book.evaluate(demandCase("ZZ")).findings("ZZ.DEMANDS")).hasSize(1);
  }

  @Test
  void aStateRuleReplacesAFederalRuleByNamingIt() {
    RuleBook book = RuleBook.of(new IdeaModule(), new TestState(List.of(
        new FlagDemands("ZZ.REPLACEMENT", EffectivePeriod.always(), ResolutionMeeting15Days.ID)), Set.of(), "US"));
    assertThat(book.jurisdiction("ZZ").rule(ResolutionMeeting15Days.ID)).isEmpty();
    assertThat(book.jurisdiction("ZZ").rule(RuleId.of("ZZ.REPLACEMENT"))).isPresent();
  }

  @Test
  void aStateRuleWithTheSameIdReplacesTheFederalOneAndRemovesDropsRules() {
    RuleBook same = RuleBook.of(new IdeaModule(), new TestState(List.of(
        new FlagDemands("IDEA.RESOLUTION.MEETING_15_DAYS", EffectivePeriod.always())), Set.of(), "US"));
    assertThat(same.jurisdiction("ZZ").rule(ResolutionMeeting15Days.ID).get()).isInstanceOf(FlagDemands.class);
    RuleBook removed = RuleBook.of(new IdeaModule(), new TestState(List.of(), Set.of(ResolutionMeeting15Days.ID), "US"));
    assertThat(removed.jurisdiction("ZZ").rules()).noneMatch(r -> r.descriptor().id().equals(ResolutionMeeting15Days.ID));
  }

  @Test
  void aModuleInheritingAMissingModuleIsRejected() {
    assertThatThrownBy(() -> RuleBook.of(new TestState(List.of(), Set.of(), "US")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("installed: [ZZ]");
  }

  @Test
  void aRuleIsAppliedOnlyOnDatesItIsInForceAndTheTraceSaysSo() {
    RuleBook book = RuleBook.of(new IdeaModule(), new TestState(List.of(
        new FlagDemands("ZZ.NEW", EffectivePeriod.from(LocalDate.of(2025, 7, 23)))), Set.of(), "US"));
    Case c = demandCase("ZZ");
    Evaluation before = book.evaluate(c, LocalDate.of(2025, 7, 22));
    Evaluation on = book.evaluate(c, LocalDate.of(2025, 7, 23));
    Evaluation known = book.evaluate(c, LocalDate.of(2026, 3, 2));
    assertThat(before.findings("ZZ.NEW")).isEmpty();
    // in force on 2025-07-23, but the demand of 2026-03-02 has not been made yet on that day
    assertThat(on.findings("ZZ.NEW")).isEmpty();
    on = known;
    assertThat(before.trace()).filteredOn(t -> t.ruleId().value().equals("ZZ.NEW")).singleElement()
        .satisfies(t -> assertThat(t.outcome()).isEqualTo(TraceEntry.Outcome.NOT_IN_FORCE));
    assertThat(on.findings("ZZ.NEW")).hasSize(1);
    assertThat(on.trace()).filteredOn(t -> t.ruleId().value().equals("ZZ.NEW")).singleElement()
        .satisfies(t -> assertThat(t.events()).containsExactly("d1"));
    assertThat(book.jurisdiction("ZZ").rulesInForce(LocalDate.of(2025, 7, 22)))
        .noneMatch(r -> r.descriptor().id().value().equals("ZZ.NEW"));
  }

  @Test
  void theAsOfDateDefaultsToTheDateOfTheFacts() {
    Case c = caseBuilder()
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
            .at(at("2026-03-02", "23:30")).build())
        .build();
    assertThat(org.iepdr.core.testing.Fixtures.US.evaluate(c).asOf()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void aCaseWithoutEventsNeedsAnAsOfDateAndACaseOfAnotherStateIsRefused() {
    Case empty = caseBuilder().build();
    assertThatThrownBy(() -> org.iepdr.core.testing.Fixtures.US.evaluate(empty))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("asOf");
    RuleBook book = RuleBook.of(new IdeaModule(), new TestState(List.of(), Set.of(), "US"));
    assertThatThrownBy(() -> book.jurisdiction("ZZ").evaluate(demandCase("MO")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("case.state");
  }

  @Test
  void ruleIdsHaveAFixedForm() {
    assertThat(RuleId.of("MO.FIEP.LEAD_TIME").prefix()).isEqualTo("MO");
    assertThatThrownBy(() -> RuleId.of("mo.fiep")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'mo.fiep'");
    assertThatThrownBy(() -> RuleId.of("SINGLE")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void deadlineStatusBoundaries() {
    org.iepdr.core.time.DateWindow w = org.iepdr.core.time.DateWindow.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 17));
    assertThat(DeadlineStatus.of(w, Optional.of(LocalDate.of(2026, 3, 17)), LocalDate.of(2026, 4, 1)))
        .isEqualTo(DeadlineStatus.MET);
    assertThat(DeadlineStatus.of(w, Optional.of(LocalDate.of(2026, 3, 18)), LocalDate.of(2026, 4, 1)))
        .isEqualTo(DeadlineStatus.MISSED);
    assertThat(DeadlineStatus.of(w, Optional.empty(), LocalDate.of(2026, 3, 17))).isEqualTo(DeadlineStatus.PENDING);
    assertThat(DeadlineStatus.of(w, Optional.empty(), LocalDate.of(2026, 3, 18))).isEqualTo(DeadlineStatus.MISSED);
    assertThat(DeadlineStatus.of(w, Optional.of(LocalDate.of(2026, 3, 10)), LocalDate.of(2026, 3, 5)))
        .as("an act recorded after the as-of date is not yet done").isEqualTo(DeadlineStatus.PENDING);
  }
}
