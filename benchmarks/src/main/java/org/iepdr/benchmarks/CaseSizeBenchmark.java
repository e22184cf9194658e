package org.iepdr.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Student;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.Evaluation;
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

/**
 * Evaluation time over case sizes (issue 13, "Nothing grows faster than its input"): one Missouri
 * case with {@code complaints} due process complaints, each with the LEA's receipt, a placement change
 * while it is pending and, for every other complaint, a withdrawal; so about {@code 3.5 x complaints}
 * events, the shape that was quadratic in the resolution-period look-up, stay-put and the per-request
 * scans (20,000 complaints took 31 s, 40,000 took 164 s). With every step linear or n log n, the time
 * per complaint stays about flat from 1,000 to 100,000: compare the scores divided by the size.
 *
 * <p>Average time per evaluation, in milliseconds. Budget: 2 x 1 s warm-up and 3 x 1 s measurement per
 * size, one fork (the 100,000 size takes a few seconds per evaluation, so its iterations run over:
 * about 1 minute for the whole class on a 2-core machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CaseSizeBenchmark {

  /** The number of due process complaints in the case. */
  @Param({"1000", "10000", "100000"})
  public int complaints;

  private RuleBook book;
  private Case big;
  private LocalDate asOf;

  /**
   * Builds the case of the given size.
   *
   * @param complaints the number of complaints
   * @return the case
   */
  static Case ofSize(int complaints) {
    Instant t0 = LocalDateTime.of(2026, 1, 5, 10, 0).atZone(Cases.CENTRAL).toInstant();
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < complaints; i++) {
      Instant t = t0.plusSeconds(60L * i);
      String id = "dp" + i;
      events.add(Request.builder().id(id).kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy("mom")
          .filedWith(Recipient.STATE_AGENCY).at(t).build());
      events.add(Receipt.builder().id("rc" + i).request(id).recipient(Recipient.LEA).at(t.plusSeconds(10)).build());
      events.add(PlacementChange.builder().id("pc" + i).by("district").at(t.plusSeconds(20)).build());
      if (i % 2 == 0) {
        events.add(Withdrawal.builder().id("w" + i).request(id).by("mom").from(Withdrawal.From.REQUEST)
            .at(t.plusSeconds(30)).build());
      }
    }
    return Case.builder().id("size-" + complaints).student(Student.of("s-1")).district("Example R-1").state("MO")
        .addParties(Party.of("mom", PartyRole.PARENT), Party.of("district", PartyRole.LEA),
            Party.of("dese", PartyRole.STATE_AGENCY))
        .events(events).build();
  }

  /** Loads the rule book and builds the case. */
  @Setup(Level.Trial)
  public void setUp() {
    book = RuleBook.load();
    big = ofSize(complaints);
    asOf = LocalDate.of(2026, 12, 1);
  }

  /**
   * Evaluates the case.
   *
   * @return the evaluation
   */
  @Benchmark
  public Evaluation evaluate() {
    return book.evaluate(big, asOf);
  }
}
