package org.iepdr.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.openjdk.jol.info.GraphLayout;

/**
 * How many of the bytes an evaluation allocates are its result, and how many are spent on the way:
 * issue 22's second target is "at most 2 KB allocated per evaluation beyond the result objects
 * themselves when the caller does not ask for the trace", and this is its measure.
 *
 * <p>For the typical Missouri and Mississippi cases of {@link Cases} (20 events, and 200 when asked),
 * evaluated without the trace on one thread:
 * <ul>
 *   <li><b>allocated</b>: the bytes the thread allocates per evaluation
 *       ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes} over a loop after a
 *       warm-up; exact, and independent of the machine's load, the same figure as JMH's
 *       {@code gc.alloc.rate.norm});
 *   <li><b>result</b>: the bytes of the objects an evaluation returns that it made itself: the graph of
 *       objects reachable from one {@link Evaluation} (its findings, deadlines, their facts, messages,
 *       windows and statuses, the next steps, the lists), without the objects also reachable from a
 *       second evaluation of the same case, from the case or from the jurisdiction (citations, rule
 *       ids, message keys, enum constants, shared empty lists and advice made once): what a caller
 *       keeps. Measured with JOL ({@code org.openjdk.jol}), with the layout of the running JVM;
 *   <li><b>beyond the result</b>: the difference, what the evaluation spends on the way (the context's
 *       indexes, drafts, iterators, the ladder's reading of the case).
 * </ul>
 *
 * <p>Usage: {@code java -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar
 * org.iepdr.benchmarks.ResultSize [events (20 or 200, default 20)] [--classes]}; {@code --classes} also
 * prints the result's objects by class. Without the attach flag JOL prints a warning and measures the
 * same.
 */
public final class ResultSize {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  static {
    // records' fields have no offset through sun.misc.Unsafe: JOL then finds them by their layout
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
  }

  private ResultSize() {}

  /**
   * The sizes of one case's evaluation.
   *
   * @param allocated bytes allocated per evaluation
   * @param result bytes of the result objects the evaluation made
   * @param resultObjects how many objects those are
   * @param layout the result's objects by class, largest first
   */
  public record Sizes(double allocated, long result, long resultObjects, List<String> layout) {

    /**
     * Returns the bytes allocated beyond the result.
     *
     * @return allocated minus result
     */
    public double beyond() {
      return allocated - result;
    }
  }

  /**
   * Measures one case.
   *
   * @param j the jurisdiction
   * @param c the case
   * @param o the evaluation's options
   * @param warmups evaluations before measuring (enough for the JIT's escape analysis: 20,000 or more
   *     for figures that match JMH's)
   * @param measured evaluations measured
   * @return the sizes
   */
  public static Sizes measure(Jurisdiction j, Case c, EvaluationOptions o, int warmups, int measured) {
    long sink = 0;
    for (int i = 0; i < warmups; i++) {
      sink += j.evaluate(c, o).findings().size();
    }
    long before = THREADS.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < measured; i++) {
      sink += j.evaluate(c, o).findings().size();
    }
    double allocated = (THREADS.getCurrentThreadAllocatedBytes() - before) / (double) measured;
    Evaluation first = j.evaluate(c, o);
    Evaluation second = j.evaluate(c, o);
    if (!first.equals(second) || sink < 0) {
      throw new IllegalStateException(c.id() + ": two evaluations of the same case differ");
    }
    // Two walks, each over a consistent heap; only their totals are compared, so a garbage collection
    // moving objects between them changes nothing (GraphLayout.subtract compares addresses).
    // a first walk fills the JVM's reflection caches the walker uses, which would otherwise count
    GraphLayout.parseInstance(first, c, j, second);
    GraphLayout shared = GraphLayout.parseInstance(first, c, j);
    GraphLayout all = GraphLayout.parseInstance(first, c, j, second);
    record ByClass(String name, long bytes, long count) {}
    List<ByClass> byClass = new ArrayList<>();
    for (Class<?> k : all.getClasses()) {
      long bytes = all.getClassSizes().count(k) - shared.getClassSizes().count(k);
      if (bytes > 0) {
        byClass.add(new ByClass(k.getName(), bytes, all.getClassCounts().count(k) - shared.getClassCounts().count(k)));
      }
    }
    byClass.sort(Comparator.comparingLong(ByClass::bytes).reversed());
    List<String> layout = new ArrayList<>();
    for (ByClass e : byClass) {
      layout.add(String.format(Locale.ROOT, "%,9d bytes %,6d objects  %s", e.bytes(), e.count(), e.name()));
    }
    return new Sizes(allocated, all.totalSize() - shared.totalSize(), all.totalCount() - shared.totalCount(),
        List.copyOf(layout));
  }

  /**
   * Prints the table.
   *
   * @param args the number of events (20 or 200) and {@code --classes}
   */
  public static void main(String[] args) {
    int events = 20;
    boolean classes = false;
    for (String a : args) {
      if ("--classes".equals(a)) {
        classes = true;
      } else {
        events = Integer.parseInt(a);
      }
    }
    int copies = Math.max(1, events / 20);
    RuleBook book = RuleBook.load();
    EvaluationOptions o = EvaluationOptions.asOf(Cases.AS_OF).withoutTrace();
    System.out.println(String.format(Locale.ROOT, "%-4s %7s %12s %12s %9s %12s", "case", "events",
        "allocated", "result", "objects", "beyond"));
    for (String state : List.of("MO", "MS")) {
      Jurisdiction j = book.jurisdiction(state);
      Case c = "MO".equals(state) ? Cases.missouri(0, 0, copies) : Cases.mississippi(0, 0, copies);
      Sizes s = measure(j, c, o, 40_000 / copies, 20_000 / copies);
      System.out.println(String.format(Locale.ROOT, "%-4s %7d %,12.0f %,12d %,9d %,12.0f", state,
          c.events().size(), s.allocated(), s.result(), s.resultObjects(), s.beyond()));
      if (classes) {
        s.layout().forEach(line -> System.out.println("     " + line));
      }
    }
  }
}
