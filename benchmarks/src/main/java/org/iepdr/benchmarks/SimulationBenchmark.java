package org.iepdr.benchmarks;

import java.util.concurrent.TimeUnit;
import org.iepdr.core.simulation.SimulationReport;
import org.iepdr.core.simulation.SimulationRun;
import org.iepdr.core.simulation.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulation: Missouri disputes simulated per second by {@link Simulator#run} (the baseline model,
 * default calibrated parameters), with the simulator's own worker threads set to 1 and to 2; one
 * JMH thread drives it. Each invocation simulates {@value #DISPUTES} disputes, and JMH reports
 * disputes per second ({@link OperationsPerInvocation}).
 *
 * <p>The setup checks the answer once: a run reports exactly the disputes asked for, and the same
 * seed gives the same summary on 1 and on 2 threads (the package's reproducibility promise), so the
 * two thread counts do the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SimulationBenchmark {

  /** Disputes per invocation. */
  public static final int DISPUTES = 200_000;

  /** The simulator's worker threads. */
  @Param({"1", "2"})
  public int simulatorThreads;

  private Simulator simulator;
  private long seed;

  /** Loads the Missouri simulator and checks a run. */
  @Setup(Level.Trial)
  public void setUp() {
    simulator = Simulator.load("MO");
    SimulationReport one = simulator.run(SimulationRun.builder().disputes(DISPUTES).seed(7).threads(1).build());
    SimulationReport two = simulator.run(SimulationRun.builder().disputes(DISPUTES).seed(7).threads(2).build());
    if (one.disputes() != DISPUTES || !one.summary().equals(two.summary())) {
      throw new IllegalStateException("simulation check failed: " + one.disputes() + " disputes; 1 thread: "
          + one.summary() + " / 2 threads: " + two.summary());
    }
  }

  /**
   * Simulates {@value #DISPUTES} Missouri disputes, a new seed each time.
   *
   * @return the report
   */
  @Benchmark
  @OperationsPerInvocation(DISPUTES)
  public SimulationReport missouri() {
    return simulator.run(SimulationRun.builder().disputes(DISPUTES).seed(seed++).threads(simulatorThreads).build());
  }
}
