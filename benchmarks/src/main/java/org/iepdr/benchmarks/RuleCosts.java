package org.iepdr.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.iepdr.core.model.Case;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.HolidayCalendar;

/**
 * Where an evaluation's time and memory go: for the typical Missouri and Mississippi cases of
 * {@link Cases}, evaluated without the trace, the cost of the engine alone (a jurisdiction with no
 * rules: the case's indexes, the ladder's position and next steps, the result) and of each rule alone
 * (a jurisdiction with that one rule, minus the engine), in nanoseconds and bytes allocated per
 * evaluation, one thread. A profile by rule that a sampling profiler gives only roughly; the figures
 * are noisy (a plain loop, not JMH), the bytes exact.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.iepdr.benchmarks.RuleCosts [seconds
 * per measurement, default 0.5]}.
 */
public final class RuleCosts {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private RuleCosts() {}

  /** A module of one state with only the given rules, inheriting nothing. */
  private static RuleModule only(RuleModule m, List<Rule> rules) {
    return new RuleModule() {
      @Override
      public String jurisdiction() {
        return m.jurisdiction();
      }

      @Override
      public String name() {
        return m.name();
      }

      @Override
      public ZoneId zone() {
        return m.zone();
      }

      @Override
      public HolidayCalendar holidays() {
        return m.holidays();
      }

      @Override
      public List<Rule> rules() {
        return rules;
      }

      @Override
      public Optional<String> inherits() {
        return Optional.empty();
      }

      @Override
      public Set<RuleId> removes() {
        return Set.of();
      }

      @Override
      public Optional<EscalationPath> escalation() {
        return m.escalation();
      }

      @Override
      public int firstYear() {
        return m.firstYear();
      }

      @Override
      public int lastYear() {
        return m.lastYear();
      }
    };
  }

  /** Nanoseconds and bytes per evaluation, measured for about {@code seconds}. */
  private static double[] measure(Jurisdiction j, Case c, EvaluationOptions o, double seconds) {
    long tid = Thread.currentThread().getId();
    long n = 0;
    long sink = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long bytes0 = THREADS.getThreadAllocatedBytes(tid);
    long t0 = System.nanoTime();
    long t;
    do {
      for (int i = 0; i < 100; i++) {
        sink += j.evaluate(c, o).findings().size();
      }
      n += 100;
      t = System.nanoTime();
    } while (t < end);
    long bytes = THREADS.getThreadAllocatedBytes(tid) - bytes0;
    if (sink < 0) {
      System.out.println(sink);
    }
    return new double[] {(t - t0) / (double) n, bytes / (double) n};
  }

  /**
   * Prints the table.
   *
   * @param args the seconds per measurement
   */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
    RuleBook book = RuleBook.load();
    EvaluationOptions o = EvaluationOptions.asOf(Cases.AS_OF).withoutTrace();
    List<RuleModule> modules = new ArrayList<>();
    ServiceLoader.load(RuleModule.class).forEach(modules::add);
    for (String state : List.of("MO", "MS")) {
      Jurisdiction j = book.jurisdiction(state);
      Case c = "MO".equals(state) ? Cases.missouri() : Cases.mississippi();
      RuleModule m = modules.stream().filter(x -> x.jurisdiction().equals(state)).findFirst().orElseThrow();
      measure(j, c, o, 5 * seconds); // warm-up
      double[] all = measure(j, c, o, 2 * seconds);
      Jurisdiction none = RuleBook.of(only(m, List.of())).jurisdiction(state);
      measure(none, c, o, seconds);
      double[] engine = measure(none, c, o, seconds);
      System.out.println();
      System.out.println(String.format(Locale.ROOT, "%s, %d events, %d rules: %,.0f ns and %,.0f bytes per"
          + " evaluation (no trace)", state, c.events().size(), j.rules().size(), all[0], all[1]));
      System.out.println(String.format(Locale.ROOT, "  %-48s %9s %9s", "part", "ns", "bytes"));
      System.out.println(String.format(Locale.ROOT, "  %-48s %,9.0f %,9.0f", "engine alone (no rule)", engine[0],
          engine[1]));
      double sumNs = 0;
      double sumBytes = 0;
      for (Rule r : j.rules()) {
        Jurisdiction one = RuleBook.of(only(m, List.of(r))).jurisdiction(state);
        measure(one, c, o, seconds / 2);
        double[] x = measure(one, c, o, seconds);
        double ns = x[0] - engine[0];
        double b = x[1] - engine[1];
        sumNs += ns;
        sumBytes += b;
        System.out.println(String.format(Locale.ROOT, "  %-48s %,9.0f %,9.0f", r.descriptor().id(), ns, b));
      }
      System.out.println(String.format(Locale.ROOT, "  %-48s %,9.0f %,9.0f", "sum of the rules", sumNs, sumBytes));
    }
  }
}
