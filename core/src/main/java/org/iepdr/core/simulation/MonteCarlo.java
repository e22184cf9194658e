package org.iepdr.core.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The population run: disputes in fixed chunks handed to worker threads; every worker walks each of
 * its disputes under every model (baseline first) with the dispute's own random key, and keeps its
 * own tallies; the tallies are added up at the end. Chunks and keys do not depend on the number of
 * threads, and the merge is integer addition, so the result is bit-identical on any number of threads.
 */
final class MonteCarlo {

  static final int CHUNK = 1 << 14;

  /** Merged tallies: one per model, and one pair tally per reform (index 0 unused). */
  record Result(Tally[] tallies, PairTally[] pairs) {}

  private MonteCarlo() {}

  static Result run(List<SimulationModel> models, long disputes, long seed, int threads, LongConsumer progress) {
    long chunks = (disputes + CHUNK - 1) / CHUNK;
    AtomicLong nextChunk = new AtomicLong();
    AtomicLong done = new AtomicLong();
    int workers = (int) Math.max(1, Math.min(threads, chunks));
    List<Worker> all = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      all.add(new Worker(models, disputes, seed, chunks, nextChunk, done, progress));
    }
    Workers.runAll(all, "simulation");
    Tally[] tallies = new Tally[models.size()];
    PairTally[] pairs = new PairTally[models.size()];
    for (int m = 0; m < models.size(); m++) {
      tallies[m] = new Tally(models.get(m).maxDay);
      pairs[m] = new PairTally();
    }
    for (Worker w : all) {
      if (w.failure != null) {
        throw w.failure;
      }
      for (int m = 0; m < models.size(); m++) {
        tallies[m].add(w.tallies[m]);
        pairs[m].add(w.pairs[m]);
      }
    }
    return new Result(tallies, pairs);
  }

  private static final class Worker implements Runnable {
    private final SimulationModel[] models;
    private final long disputes;
    private final long seed;
    private final long chunks;
    private final AtomicLong nextChunk;
    private final AtomicLong done;
    private final LongConsumer progress;
    final Tally[] tallies;
    final PairTally[] pairs;
    volatile @Nullable RuntimeException failure;

    Worker(List<SimulationModel> models, long disputes, long seed, long chunks, AtomicLong nextChunk,
        AtomicLong done, LongConsumer progress) {
      this.models = models.toArray(SimulationModel[]::new);
      this.disputes = disputes;
      this.seed = seed;
      this.chunks = chunks;
      this.nextChunk = nextChunk;
      this.done = done;
      this.progress = progress;
      this.tallies = new Tally[this.models.length];
      this.pairs = new PairTally[this.models.length];
      for (int m = 0; m < this.models.length; m++) {
        tallies[m] = new Tally(this.models[m].maxDay);
        pairs[m] = new PairTally();
      }
    }

    @Override
    public void run() {
      try {
        int[] v = new int[SimulationModel.scratchSize()];
        long[] base = new long[3];
        long[] other = new long[3];
        int count = models.length;
        while (true) {
          long c = nextChunk.getAndIncrement();
          if (c >= chunks) {
            return;
          }
          long from = c * CHUNK;
          long to = Math.min(disputes, from + CHUNK);
          for (long i = from; i < to; i++) {
            long key = SimulationModel.disputeKey(seed, i);
            SimulationModel m0 = models[0];
            tallies[0].record(m0, v, m0.walk(key, v), base);
            for (int m = 1; m < count; m++) {
              SimulationModel mm = models[m];
              tallies[m].record(mm, v, mm.walk(key, v), other);
              pairs[m].record(base, other);
            }
          }
          progress.accept(done.addAndGet(to - from));
        }
      } catch (RuntimeException e) {
        failure = e;
      }
    }
  }
}
