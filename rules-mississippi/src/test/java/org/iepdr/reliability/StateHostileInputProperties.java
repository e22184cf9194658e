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
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.InvalidCaseException;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.UnknownJurisdictionException;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.core.testing.HostileCases;
import org.iepdr.core.testing.HostileCases.Attempt;

/**
 * Hostile US, MO and MS cases through one rule book end in an evaluation or a documented exception
 * that names the problem; never another exception, a hang or a deadline outside the calendar.
 */
class StateHostileInputProperties {

  private static final Duration BUDGET = Duration.ofSeconds(10);

  @Provide
  Arbitrary<Attempt> mutatedCases() {
    return Arbitraries.oneOf(
        HostileCases.mutated(CaseArbitraries.cases("MO", ThreeStates.zone("MO"), Arbitraries.just("Student Name"),
            Arbitraries.just(LocalDate.of(2015, 1, 1))), ThreeStates.zone("MO")),
        HostileCases.mutated(CaseArbitraries.cases("MS", ThreeStates.zone("MS"), Arbitraries.just("Student Name"),
            Arbitraries.just(LocalDate.of(2015, 1, 1))), ThreeStates.zone("MS")));
  }

  @Provide
  Arbitrary<LocalDate> asOfDates() {
    return HostileCases.asOfDates();
  }

  @Property
  void mutatedStateCasesEndInAnEvaluationOrADocumentedException(@ForAll("mutatedCases") Attempt attempt,
      @ForAll("asOfDates") LocalDate asOf) {
    Object outcome = assertTimeoutPreemptively(BUDGET, () -> HostileCases.outcome(() -> {
      Case c = attempt.build().get();
      return asOf == null ? ThreeStates.BOOK.evaluate(c) : ThreeStates.BOOK.evaluate(c, asOf);
    }));
    switch (attempt.mutation()) {
      case DUPLICATE_ID, UNKNOWN_PERSON, UNKNOWN_REQUEST, REVOKED_BEFORE_GIVEN, BLANK_IDS, DUPLICATE_PARTY,
          MALFORMED_STATE, CONTRADICTORY_ISSUES -> assertThat(outcome).isInstanceOf(InvalidCaseException.class);
      case UNKNOWN_STATE -> assertThat(outcome).isInstanceOf(UnknownJurisdictionException.class);
      case YEAR_0001, YEAR_9999, EXTREME_INSTANT -> assertThat(outcome)
          .isInstanceOfAny(CalendarRangeException.class, InvalidCaseException.class);
      default -> { }
    }
    if (outcome instanceof Evaluation e) {
      HostileCases.assertDeadlinesInsideTheCalendar(ThreeStates.BOOK.jurisdiction(e.jurisdiction()), e);
    }
  }
}
