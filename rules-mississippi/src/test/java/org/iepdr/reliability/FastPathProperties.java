package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
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
import org.jspecify.annotations.Nullable;

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
  Arbitrary<Case> casesForLateRules() {
    // cases with the events the rules of issues 16 and 17 read (see LATE_RULES), which the usual
    // generator draws rarely or never
    return Arbitraries.oneOf(CaseArbitraries.casesForEveryRule("MO", CENTRAL, 2, 20, 120),
        CaseArbitraries.casesForEveryRule("MS", CENTRAL, 2, 20, 120));
  }

  @Provide
  Arbitrary<Integer> lateShifts() {
    // as of the date of the facts (null), or a date after most of the case
    return Arbitraries.of(-1, 90, 2000);
  }

  /**
   * The rules added by issues 16 and 17: each must report a finding, a deadline or a note on some
   * generated cases (the coverage checked below), so that the property compares them too.
   */
  private static final Set<String> LATE_RULES = Set.of("IDEA.CIVIL_ACTION.TIME_LIMIT", "IDEA.SAFEGUARDS.NOTICE",
      "IDEA.RECORDS.ACCESS_45_DAYS", "IDEA.FEES.SETTLEMENT_OFFER", "IDEA.PRIVATE_PLACEMENT.NOTICE",
      "IDEA.DISCIPLINE.MANIFESTATION_10_SCHOOL_DAYS", "MO.NOTICE_OF_ACTION.10_DAYS", "MO.MEETING.TWO_ATTEMPTS",
      "IDEA.DUE_PROCESS.AMENDMENT", "IDEA.RESOLUTION.NON_PARTICIPATION", "IDEA.STATE_COMPLAINT.SET_ASIDE");

  @Provide
  Arbitrary<Integer> asOfShifts() {
    // as of the date of the facts (null), or a date before, inside or after the case
    return Arbitraries.of(-1, 0, 30, 200, 2000);
  }

  @Property(tries = 600)
  void theFastPathGivesTheReferenceResults(@ForAll("cases") Case c, @ForAll("asOfShifts") int shift) {
    compare(c, shift);
    Statistics.label("events").collect(c.events().size() < 5 ? "0-4" : "5+");
  }

  /**
   * The same over cases for the rules added by issues 16 and 17 (civil action, safeguards notice, records
   * access, settlement offer, private placement, manifestation determination, Missouri's notice of action
   * and two attempts, amendment, resolution non-participation, state complaint set aside), each of which
   * must report something on some of them.
   */
  @Property(tries = 300)
  void theLateRulesGiveTheReferenceResultsOnTheFastPath(@ForAll("casesForLateRules") Case c,
      @ForAll("lateShifts") int shift) {
    Evaluation reference = compare(c, shift);
    if (reference == null) {
      return;
    }
    Set<String> reporting = new TreeSet<>();
    reference.findings().forEach(f -> reporting.add(f.ruleId().value()));
    reference.deadlines().forEach(d -> reporting.add(d.ruleId().value()));
    reference.trace().stream().filter(t -> !t.notes().isEmpty()).forEach(t -> reporting.add(t.ruleId().value()));
    for (String id : LATE_RULES) {
      Statistics.label(id).collect(reporting.contains(id));
    }
    for (String id : LATE_RULES) {
      Statistics.label(id).coverage(checker -> checker.check(true).count(n -> n > 0));
    }
  }

  /** Compares the fast path with the reference; returns the reference, or null when the case is refused. */
  private static @Nullable Evaluation compare(Case c, int shift) {
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
      return null;
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
    return reference;
  }
}
