package org.iepdr.benchmarks;

import java.util.concurrent.TimeUnit;
import org.iepdr.core.simulation.Reform;
import org.iepdr.core.simulation.SimulationRun;
import org.iepdr.core.simulation.Simulator;
import org.iepdr.core.simulation.Sweep;
import org.iepdr.json.simulation.ReformFile;
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
 * A sweep as issue 21 sizes it: 50 points of {@value #DISPUTES} Missouri disputes each, on 2 simulator
 * threads; the target is under a minute. Two sweeps: the baseline alone over a model parameter (the
 * mediation resolution rate from 0.45 to 0.94 by 0.01), and the example, the baseline and the
 * bundled FIEP lead-time reform over the reform's lead time from 0 to 49 days (2 models a point, the
 * reform's rules recompiled at each point). JMH reports seconds per sweep (single shot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@Threads(1)
public class SweepBenchmark {

  /** Disputes per point. */
  public static final int DISPUTES = 1_000_000;

  private Simulator simulator;
  private Sweep sweep;
  private Sweep leadTimes;
  private Reform reform;
  private long seed;

  /** Loads the Missouri simulator and checks the sweep's size. */
  @Setup(Level.Trial)
  public void setUp() {
    simulator = Simulator.load("MO");
    sweep = Sweep.parse("processes.MEDIATION.resolved=0.45:0.94:0.01");
    if (sweep.values().size() != 50) {
      throw new IllegalStateException("the sweep has " + sweep.values().size() + " points, not 50");
    }
    leadTimes = Sweep.parse("reform.fiep-lead-time-5.lead-time=0:49:1");
    if (leadTimes.values().size() != 50) {
      throw new IllegalStateException("the lead-time sweep has " + leadTimes.values().size() + " points, not 50");
    }
    reform = ReformFile.bundled("fiep-lead-time-5").toReform();
  }

  /**
   * Runs a 50-point sweep of the FIEP lead time (0 to 49 days) of {@value #DISPUTES} disputes a point, the
   * baseline and the reform at each point, a new seed each time.
   *
   * @return the result
   */
  @Benchmark
  public Sweep.Result fiftyLeadTimesOfAMillionWithTheReform() {
    return simulator.sweep(SimulationRun.builder().disputes(DISPUTES).seed(seed++).threads(2).addReform(reform)
        .build(), leadTimes, done -> { });
  }

  /**
   * Runs a 50-point sweep of {@value #DISPUTES} disputes a point, a new seed each time.
   *
   * @return the result
   */
  @Benchmark
  public Sweep.Result fiftyPointsOfAMillion() {
    return simulator.sweep(SimulationRun.builder().disputes(DISPUTES).seed(seed++).threads(2).build(), sweep,
        done -> { });
  }
}
