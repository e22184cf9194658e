package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.testing.CaseArbitraries;

/**
 * The fast path changes nothing: over generated federal, Missouri and Mississippi cases, an evaluation
 * that skips the rules whose declared events are absent and keeps no trace has the same findings,
 * deadlines, position, next steps and not-fully-checked entries as the reference evaluation (every rule
 * run, the full trace); and the default evaluation, which skips but keeps the trace, equals the reference
 * whole, trace included.
 */
class FastPathProperties {

  private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

  @Provide
  Arbitrary<Case> cases() {
    // the usual generated cases (up to 24 events of every kind), and sparse ones, where most rules have
    // none of their events and are skipped
    return Arbitraries.oneOf(ThreeStates.cases(),
        CaseArbitraries.cases("MO", CENTRAL, 0, 4, 90),
        CaseArbitraries.cases("MS", CENTRAL, 0, 4, 90),
        CaseArbitraries.cases("US", ZoneId.of("America/New_York"), 0, 4, 90));
  }

  @Provide
  Arbitrary<Integer> asOfShifts() {
    // as of the date of the facts (null), or a date before, inside or after the case
    return Arbitraries.of(-1, 0, 30, 200, 2000);
  }

  @Property(tries = 600)
  void theFastPathGivesTheReferenceResults(@ForAll("cases") Case c, @ForAll("asOfShifts") int shift) {
    EvaluationOptions base = shift < 0 || c.events().isEmpty() ? EvaluationOptions.defaults()
        : EvaluationOptions.asOf(LocalDate.ofInstant(c.events().get(0).at(), CENTRAL).plusDays(shift));
    if (c.events().isEmpty() && base.asOf().isEmpty()) {
      base = EvaluationOptions.asOf(LocalDate.of(2026, 6, 1));
    }
    Evaluation reference;
    try {
      reference = ThreeStates.BOOK.evaluate(c, EvaluationOptions.builder().from(base).everyRule(true).build());
    } catch (CalendarRangeException refused) {
      // a deadline beyond the calendar's years: the fast path refuses the case too
      EvaluationOptions fastOptions = base.withoutTrace();
      assertThatThrownBy(() -> ThreeStates.BOOK.evaluate(c, fastOptions)).isInstanceOf(CalendarRangeException.class);
      return;
    }
    Evaluation fast = ThreeStates.BOOK.evaluate(c, base.withoutTrace());
    Evaluation traced = ThreeStates.BOOK.evaluate(c, base);

    assertThat(fast.findings()).isEqualTo(reference.findings());
    assertThat(fast.deadlines()).isEqualTo(reference.deadlines());
    assertThat(fast.position()).isEqualTo(reference.position());
    assertThat(fast.nextSteps()).isEqualTo(reference.nextSteps());
    assertThat(fast.trace()).isEqualTo(reference.trace().stream()
        .filter(t -> t.outcome() == TraceEntry.Outcome.INCOMPLETE).toList());
    assertThat(fast.traced()).isFalse();
    assertThat(traced).isEqualTo(reference);
    Statistics.label("events").collect(c.events().size() < 5 ? "0-4" : "5+");
  }
}
