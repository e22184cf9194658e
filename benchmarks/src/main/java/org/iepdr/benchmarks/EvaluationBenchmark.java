package org.iepdr.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.RuleBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case evaluation throughput: the typical Missouri and Mississippi cases of {@link Cases} (about 20
 * events, every rule of the state and the inherited federal rules run), evaluated as of
 * {@link Cases#AS_OF} through one {@link RuleBook} shared by all threads, on one thread and on two.
 *
 * <p>The setup evaluates each case once and checks the exact rule ids of its findings and deadlines
 * ({@link Expected}). The benchmark methods return the {@link Evaluation}, which JMH consumes. In
 * throughput mode with two threads JMH reports the sum of both threads' evaluations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluationBenchmark {

  private RuleBook book;
  private Case missouri;
  private Case mississippi;
  private LocalDate asOf;

  /** Loads the rule book, builds the two cases and checks their evaluations. */
  @Setup(Level.Trial)
  public void setUp() {
    book = RuleBook.load();
    missouri = Cases.missouri();
    mississippi = Cases.mississippi();
    asOf = Cases.AS_OF;
    Expected.check(missouri, book.evaluate(missouri, asOf));
    Expected.check(mississippi, book.evaluate(mississippi, asOf));
  }

  /**
   * The Missouri case, one thread.
   *
   * @return the evaluation
   */
  @Benchmark
  @Threads(1)
  public Evaluation missouri1Thread() {
    return book.evaluate(missouri, asOf);
  }

  /**
   * The Missouri case, two threads sharing the rule book.
   *
   * @return the evaluation
   */
  @Benchmark
  @Threads(2)
  public Evaluation missouri2Threads() {
    return book.evaluate(missouri, asOf);
  }

  /**
   * The Mississippi case, one thread.
   *
   * @return the evaluation
   */
  @Benchmark
  @Threads(1)
  public Evaluation mississippi1Thread() {
    return book.evaluate(mississippi, asOf);
  }

  /**
   * The Mississippi case, two threads sharing the rule book.
   *
   * @return the evaluation
   */
  @Benchmark
  @Threads(2)
  public Evaluation mississippi2Threads() {
    return book.evaluate(mississippi, asOf);
  }
}
