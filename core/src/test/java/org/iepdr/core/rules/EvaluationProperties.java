package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.core.testing.Fixtures;

/** Properties of the engine that hold for every rule and every valid case. */
class EvaluationProperties {

  @Provide
  Arbitrary<Case> cases() {
    return CaseArbitraries.federalCases();
  }

  @Property
  void shufflingTheInputOrderOfEventsGivesAnIdenticalEvaluation(@ForAll("cases") Case c, @ForAll Random random) {
    List<CaseEvent> shuffled = new ArrayList<>(c.events());
    Collections.shuffle(shuffled, random);
    Case reordered = Case.builder().from(c).events(shuffled).build();
    LocalDate asOf = LocalDate.of(2027, 6, 1);
    assertThat(reordered).isEqualTo(c);
    assertThat(Fixtures.US.evaluate(reordered, asOf)).isEqualTo(Fixtures.US.evaluate(c, asOf));
  }

  @Property(tries = 300)
  void everyDeadlineCarriesItsRulesPrimaryCitationAndIsFoundByItsRuleId(@ForAll("cases") Case c) {
    Evaluation e = Fixtures.US.evaluate(c, LocalDate.of(2027, 6, 1));
    for (Deadline d : e.deadlines()) {
      assertThat(d.citation()).isEqualTo(Fixtures.US.rule(d.ruleId()).orElseThrow().descriptor().citation());
      assertThat(e.deadlines(d.ruleId())).contains(d).allSatisfy(x -> assertThat(x.ruleId()).isEqualTo(d.ruleId()));
      assertThat(e.deadlines(d.ruleId())).isEqualTo(e.deadlines(d.ruleId().value()));
    }
  }

  @Provide
  Arbitrary<List<Case>> caseLists() {
    return CaseArbitraries.federalCases().list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 100)
  void evaluatingManyCasesInParallelGivesTheSameResultsAsOneByOne(@ForAll("caseLists") List<Case> cases) {
    LocalDate asOf = LocalDate.of(2026, 1, 1);
    List<Evaluation> sequential = cases.stream().map(c -> Fixtures.US.evaluate(c, asOf)).collect(Collectors.toList());
    List<Evaluation> parallel = cases.parallelStream().map(c -> Fixtures.US.evaluate(c, asOf)).collect(Collectors.toList());
    assertThat(parallel).isEqualTo(sequential);
  }

  @Property
  void everyValidCaseEvaluatesWithATraceEntryPerRule(@ForAll("cases") Case c) {
    Evaluation e = c.events().isEmpty() ? Fixtures.US.evaluate(c, LocalDate.of(2026, 1, 1)) : Fixtures.US.evaluate(c);
    assertThat(e.trace()).hasSize(Fixtures.US.rules().size());
    assertThat(e.trace()).extracting(TraceEntry::ruleId).isSorted();
    assertThat(e.findings()).allSatisfy(f -> assertThat(c.events().stream().map(CaseEvent::id))
        .containsAll(f.events()));
  }

  @Property
  void aLaterTriggerNeverGivesAnEarlierDeadline(@ForAll ProposedAct act,
      @ForAll @IntRange(min = 0, max = 20000) int day, @ForAll @IntRange(min = 0, max = 400) int gap) {
    LocalDate t1 = LocalDate.of(2001, 1, 1).plusDays(day);
    LocalDate t2 = t1.plusDays(gap);
    Plan p1;
    Plan p2;
    try {
      p1 = Fixtures.US.plan(act, t1);
      p2 = Fixtures.US.plan(act, t2);
    } catch (org.iepdr.core.MissingCalendarException schoolDaysNeedACalendar) {
      return;
    }
    if (p1.latest().isPresent()) {
      assertThat(p2.latest()).hasValueSatisfying(l -> assertThat(l).isAfterOrEqualTo(p1.latest().get()));
    }
    if (p1.earliest().isPresent()) {
      assertThat(p2.earliest()).hasValueSatisfying(l -> assertThat(l).isAfterOrEqualTo(p1.earliest().get()));
    }
  }
}
