package org.iepdr.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iepdr.core.model.Case;
import org.iepdr.core.report.ReportingYear;
import org.iepdr.core.report.Section618Counter;
import org.iepdr.core.report.Section618Element;
import org.iepdr.core.report.Section618Options;
import org.iepdr.core.report.Section618Report;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Section 618 report over generated cases against plain evaluation of the same cases (issue goal: the
 * report within 2x of evaluation). The cases are the Missouri dispute of {@link Cases#missouri(long, int)}
 * (a mediation, a due process complaint decided after a hearing, a child complaint decided), shifted by -26
 * to +13 weeks so that their requests fall across the 2025-26 reporting year and a few outside it. One
 * operation handles every case of the population; cases per second = operations per second x
 * {@code cases}. Both evaluate as of the status date, June 30, 2026.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Section618Benchmark {

  /** The number of cases one operation reports on. */
  @Param({"2000"})
  public int cases;

  private static final ReportingYear YEAR = ReportingYear.startingIn(2025);

  private Jurisdiction missouri;
  private List<Case> population;
  private LocalDate statusDate;

  /** Builds the population and checks that its report counts every section and is consistent. */
  @Setup(Level.Trial)
  public void setUp() {
    missouri = RuleBook.load().jurisdiction("MO");
    statusDate = YEAR.end();
    population = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      population.add(Cases.missouri(i, (i % 40) - 26));
    }
    Section618Report r = report();
    if (!r.consistent() || r.count(Section618Element.COMPLAINTS) == 0 || r.count(Section618Element.MEDIATION_REQUESTS) == 0
        || r.count(Section618Element.HEARINGS_ADJUDICATED) == 0) {
      throw new IllegalStateException("unexpected report: " + r);
    }
  }

  /**
   * The report over the population.
   *
   * @return the report
   */
  @Benchmark
  public Section618Report report() {
    Section618Counter counter = new Section618Counter(YEAR, Section618Options.defaults());
    for (Case c : population) {
      counter.add(c, missouri);
    }
    return counter.report();
  }

  /**
   * Plain evaluation of the same cases as of the status date.
   *
   * @param hole consumes each evaluation
   */
  @Benchmark
  public void evaluate(Blackhole hole) {
    for (Case c : population) {
      hole.consume(missouri.evaluate(c, statusDate));
    }
  }
}
