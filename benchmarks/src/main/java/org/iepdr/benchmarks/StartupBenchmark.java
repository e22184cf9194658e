package org.iepdr.benchmarks;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.iepdr.core.rules.RuleBook;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up: loading a {@link RuleBook} with the federal baseline and both states (Missouri and
 * Mississippi, found through {@code ServiceLoader}), cold, in milliseconds.
 *
 * <p>JMH single-shot time, one measurement per fork and no warm-up, so each fork times the first
 * {@link RuleBook#load()} of a fresh JVM: class loading, the rules' descriptors, and the business
 * calendars of 2000 to 2100 computed for each jurisdiction. The JMH harness itself is already
 * running (its classes loaded), the library's are not. The teardown checks that the three
 * jurisdictions were loaded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartupBenchmark {

  private @Nullable RuleBook loaded;

  /**
   * Loads the rule book.
   *
   * @return the rule book
   */
  @Benchmark
  public RuleBook loadBothStates() {
    loaded = RuleBook.load();
    return loaded;
  }

  /** Checks that the load found the federal baseline and both states. */
  @TearDown
  public void check() {
    if (loaded == null || !loaded.jurisdictions().containsAll(Set.of("US", "MO", "MS"))) {
      throw new IllegalStateException("expected US, MO and MS, got "
          + (loaded == null ? "nothing" : loaded.jurisdictions()));
    }
  }
}
