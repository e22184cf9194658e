package org.iepdr.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.RuleBook;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' cases still give what the benchmarks check in their setup (a rule change that moves
 * them fails here, in the normal build, not only when the benchmarks run). No benchmark runs here.
 */
class CasesTest {

  private static final RuleBook BOOK = RuleBook.load();

  @Test
  void theTypicalCasesGiveTheExpectedFindingsAndDeadlines() {
    Expected.check(Cases.missouri(), BOOK.evaluate(Cases.missouri(), Cases.AS_OF));
    Expected.check(Cases.mississippi(), BOOK.evaluate(Cases.mississippi(), Cases.AS_OF));
  }

  @Test
  void aCaseOfTenDisputesHasTenTimesTheEventsAndTheFastPathGivesTheReference() {
    for (Case c : new Case[] {Cases.missouri(0, 0, 10), Cases.mississippi(0, 0, 10)}) {
      Case one = "MO".equals(c.state()) ? Cases.missouri() : Cases.mississippi();
      assertEquals(10 * one.events().size(), c.events().size());
      Evaluation fast = BOOK.evaluate(c, EvaluationOptions.asOf(Cases.AS_OF).withoutTrace());
      Evaluation reference = BOOK.evaluate(c, EvaluationOptions.builder().asOf(Cases.AS_OF).everyRule(true).build());
      assertEquals(reference.findings(), fast.findings());
      assertEquals(reference.deadlines(), fast.deadlines());
      assertEquals(reference.nextSteps(), fast.nextSteps());
      assertTrue(fast.findings().size() >= BOOK.evaluate(one, Cases.AS_OF).findings().size());
    }
  }
}
