package org.iepdr.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleBook;

/**
 * Batch memory: evaluates a lazily generated stream of cases (by default 10 million) in a small heap
 * and reports the heap used after a full GC at intervals, so that a leak shows as growth.
 *
 * <p>Run it with {@code -Xmx64m}: {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar
 * org.iepdr.benchmarks.BatchMemoryCheck [cases [threads [maxSeconds]]]}. Cases alternate between the
 * typical Missouri and Mississippi cases of {@link Cases}, each with its own case and student id and
 * its dates shifted by 0 to 51 weeks (as-of date shifted with them); each is built when its turn
 * comes (an {@link Iterator}, never a list) and dropped after its evaluation. Only counters are kept.
 *
 * <p>Correctness: the unshifted cases are checked against {@link Expected}; for each of the 104
 * (state, shift) shapes the first evaluation's finding count is recorded and every later evaluation of
 * that shape must give the same count.
 *
 * <p>The last line is machine-readable, for {@link ResultsTable}: {@code BATCH cases=... seconds=...
 * firstMiB=... maxMiB=... lastMiB=... xmxMiB=... complete=true|false}. The run stops early (complete
 * false) if {@code maxSeconds} pass first, so that the documented command stays within its time.
 */
public final class BatchMemoryCheck {

  private static final int SHAPES = 52;

  private BatchMemoryCheck() {}

  /**
   * Runs the check.
   *
   * @param args number of cases (default 10,000,000), threads (default 2), maximum seconds (default
   *     unlimited)
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    long total = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long maxSeconds = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE / 2_000_000_000L;
    RuleBook book = RuleBook.load();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Expected.check(Cases.missouri(), book.evaluate(Cases.missouri(), Cases.AS_OF));
    Expected.check(Cases.mississippi(), book.evaluate(Cases.mississippi(), Cases.AS_OF));
    int[] expectedFindings = new int[2 * SHAPES];
    for (int shape = 0; shape < 2 * SHAPES; shape++) {
      int weeks = shape / 2;
      Case c = shape % 2 == 0 ? Cases.missouri(weeks) : Cases.mississippi(weeks);
      expectedFindings[shape] = book.evaluate(c, Cases.asOf(weeks)).findings().size();
    }

    AtomicLong next = new AtomicLong();
    LongAccumulator findings = new LongAccumulator(Long::sum, 0);
    LongAccumulator violations = new LongAccumulator(Long::sum, 0);
    LongAccumulator deadlines = new LongAccumulator(Long::sum, 0);
    LongAccumulator evaluated = new LongAccumulator(Long::sum, 0);
    long start = System.nanoTime();
    long stopAt = start + maxSeconds * 1_000_000_000L;
    Runnable worker = () -> {
      Iterator<long[]> stream = new Iterator<>() {
        private long i = next.getAndIncrement();

        @Override
        public boolean hasNext() {
          return i < total && System.nanoTime() < stopAt;
        }

        @Override
        public long[] next() {
          long[] r = {i};
          i = next.getAndIncrement();
          return r;
        }
      };
      while (stream.hasNext()) {
        long i = stream.next()[0];
        int shape = (int) (i % (2 * SHAPES));
        int weeks = shape / 2;
        Case c = shape % 2 == 0 ? Cases.missouri(i, weeks) : Cases.mississippi(i, weeks);
        LocalDate asOf = Cases.asOf(weeks);
        Evaluation e = book.evaluate(c, asOf);
        int n = e.findings().size();
        if (n != expectedFindings[shape]) {
          throw new IllegalStateException("case " + c.id() + ": " + n + " findings, expected "
              + expectedFindings[shape]);
        }
        findings.accumulate(n);
        deadlines.accumulate(e.deadlines().size());
        int v = 0;
        for (var f : e.findings()) {
          if (f.kind() == FindingKind.VIOLATION) {
            v++;
          }
        }
        violations.accumulate(v);
        evaluated.accumulate(1);
      }
    };
    Thread[] pool = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      pool[t] = new Thread(worker, "batch-" + t);
      pool[t].setDaemon(true);
      pool[t].start();
    }
    long firstMiB = -1;
    long maxMiB = 0;
    long lastMiB = 0;
    long interval = Math.max(1, total / 20);
    long reported = 0;
    while (alive(pool)) {
      Thread.sleep(200);
      long done = evaluated.get();
      if (done - reported >= interval || !alive(pool)) {
        reported = done;
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed() >> 20;
        firstMiB = firstMiB < 0 ? used : firstMiB;
        maxMiB = Math.max(maxMiB, used);
        lastMiB = used;
        double s = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(Locale.ROOT, "%,13d cases  %7.1f s  %,9.0f cases/s  heap after GC %3d MiB",
            done, s, done / s, used));
      }
    }
    for (Thread t : pool) {
      t.join();
    }
    long done = evaluated.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    long xmx = Runtime.getRuntime().maxMemory() >> 20;
    System.out.println(String.format(Locale.ROOT, "%,d cases on %d threads in %.1f s (%,.0f cases/s): %,d findings"
        + " (%,d violations), %,d deadlines; heap after GC first %d MiB, max %d MiB, last %d MiB, max heap %d MiB",
        done, threads, seconds, done / seconds, findings.get(), violations.get(), deadlines.get(), firstMiB, maxMiB,
        lastMiB, xmx));
    System.out.println(String.format(Locale.ROOT, "BATCH cases=%d seconds=%.1f firstMiB=%d maxMiB=%d lastMiB=%d"
        + " xmxMiB=%d complete=%b", done, seconds, firstMiB, maxMiB, lastMiB, xmx, done >= total));
  }

  private static boolean alive(Thread[] pool) {
    for (Thread t : pool) {
      if (t.isAlive()) {
        return true;
      }
    }
    return false;
  }
}
