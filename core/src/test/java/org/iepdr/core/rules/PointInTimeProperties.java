package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Case;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.core.testing.Fixtures;

/**
 * Moving the as-of date later never changes the verdict on an act already known on the earlier date,
 * except a deadline still open then: what was met or missed stays so, and every finding made on the
 * earlier date is made again, by the same rule, of the same kind, on the same act (or clock trigger).
 */
class PointInTimeProperties {

  @Provide
  Arbitrary<Case> cases() {
    return CaseArbitraries.federalCases();
  }

  @Property(tries = 400)
  void aLaterAsOfDateKeepsEveryVerdictOnAnActKnownEarlier(@ForAll("cases") Case c,
      @ForAll @IntRange(min = 0, max = 1300) int day, @ForAll @IntRange(min = 1, max = 400) int gap) {
    LocalDate earlier = LocalDate.of(2024, 1, 1).plusDays(day);
    LocalDate later = earlier.plusDays(gap);
    Evaluation before = Fixtures.US.evaluate(c, earlier);
    Evaluation after = Fixtures.US.evaluate(c, later);
    for (Deadline d : before.deadlines()) {
      if (d.status() == DeadlineStatus.PENDING) {
        continue; // still open on the earlier date: a later act may meet it or its end may pass
      }
      if (assumed(before, d.ruleId(), d.trigger())) {
        continue; // counted from an assumed day the trace states (no receipt recorded yet): a later fact may replace it
      }
      List<Deadline> same = after.deadlines(d.ruleId()).stream()
          .filter(x -> x.trigger().equals(d.trigger()) && x.description().equals(d.description()))
          .toList();
      assertThat(same).as("deadline %s on %s", d, later).isNotEmpty()
          .anySatisfy(x -> assertThat(x.status()).isEqualTo(d.status()));
    }
    for (Finding f : before.findings()) {
      if (!f.events().isEmpty() && assumed(before, f.ruleId(), f.events().get(0))) {
        continue;
      }
      assertThat(after.findings(f.ruleId()))
          .as("finding %s made on %s, again on %s", f, earlier, later)
          .anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(f.kind());
            assertThat(x.events()).isNotEmpty();
            assertThat(f.events()).isNotEmpty();
            assertThat(x.events().get(0)).isEqualTo(f.events().get(0));
          });
    }
  }

  /** Whether a rule's trace says it assumed something about an event (a note naming the event). */
  private static boolean assumed(Evaluation e, RuleId rule, String eventId) {
    return e.trace().stream().filter(t -> t.ruleId().equals(rule))
        .anyMatch(t -> t.notes().stream().anyMatch(n -> n.contains(eventId + ":") || n.contains(eventId + " ")));
  }
}
