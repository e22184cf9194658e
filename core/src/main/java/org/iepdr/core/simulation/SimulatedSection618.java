package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.report.ReportingYear;
import org.iepdr.core.report.Section618Counter;
import org.iepdr.core.report.Section618Options;
import org.iepdr.core.report.Section618Report;
import org.jspecify.annotations.Nullable;

/**
 * A simulated year of disputes in the states' own reporting form: every simulated dispute of a model is
 * materialised as the {@link org.iepdr.core.model.Case} its walk implies ({@link SimulationModel#toCase})
 * and counted by the library's {@link Section618Counter}, the same code that counts a state's real
 * cases, evaluated by the model's rules. The reporting year is the one containing the model's reference
 * start (every simulated dispute starts that day), with the status taken on its last day and the
 * counter's default options.
 *
 * <p>Why materialise rather than count the walk's outcomes: the elements then mean exactly what they mean
 * for real cases (a report within its timeline is the rules' {@code MET}, a request filed after June 30 is
 * not counted, a complaint still open on June 30 is pending), and a test checks that the counts agree with
 * the walk's own visits where the two must agree.
 *
 * <p>Threads do not change the result: each worker counts its own chunks of disputes and the counts are
 * added up (integer addition).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SimulatedSection618 {

  private SimulatedSection618() {}

  /**
   * Returns the reporting year a model's simulated disputes are counted in: the one containing its
   * reference start.
   *
   * @param model the model
   * @return the year (July 1 to June 30)
   */
  public static ReportingYear year(SimulationModel model) {
    Objects.requireNonNull(model, "model");
    return ReportingYear.containing(model.parameters().referenceStart());
  }

  /**
   * Counts the first {@code disputes} disputes of a model's population with a seed into the Section 618
   * table.
   *
   * @param model the model
   * @param disputes how many disputes, 1 or more
   * @param seed the population's seed (dispute {@code i} is {@link SimulationModel#dispute(long, long)})
   * @param threads worker threads, 1 or more (the result does not depend on it)
   * @return the report
   */
  public static Section618Report count(SimulationModel model, long disputes, long seed, int threads) {
    Objects.requireNonNull(model, "model");
    if (disputes < 1) {
      throw new InvalidInputException("disputes", disputes, "1 or more");
    }
    if (threads < 1) {
      throw new InvalidInputException("threads", threads, "1 or more");
    }
    ReportingYear year = year(model);
    long chunks = (disputes + MonteCarlo.CHUNK - 1) / MonteCarlo.CHUNK;
    AtomicLong next = new AtomicLong();
    int workers = (int) Math.max(1, Math.min(threads, chunks));
    List<Worker> all = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      all.add(new Worker(model, year, disputes, seed, chunks, next));
    }
    Workers.runAll(all, "section-618-count");
    Section618Report out = null;
    for (Worker w : all) {
      RuntimeException f = w.failure;
      if (f != null) {
        throw f;
      }
      Section618Report r = w.counter.report();
      out = out == null ? r : out.merge(r);
    }
    return Objects.requireNonNull(out);
  }

  private static final class Worker implements Runnable {
    private final SimulationModel model;
    private final long disputes;
    private final long seed;
    private final long chunks;
    private final AtomicLong next;
    final Section618Counter counter;
    volatile @Nullable RuntimeException failure;

    Worker(SimulationModel model, ReportingYear year, long disputes, long seed, long chunks, AtomicLong next) {
      this.model = model;
      this.disputes = disputes;
      this.seed = seed;
      this.chunks = chunks;
      this.next = next;
      this.counter = new Section618Counter(year, Section618Options.defaults());
    }

    @Override
    public void run() {
      try {
        while (true) {
          long c = next.getAndIncrement();
          if (c >= chunks) {
            return;
          }
          long to = Math.min(disputes, (c + 1) * MonteCarlo.CHUNK);
          for (long i = c * MonteCarlo.CHUNK; i < to; i++) {
            counter.add(model.toCase(seed, i), model.jurisdiction());
          }
        }
      } catch (RuntimeException e) {
        failure = e;
      }
    }
  }
}
