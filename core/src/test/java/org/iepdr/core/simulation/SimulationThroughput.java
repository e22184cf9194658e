package org.iepdr.core.simulation;

import java.util.List;
import java.util.Locale;
import org.iepdr.core.idea.IdeaModule;

/**
 * A documented benchmark command (not a test: nothing here can fail on a slow machine). Runs the federal
 * baseline population after a warm-up and prints disputes per second, model compilation included:
 *
 * <pre>
 * mvn -q -pl core test-compile
 * java -cp core/target/classes:core/target/test-classes org.iepdr.core.simulation.SimulationThroughput 20000000 2
 * </pre>
 *
 * <p>JMH benchmarks belong to a separate module.
 */
public final class SimulationThroughput {

  private SimulationThroughput() {}

  /**
   * Runs the benchmark.
   *
   * @param args disputes per run (default 20,000,000) and threads (default 2)
   */
  public static void main(String[] args) {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Simulator sim = Simulator.of(List.of(new IdeaModule()), "US");
    sim.run(SimulationRun.builder().disputes(n / 10).seed(1).threads(threads).build());
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime();
      sim.run(SimulationRun.builder().disputes(n).seed(rep).threads(threads).build());
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.println(String.format(Locale.ROOT, "%,d disputes on %d threads in %.2f s: %.2f million/s", n,
          threads, s, n / s / 1e6));
    }
  }
}
