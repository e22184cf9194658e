package org.iepdr.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.junit.jupiter.api.Test;

/**
 * {@link ResultSize} measures what it says: the result's own objects (at least one object per finding
 * and deadline, none of the shared citations), growing with the case, and less than what the
 * evaluation allocates. A few hundred evaluations only: the figures of the README come from its
 * {@code main}.
 */
class ResultSizeTest {

  private static final RuleBook BOOK = RuleBook.load();
  private static final EvaluationOptions NO_TRACE = EvaluationOptions.asOf(Cases.AS_OF).withoutTrace();

  @Test
  void theResultIsTheEvaluationsOwnObjectsAndLessThanItAllocates() {
    Jurisdiction mo = BOOK.jurisdiction("MO");
    Case c = Cases.missouri();
    Evaluation e = mo.evaluate(c, NO_TRACE);
    ResultSize.Sizes s = ResultSize.measure(mo, c, NO_TRACE, 200, 200);
    int values = e.findings().size() + e.deadlines().size();
    assertTrue(values > 5, "the typical case has findings and deadlines");
    assertTrue(s.resultObjects() > values, s.resultObjects() + " objects for " + values + " values");
    assertTrue(s.result() > 32L * values, s.result() + " bytes");
    assertTrue(s.allocated() > s.result(), s.allocated() + " allocated, " + s.result() + " result");
    assertEquals(s.allocated() - s.result(), s.beyond(), 1e-9);
    assertTrue(s.layout().stream().anyMatch(l -> l.endsWith("org.iepdr.core.rules.ImmutableDeadline")), s.layout()
        .toString());
    assertTrue(s.layout().stream().noneMatch(l -> l.endsWith("org.iepdr.core.rules.Citation")
        || l.endsWith("org.iepdr.core.rules.ImmutableCitation")), "citations are the jurisdiction's: " + s.layout());
  }

  @Test
  void tenDisputesMakeAboutTenTimesTheResult() {
    Jurisdiction ms = BOOK.jurisdiction("MS");
    ResultSize.Sizes one = ResultSize.measure(ms, Cases.mississippi(), NO_TRACE, 50, 50);
    ResultSize.Sizes ten = ResultSize.measure(ms, Cases.mississippi(0, 0, 10), NO_TRACE, 20, 20);
    assertTrue(ten.result() > 5 * one.result() && ten.result() < 15 * one.result(),
        one.result() + " bytes for one dispute, " + ten.result() + " for ten");
  }
}
