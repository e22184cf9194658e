package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Demand;
import org.iepdr.core.rules.RuleBookTest.FlagDemands;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a {@link RuleBook} refuses and how a failing rule is reported (issue 13, "The API"): two
 * instances of one module class, two rules with one id in a module, module codes that are not two
 * ASCII letters; a rule that throws is an {@link TraceEntry.Outcome#INCOMPLETE} trace entry under its
 * id, and the other rules' findings are kept.
 */
class ModuleRefusalsTest {

  /** A module under a given code with given rules. */
  static final class Coded implements RuleModule {
    private final String code;
    private final List<Rule> rules;
    private final String inherits;

    Coded(String code, List<Rule> rules, String inherits) {
      this.code = code;
      this.rules = rules;
      this.inherits = inherits;
    }

    @Override public String jurisdiction() { return code; }
    @Override public String name() { return "Codeland"; }
    @Override public ZoneId zone() { return ZoneId.of("America/Chicago"); }
    @Override public HolidayCalendar holidays() { return FederalHolidays.calendar(); }
    @Override public List<Rule> rules() { return rules; }
    @Override public Optional<String> inherits() { return Optional.ofNullable(inherits); }
    @Override public int firstYear() { return 2020; }
    @Override public int lastYear() { return 2030; }
  }

  /** A rule that reports one finding, then throws. */
  static final class Throws extends BaseRule {
    Throws() {
      super(RuleDescriptor.builder().id(RuleId.of("ZZ.THROWS")).title("throws").kind(FindingKind.WARNING)
          .addCitations(Citation.of(Authority.REGULATION, Force.DUTY, "test", "s.2", "A rule fails.")).build());
    }

    @Override
    public void evaluate(RuleContext ctx) {
      ctx.finding("before_failing").events("d1").report();
      throw new IllegalStateException("a bug holding Zelda Quixotic");
    }
  }

  private static Case demandCase() {
    return caseBuilder().state("ZZ")
        .addEvents(Demand.builder().id("d1").kind(Demand.Kind.MEDIATION_ORDERED).by(PARENT).at(at("2026-03-02")).build())
        .build();
  }

  @Test
  void twoInstancesOfOneModuleClassAreRefused() {
    assertThatThrownBy(() -> RuleBook.of(new IdeaModule(), new IdeaModule()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("one module per code").hasMessageContaining("two instances of")
        .hasMessageContaining(IdeaModule.class.getName());
  }

  @Test
  void twoRulesWithOneIdInAModuleAreRefused() {
    Coded zz = new Coded("ZZ", List.of(new FlagDemands("ZZ.SAME", EffectivePeriod.always()),
        new FlagDemands("ZZ.SAME", EffectivePeriod.always())), "US");
    assertThatThrownBy(() -> RuleBook.of(new IdeaModule(), zz))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ZZ.SAME").hasMessageContaining("one rule per id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Z", "ZZZ", "Z1", "Z Z", "ÉZ", "zz\n", "Ｚ Ｚ"})
  void aModuleCodeThatIsNotTwoAsciiLettersIsRefused(String code) {
    assertThatThrownBy(() -> RuleBook.of(new IdeaModule(), new Coded(code, List.of(), "US")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("two ASCII letters");
  }

  @Test
  void anInheritedCodeThatIsNotTwoAsciiLettersIsRefused() {
    assertThatThrownBy(() -> RuleBook.of(new IdeaModule(), new Coded("ZZ", List.of(), "U.S.")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("inherits").hasMessageContaining("two ASCII letters");
  }

  @Test
  void aLowerCaseCodeIsAcceptedAndUpperCased() {
    assertThat(RuleBook.of(new IdeaModule(), new Coded("zz", List.of(), "us")).jurisdictions())
        .containsExactly("US", "ZZ");
  }

  @Test
  void aNullModuleIsNamed() {
    assertThatThrownBy(() -> RuleBook.of(java.util.Arrays.asList(new IdeaModule(), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("modules element");
  }

  @Test
  void aRuleThatThrowsIsIncompleteUnderItsIdAndTheOtherRulesFindingsAreKept() {
    Coded zz = new Coded("ZZ", List.of(new Throws(), new FlagDemands("ZZ.DEMANDS", EffectivePeriod.always())), null);
    Evaluation e = RuleBook.of(zz).evaluate(demandCase());
    assertThat(e.findings("ZZ.DEMANDS")).hasSize(1);
    assertThat(e.findings("ZZ.THROWS")).extracting(Finding::key).containsExactly("ZZ.THROWS.before_failing");
    assertThat(e.trace()).filteredOn(t -> t.ruleId().value().equals("ZZ.THROWS")).singleElement().satisfies(t -> {
      assertThat(t.outcome()).isEqualTo(TraceEntry.Outcome.INCOMPLETE);
      assertThat(t.notes()).anySatisfy(n -> assertThat(n).contains(IllegalStateException.class.getName())
          .doesNotContain("Zelda"));
    });
  }
}
