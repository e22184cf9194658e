package org.iepdr.core.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.core.testing.Fixtures;

/**
 * A due list is a function of the set of cases, not of their order: fed the same cases in any order, or
 * in parts merged, it lists the same items, each open and due in the window, in {@link DueItem#order()};
 * and it lists every open deadline of the cases due in the window.
 */
class DueListProperties {

  private static final LocalDate BASE = LocalDate.of(2026, 1, 5);


  /** A case with a complaint (a state complaint or a due process complaint) and perhaps its decision. */
  static Arbitrary<Case> complaints() {
    return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.of(RequestKind.STATE_COMPLAINT,
        RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT),
        Arbitraries.integers().between(-1, 80)).as((day, kind, decided) -> {
          LocalDate filed = BASE.plusDays(day);
          Case.Builder b = Fixtures.caseBuilder().addEvents(Request.builder().id("r").kind(kind)
              .filedBy(Fixtures.PARENT).at(Fixtures.at(filed.toString())).build());
          if (decided >= 0) {
            b.addEvents(Decision.builder().id("d").request("r").kind(kind == RequestKind.STATE_COMPLAINT
                ? DecisionKind.STATE_COMPLAINT_DECISION : DecisionKind.HEARING_DECISION)
                .at(Fixtures.at(filed.plusDays(decided).toString())).build());
          }
          return b.build();
        });
  }

  @Provide
  Arbitrary<List<Case>> caseloads() {
    Arbitrary<Case> one = Arbitraries.frequencyOf(Tuple.of(4, complaints()),
        Tuple.of(1, CaseArbitraries.cases("US", Fixtures.ZONE, 2, 12, 40)));
    return one.list().ofMinSize(1).ofMaxSize(12).map(cases -> {
      List<Case> named = new ArrayList<>();
      for (int i = 0; i < cases.size(); i++) {
        // a few ids repeat: a caseload may hold one id twice
        named.add(Case.builder().from(cases.get(i)).id("case-" + (i % 5)).build());
      }
      return named;
    });
  }

  @Property(tries = 150)
  void theOrderOfTheCasesDoesNotChangeTheList(@ForAll("caseloads") List<Case> cases,
      @ForAll @IntRange(min = 0, max = 100) int start, @ForAll @IntRange(min = 7, max = 60) int width,
      @ForAll @IntRange(min = 0, max = 20) int lead, @ForAll long seed) {
    LocalDate from = BASE.plusDays(start);
    DueWindow w = DueWindow.of(from, from.plusDays(width), from.minusDays(lead));
    List<Evaluation> evaluations = cases.stream().map(c -> Fixtures.US.evaluate(c, w.evaluationOptions())).toList();

    DueList inOrder = new DueList(w);
    evaluations.forEach(inOrder::add);
    List<Evaluation> shuffled = new ArrayList<>(evaluations);
    Collections.shuffle(shuffled, new Random(seed));
    DueList reordered = new DueList(w);
    shuffled.forEach(reordered::add);
    assertThat(reordered.items()).isEqualTo(inOrder.items());
    assertThat(reordered.items().stream().map(DueItem::toString).toList())
        .isEqualTo(inOrder.items().stream().map(DueItem::toString).toList());

    DueList half = new DueList(w);
    DueList rest = new DueList(w);
    for (int i = 0; i < shuffled.size(); i++) {
      (i % 2 == 0 ? half : rest).add(shuffled.get(i));
    }
    half.addAll(rest);
    assertThat(half.items()).isEqualTo(inOrder.items());
    assertThat(half.cases()).isEqualTo(cases.size());

    List<DueItem> items = inOrder.items();
    assertThat(items).isSortedAccordingTo(DueItem.order());
    long open = 0;
    for (Evaluation e : evaluations) {
      for (Deadline d : e.deadlines()) {
        if (d.outcome() == DeadlineOutcome.OPEN && w.contains(d.due())) {
          open++;
        }
      }
    }
    assertThat(items).hasSize((int) open);
    Statistics.collect(items.isEmpty() ? "no item" : "items");
    Statistics.coverage(c -> c.check("items").percentage(p -> p > 15));
    for (DueItem i : items) {
      assertThat(i.deadline().outcome()).isEqualTo(DeadlineOutcome.OPEN);
      assertThat(w.contains(i.due())).isTrue();
      assertThat(i.daysLeft()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(w.asOf(), i.due()))
          .isGreaterThanOrEqualTo(lead);
    }
  }
}
