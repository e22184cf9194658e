package org.iepdr.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.iepdr.json.casefile.JsonLinesReader;

/**
 * The read-work-take loop of {@code batch} and {@code due}: reads JSON Lines in chunks of {@link #CHUNK}
 * lines (a chunk ends early when no more input is ready, so a slow producer on a pipe gets its answers),
 * works each chunk on a pool of threads (or on the calling thread for one thread), at most two chunks a
 * thread in flight, and hands each chunk's result to the sink in input order, with an optional progress
 * bar (KiB read) on standard error.
 */
final class ChunkedLines {

  /** Lines a task works at a time. */
  static final int CHUNK = 64;

  private ChunkedLines() {}

  /** What a chunk's lines become; runs on a worker thread. */
  @FunctionalInterface
  interface Work<R> {
    R apply(List<JsonLinesReader.Line> chunk);
  }

  /** Takes a chunk's result, on the calling thread, in input order. */
  @FunctionalInterface
  interface Sink<R> {
    void accept(R result) throws IOException;
  }

  /**
   * Runs the loop to the end of the input.
   *
   * @param lines the input
   * @param size the input's size in bytes, for the progress bar (0 when unknown)
   * @param threads the worker threads (1: the calling thread)
   * @param threadName the workers' name
   * @param progress whether to show the progress bar
   * @param terminal whether standard error is a terminal (the bar's style)
   * @param err standard error
   * @param work what a chunk becomes
   * @param sink what takes it
   * @throws IOException if reading or the sink fails
   * @throws InterruptedException if interrupted while waiting for a chunk
   */
  static <R> void run(JsonLinesReader lines, long size, int threads, String threadName, boolean progress,
      boolean terminal, PrintWriter err, Work<R> work, Sink<R> sink) throws IOException, InterruptedException {
    ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("cases").setInitialMax(size)
        .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
        .setUnit(" KiB", 1024).setUpdateIntervalMillis(250)
        .setConsumer(new DelegatingProgressBarConsumer(s -> {
          err.print("\r" + s);
          err.flush();
        }, 100)).build() : null;
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    }) : null;
    try {
      ArrayDeque<Future<R>> pending = new ArrayDeque<>();
      while (true) {
        List<JsonLinesReader.Line> chunk = new ArrayList<>(CHUNK);
        JsonLinesReader.Line line;
        while (chunk.size() < CHUNK && (line = lines.next()) != null) {
          if (bar != null) {
            bar.stepBy(line.bytes());
          }
          chunk.add(line);
          if (!lines.ready()) {
            break; // work and take what has come rather than wait for more (a slow producer on a pipe)
          }
        }
        if (chunk.isEmpty()) {
          break;
        }
        if (pool == null) {
          sink.accept(work.apply(chunk));
        } else {
          pending.add(pool.submit(() -> work.apply(chunk)));
          if (pending.size() >= 2 * threads) {
            sink.accept(take(pending.poll()));
          }
        }
      }
      while (!pending.isEmpty()) {
        sink.accept(take(pending.poll()));
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      if (bar != null) {
        bar.close();
        err.println();
      }
    }
  }

  /** A chunk's result; a worker's exception is rethrown as it was thrown. */
  private static <R> R take(Future<R> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(c);
    }
  }
}
