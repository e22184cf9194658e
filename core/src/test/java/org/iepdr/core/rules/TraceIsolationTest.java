package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.testing.Fixtures;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;
import org.junit.jupiter.api.Test;

/** Each rule's trace entry holds only what that rule noted, reported and rested on. */
class TraceIsolationTest {

  private static RuleDescriptor describe(String id) {
    return RuleDescriptor.builder().id(RuleId.of(id)).title(id).kind(FindingKind.WARNING)
        .addCitations(Citation.of(Authority.REGULATION, Force.DUTY, "test", "s", "quote")).build();
  }

  private static final class Noisy extends BaseRule {
    Noisy() {
      super(describe("TEST.A.NOISY"));
    }

    @Override
    public void evaluate(RuleContext ctx) {
      ctx.note("noted by A");
      ctx.finding("a").events(ctx.caseFile().events().get(0).id()).report();
      ctx.incomplete("A could not finish");
    }
  }

  private static final class Quiet extends BaseRule {
    Quiet() {
      super(describe("TEST.B.QUIET"));
    }

    @Override
    public void evaluate(RuleContext ctx) {
      // notes, reports and rests on nothing
    }
  }

  @Test
  void aQuietRuleAfterANoisyOneHasAnEmptyTraceEntry() {
    RuleModule module = new RuleModule() {
      @Override
      public String jurisdiction() {
        return "TT";
      }

      @Override
      public String name() {
        return "Test";
      }

      @Override
      public ZoneId zone() {
        return Fixtures.ZONE;
      }

      @Override
      public HolidayCalendar holidays() {
        return FederalHolidays.calendar();
      }

      @Override
      public List<Rule> rules() {
        return List.of(new Noisy(), new Quiet());
      }

      @Override
      public Optional<String> inherits() {
        return Optional.empty();
      }
    };
    Case c = Fixtures.caseBuilder().state("TT").addEvents(Consent.builder().id("c1").at(Fixtures.at("2025-03-03"))
        .scope(ConsentScope.values()[0]).givenBy(Fixtures.PARENT).build()).build();
    Evaluation e = RuleBook.of(module).evaluate(c, LocalDate.of(2025, 3, 4));
    assertThat(e.trace()).hasSize(2);
    TraceEntry a = e.trace().get(0);
    TraceEntry b = e.trace().get(1);
    assertThat(a.ruleId()).isEqualTo(RuleId.of("TEST.A.NOISY"));
    assertThat(a.notes()).contains("noted by A");
    assertThat(a.findings()).isEqualTo(1);
    assertThat(a.events()).containsExactly("c1");
    assertThat(a.outcome()).isEqualTo(TraceEntry.Outcome.INCOMPLETE);
    assertThat(b.ruleId()).isEqualTo(RuleId.of("TEST.B.QUIET"));
    assertThat(b.notes()).isEmpty();
    assertThat(b.events()).isEmpty();
    assertThat(b.findings()).isZero();
    assertThat(b.deadlines()).isZero();
    assertThat(b.outcome()).isEqualTo(TraceEntry.Outcome.RAN);
    assertThat(e.findings()).singleElement().satisfies(f -> assertThat(f.key()).isEqualTo("TEST.A.NOISY.a"));
  }
}
