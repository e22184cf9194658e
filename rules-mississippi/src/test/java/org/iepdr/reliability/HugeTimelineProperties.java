package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.testing.CaseArbitraries;

/**
 * A Missouri or Mississippi timeline of 5,000 events evaluates within a time budget. (Left out of
 * mutation testing for its running time: see docs/mutation-testing.md.)
 */
class HugeTimelineProperties {

  private static final Duration BUDGET = Duration.ofSeconds(10);

  @Provide
  Arbitrary<Case> hugeCases() {
    return Arbitraries.of("MO", "MS").flatMap(state -> CaseArbitraries.cases(state, ThreeStates.zone(state),
        5_000, 5_000, 3 * 365));
  }

  @Property(tries = 2)
  void aStateTimelineOfFiveThousandEventsEvaluatesWithinTheBudget(@ForAll("hugeCases") Case c) {
    Evaluation e = assertTimeoutPreemptively(BUDGET, () -> ThreeStates.BOOK.evaluate(c, LocalDate.of(2028, 1, 1)));
    assertThat(e.trace()).hasSize(ThreeStates.BOOK.jurisdiction(c.state()).rules().size());
  }
}
