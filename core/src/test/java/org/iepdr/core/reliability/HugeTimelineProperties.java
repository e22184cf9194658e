package org.iepdr.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.core.testing.Fixtures;

/**
 * A huge timeline (5,000 events) evaluates within a time budget: no rule is quadratic enough to hang
 * a nightly batch. (Left out of mutation testing for its running time: see docs/mutation-testing.md.)
 */
class HugeTimelineProperties {

  private static final Duration BUDGET = Duration.ofSeconds(10);

  @Provide
  Arbitrary<Case> hugeCases() {
    return CaseArbitraries.cases("US", Fixtures.ZONE, 5_000, 5_000, 3 * 365);
  }

  @Property(tries = 2)
  void aTimelineOfFiveThousandEventsEvaluatesWithinTheBudget(@ForAll("hugeCases") Case c) {
    Evaluation e = assertTimeoutPreemptively(BUDGET, () -> Fixtures.BOOK.evaluate(c,
        EvaluationOptions.asOf(LocalDate.of(2028, 1, 1))));
    assertThat(c.events()).hasSize(5_000);
    assertThat(e.trace()).hasSize(Fixtures.US.rules().size());
  }
}
