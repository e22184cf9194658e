package org.iepdr.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case evaluation throughput without the trace ({@link EvaluationOptions#trace()} false, what a batch
 * asks for): the typical Missouri and Mississippi cases of {@link Cases}, every rule in force, findings
 * and deadlines complete, on one thread and on two, at two case sizes: about 20 events (one dispute
 * walking the whole ladder) and about 200 (ten such disputes in one case, {@link Cases#missouri(long,
 * int, int)}).
 *
 * <p>The setup checks, for each case, that the evaluation measured has the same findings, deadlines,
 * position and next steps as the reference evaluation (every rule run, the full trace), and for the
 * 20-event cases the exact rule ids of {@link Expected}. In throughput mode with two threads JMH reports
 * the sum of both threads' evaluations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FastEvaluationBenchmark {

  /** The events of a case: 20 (one dispute) or 200 (ten). */
  @Param({"20", "200"})
  public int events;

  private Jurisdiction mo;
  private Jurisdiction ms;
  private Case missouri;
  private Case mississippi;
  private EvaluationOptions options;

  /** Loads the rule book, builds the two cases and checks their evaluations against the reference. */
  @Setup(Level.Trial)
  public void setUp() {
    RuleBook book = RuleBook.load();
    mo = book.jurisdiction("MO");
    ms = book.jurisdiction("MS");
    int copies = Math.max(1, events / 20);
    missouri = Cases.missouri(0, 0, copies);
    mississippi = Cases.mississippi(0, 0, copies);
    LocalDate asOf = Cases.AS_OF;
    options = EvaluationOptions.asOf(asOf).withoutTrace();
    for (Case c : new Case[] {missouri, mississippi}) {
      Evaluation fast = book.evaluate(c, options);
      Evaluation reference = book.evaluate(c, EvaluationOptions.builder().asOf(asOf).everyRule(true).build());
      if (!fast.findings().equals(reference.findings()) || !fast.deadlines().equals(reference.deadlines())
          || !fast.nextSteps().equals(reference.nextSteps()) || fast.position() != reference.position()) {
        throw new IllegalStateException(c.id() + ": the fast evaluation differs from the reference");
      }
      if (copies == 1) {
        Expected.check(c, fast);
      } else if (fast.findings().isEmpty() || fast.deadlines().isEmpty()) {
        throw new IllegalStateException(c.id() + ": no findings or deadlines in the large case");
      }
    }
  }

  /**
   * The Missouri case, one thread.
   *
   * @return the evaluation
   */
  @Benchmark
  @Threads(1)
  public Evaluation missouri1Thread() {
    return mo.evaluate(missouri, options);
  }

  /**
   * The Missouri case, two threads sharing the rule book.
   *
   * @return the evaluation
   */
  @Benchmark
  @Threads(2)
  public Evaluation missouri2Threads() {
    return mo.evaluate(missouri, options);
  }

  /**
   * The Mississippi case, one thread.
   *
   * @return the evaluation
   */
  @Benchmark
  @Threads(1)
  public Evaluation mississippi1Thread() {
    return ms.evaluate(mississippi, options);
  }

  /**
   * The Mississippi case, two threads sharing the rule book.
   *
   * @return the evaluation
   */
  @Benchmark
  @Threads(2)
  public Evaluation mississippi2Threads() {
    return ms.evaluate(mississippi, options);
  }
}
