package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.idea.ResolutionPeriod;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.process.CaseFact;
import org.iepdr.core.process.CaseStatus;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.core.testing.Fixtures;

/**
 * The engine's ladder reads the resolution periods the rules computed in the same evaluation
 * ({@code CaseStatus.of(known, r -> ResolutionPeriod.of(ctx, r))}) and gives the same answer as the
 * ladder computed on its own from the known events ({@code CaseStatus.of(case, known, zone)}): the same
 * facts and the events they rest on, closed processes, issues, position, first hearing day and its
 * events; and an evaluation's position and next steps are those of the latter.
 */
class LadderPeriodsProperties {

  private static final Jurisdiction US = RuleBook.load().jurisdiction("US");

  @Provide
  Arbitrary<Case> cases() {
    // the usual federal cases (up to 24 events of every kind), and cases with the events of every rule
    return Arbitraries.oneOf(CaseArbitraries.federalCases(),
        CaseArbitraries.casesForEveryRule("US", Fixtures.ZONE, 1, 20, 120));
  }

  @Provide
  Arbitrary<Integer> asOfShifts() {
    // as of the date of the facts (-1), or a date before, inside or after the case
    return Arbitraries.of(-1, 0, 10, 30, 45, 200, 2000);
  }

  @Property(tries = 400)
  void theEnginesLadderWithTheRulesPeriodsIsTheLadderOfTheKnownEvents(@ForAll("cases") Case c,
      @ForAll("asOfShifts") int shift) {
    ZoneId zone = US.counter().zone();
    LocalDate asOf = shift < 0 || c.events().isEmpty() ? LocalDate.of(2027, 12, 31)
        : LocalDate.ofInstant(c.events().get(0).at(), zone).plusDays(shift);
    Evaluation e;
    try {
      e = US.evaluate(c, asOf);
    } catch (CalendarRangeException refused) {
      return;
    }
    RuleContext ctx = new RuleContext(c, asOf, US.counter());
    List<CaseEvent> known = ctx.knownEvents();
    CaseStatus alone = CaseStatus.of(c, known, zone);
    CaseStatus shared = CaseStatus.of(known, r -> ResolutionPeriod.of(ctx, r));

    assertThat(shared.position()).isEqualTo(alone.position());
    assertThat(shared.facts()).isEqualTo(alone.facts());
    for (CaseFact f : CaseFact.values()) {
      assertThat(shared.eventsFor(f)).as("%s", f).isEqualTo(alone.eventsFor(f));
    }
    assertThat(shared.closed()).isEqualTo(alone.closed());
    assertThat(shared.issues()).isEqualTo(alone.issues());
    assertThat(shared.firstHearingDay()).isEqualTo(alone.firstHearingDay());
    assertThat(shared.firstHearingDayRestsOn()).isEqualTo(alone.firstHearingDayRestsOn());
    assertThat(e.position()).isEqualTo(alone.position());
    assertThat(e.nextSteps()).isEqualTo(US.escalation().nextSteps(alone));

    Statistics.label("first hearing day").collect(alone.firstHearingDay().isPresent());
    Statistics.label("first hearing day").coverage(checker -> checker.check(true).count(n -> n > 0));
  }
}
