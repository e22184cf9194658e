package org.iepdr.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileReader;

/**
 * The phases of {@code iepdr batch}, timed apart over the same JSON Lines file and on the same number
 * of threads, chunked as the batch is (64 lines a task, at most two tasks a thread in flight): reading
 * the JSON alone ({@link CaseFileReader}), and reading and evaluating (without the trace, as the batch
 * does) but not writing. With the batch's own time over the file, {@code benchmarks/run.sh} gives the
 * share of the batch spent reading JSON and evaluating.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.iepdr.benchmarks.BatchPhases
 * cases.jsonl [threads]}. Prints {@code PHASES cases=... readSeconds=... readEvaluateSeconds=...}.
 */
public final class BatchPhases {

  private static final int CHUNK = 64;

  private BatchPhases() {}

  /**
   * Times the phases.
   *
   * @param args the file and the number of threads (default 2)
   * @throws Exception if the file cannot be read or a task fails
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    RuleBook book = RuleBook.load();
    // a first pass over a part of the file compiles the code, as the batch's first cases do
    run(file, threads, book, true, 50_000);
    double[] read = run(file, threads, book, false, Long.MAX_VALUE);
    double[] both = run(file, threads, book, true, Long.MAX_VALUE);
    System.out.println(String.format(Locale.ROOT, "PHASES cases=%d readSeconds=%.1f readEvaluateSeconds=%.1f",
        (long) read[0], read[1], both[1]));
  }

  /** Returns the cases done and the seconds taken. */
  private static double[] run(Path file, int threads, RuleBook book, boolean evaluate, long limit)
      throws IOException, InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    long cases = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      ArrayDeque<Future<Integer>> pending = new ArrayDeque<>();
      while (cases < limit) {
        List<String> chunk = new ArrayList<>(CHUNK);
        String line;
        while (chunk.size() < CHUNK && (line = in.readLine()) != null) {
          chunk.add(line);
        }
        if (chunk.isEmpty()) {
          break;
        }
        cases += chunk.size();
        pending.add(pool.submit(() -> {
          CaseFileReader reader = CaseFileReader.forRuleBook(book);
          int findings = 0;
          for (String text : chunk) {
            CaseFile cf = reader.read("<stdin>", text, 1);
            if (evaluate) {
              LocalDate asOf = cf.asOf().orElseThrow();
              findings += book.evaluate(cf.aCase(), EvaluationOptions.asOf(asOf).withoutTrace()).findings().size();
            }
          }
          return findings;
        }));
        if (pending.size() >= 2 * threads) {
          pending.poll().get();
        }
      }
      while (!pending.isEmpty()) {
        pending.poll().get();
      }
    } finally {
      pool.shutdown();
    }
    return new double[] {cases, (System.nanoTime() - start) / 1e9};
  }
}
