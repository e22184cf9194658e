package org.iepdr.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
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
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.UnknownJurisdictionException;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.core.testing.Fixtures;
import org.iepdr.core.testing.HostileCases;
import org.iepdr.core.testing.HostileCases.Attempt;
import org.iepdr.core.testing.HostileCases.MissingAttributes;
import org.iepdr.core.testing.HostileCases.Mutation;

/**
 * Hostile input through the API ends in an evaluation or in a documented exception that names the
 * problem: never another exception, never a hang, never a deadline outside the calendar.
 */
class HostileInputProperties {

  private static final Duration BUDGET = Duration.ofSeconds(10);

  @Provide
  Arbitrary<Attempt> mutatedCases() {
    return HostileCases.mutated(CaseArbitraries.federalCases(), Fixtures.ZONE);
  }

  @Provide
  Arbitrary<LocalDate> asOfDates() {
    return HostileCases.asOfDates();
  }

  @Property
  void mutatedCasesEndInAnEvaluationOrADocumentedException(@ForAll("mutatedCases") Attempt attempt,
      @ForAll("asOfDates") LocalDate asOf) {
    Object outcome = assertTimeoutPreemptively(BUDGET, () -> HostileCases.outcome(() -> {
      Case c = attempt.build().get();
      return asOf == null ? Fixtures.BOOK.evaluate(c) : Fixtures.BOOK.evaluate(c, asOf);
    }));
    Mutation m = attempt.mutation();
    switch (m) {
      case DUPLICATE_ID, UNKNOWN_PERSON, UNKNOWN_REQUEST, REVOKED_BEFORE_GIVEN, BLANK_IDS, DUPLICATE_PARTY,
          MALFORMED_STATE, CONTRADICTORY_ISSUES -> assertThat(outcome).isInstanceOf(InvalidCaseException.class);
      case UNKNOWN_STATE -> assertThat(outcome).isInstanceOf(UnknownJurisdictionException.class);
      case YEAR_0001, YEAR_9999, EXTREME_INSTANT -> assertThat(outcome).as("a timeline outside the calendar's years")
          .isInstanceOfAny(CalendarRangeException.class, InvalidCaseException.class);
      default -> { }
    }
    if (asOf != null && (asOf.getYear() < 2000 || asOf.getYear() > 2100)) {
      assertThat(outcome).as("an as-of date outside the calendar's years")
          .isInstanceOfAny(CalendarRangeException.class, InvalidCaseException.class,
              UnknownJurisdictionException.class);
    }
    if (outcome instanceof CalendarRangeException cre) {
      assertThat(cre.getMessage()).containsAnyOf("event '", "as-of date", "covers");
    }
    if (outcome instanceof Evaluation e) {
      HostileCases.assertDeadlinesInsideTheCalendar(Fixtures.US, e);
    }
  }

  @Property
  void buildersMissingRequiredAttributesNameEveryMissingAttribute(
      @ForAll("missingAttributes") MissingAttributes attempt) {
    Throwable t = catchThrowable(() -> attempt.build().get());
    assertThat(t).isInstanceOf(IllegalStateException.class).hasMessageContaining(attempt.type());
    for (String attribute : attempt.missing()) {
      assertThat(t.getMessage()).contains(attribute);
    }
  }

  @Provide
  Arbitrary<MissingAttributes> missingAttributes() {
    return Arbitraries.oneOf(HostileCases.caseBuildersMissingAttributes(),
        HostileCases.requestBuildersMissingAttributes());
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(6),
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.of("", " ", "\u0000", "mo", "Mo", "us", "\u0130\u0131", "\uD83D\uDE00", "a".repeat(10_000)));
  }

  @Property
  void casesOfJunkTextEndInAnEvaluationOrADocumentedException(@ForAll("junk") String id,
      @ForAll("junk") String district, @ForAll("junk") String state, @ForAll("junk") String partyId) {
    Object outcome = HostileCases.outcome(() -> {
      Case c = Case.builder().id(id).student(Student.builder().id(id).build()).district(district).state(state)
          .addParties(Party.of(partyId, PartyRole.PARENT)).build();
      return Fixtures.BOOK.evaluate(c, LocalDate.of(2026, 1, 1));
    });
    if (outcome instanceof InvalidCaseException ice) {
      assertThat(ice.problems()).isNotEmpty();
    }
  }
}
