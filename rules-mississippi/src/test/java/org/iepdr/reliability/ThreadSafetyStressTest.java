package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.testing.HostileCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads evaluate the same generated US, MO and MS cases through one shared {@link RuleBook}
 * and get exactly the results of a sequential run: evaluations equal, exceptions of the same type
 * with the same message.
 */
class ThreadSafetyStressTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 2;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void manyThreadsThroughOneRuleBookGiveTheSequentialResults() throws Exception {
    RuleBook book = ThreeStates.BOOK;
    assertThat(book.jurisdictions()).containsExactlyInAnyOrder("US", "MO", "MS");
    List<Case> cases = new ArrayList<>(ThreeStates.cases().sampleStream().limit(150).toList());
    // and some hostile ones, whose answers must be as stable as the evaluations
    HostileCases.mutated(ThreeStates.cases(), ThreeStates.zone("MO")).sampleStream().limit(100).forEach(a -> {
      try {
        cases.add(a.build().get());
      } catch (RuntimeException invalid) {
        // an invalid case is refused when it is built; nothing to evaluate
      }
    });
    LocalDate asOf = LocalDate.of(2026, 6, 1);
    List<String> sequential = new ArrayList<>();
    for (Case c : cases) {
      HostileCases.outcome(() -> book.evaluate(c, asOf)); // an evaluation or a documented exception
      sequential.add(answer(book, c, asOf));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        Callable<List<String>> task = () -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < cases.size(); i++) {
            order.add(i);
          }
          String[] answers = new String[cases.size()];
          start.await();
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, new Random(seed * 31 + round));
            for (int i : order) {
              String a = answer(book, cases.get(i), asOf);
              if (answers[i] != null && !answers[i].equals(a)) {
                return List.of("round " + round + " of case " + i + " differed from round " + (round - 1));
              }
              answers[i] = a;
            }
          }
          return List.of(answers);
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<String>> f : futures) {
        assertThat(f.get(110, TimeUnit.SECONDS)).containsExactlyElementsOf(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The evaluation as text (it is a value: equal evaluations print equally), or the exception. */
  static String answer(RuleBook book, Case c, LocalDate asOf) {
    try {
      return book.evaluate(c, asOf).toString();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
