package org.iepdr.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.iepdr.core.message.Language;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.output.BatchLineJson;
import org.iepdr.json.output.BatchLineWriter;
import org.iepdr.json.output.JsonOutput;

/**
 * The phases of {@code iepdr batch}, timed apart over the same JSON Lines file and on the same number
 * of threads, chunked as the batch is (64 lines a task, at most two tasks a thread in flight): reading
 * the JSON alone ({@link CaseFileReader}); reading and evaluating (without the trace, as the batch
 * does) but not writing; and reading, evaluating and writing each case's line as the batch does (each
 * task writes its chunk's lines with one {@link BatchLineWriter}, a string per line, and the main thread
 * writes the strings in input order through a 64 KB buffered UTF-8 print writer, here to a null stream). With
 * the batch's own time over the file, {@code benchmarks/run.sh} gives the share of the batch spent
 * reading JSON, evaluating and writing.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.iepdr.benchmarks.BatchPhases
 * cases.jsonl [threads [writer]]}, the writer {@code stream} (the default: {@link BatchLineWriter}, what
 * the batch uses) or {@code tree} (each line built as a tree by {@link BatchLineJson} and written as
 * text, what the batch did before, for comparison). Prints {@code PHASES cases=... readSeconds=...
 * readEvaluateSeconds=... readEvaluateWriteSeconds=... writer=...}.
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
    boolean tree = args.length > 2 && "tree".equals(args[2]);
    if (args.length > 2 && !tree && !"stream".equals(args[2])) {
      throw new IllegalArgumentException("writer was " + args[2] + "; allowed: stream, tree");
    }
    RuleBook book = RuleBook.load();
    Phase write = tree ? Phase.WRITE_TREE : Phase.WRITE;
    // a first pass over a part of the file compiles the code, as the batch's first cases do
    run(file, threads, book, write, 50_000);
    double[] read = run(file, threads, book, Phase.READ, Long.MAX_VALUE);
    double[] both = run(file, threads, book, Phase.EVALUATE, Long.MAX_VALUE);
    double[] all = run(file, threads, book, write, Long.MAX_VALUE);
    System.out.println(String.format(Locale.ROOT, "PHASES cases=%d readSeconds=%.1f readEvaluateSeconds=%.1f"
        + " readEvaluateWriteSeconds=%.1f writer=%s", (long) read[0], read[1], both[1], all[1], tree ? "tree" : "stream"));
  }

  /** How far each case goes. */
  private enum Phase {
    READ, EVALUATE, WRITE, WRITE_TREE
  }

  /** Returns the cases done and the seconds taken. */
  private static double[] run(Path file, int threads, RuleBook book, Phase phase, long limit)
      throws IOException, InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // as the batch's standard output: a buffered UTF-8 print writer, here over a null stream
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(OutputStream.nullOutputStream(),
        StandardCharsets.UTF_8), 1 << 16), false);
    long start = System.nanoTime();
    long cases = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      ArrayDeque<Future<List<String>>> pending = new ArrayDeque<>();
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
        long first = cases - chunk.size() + 1;
        pending.add(pool.submit(() -> chunk(book, chunk, first, phase)));
        if (pending.size() >= 2 * threads) {
          write(pending.poll().get(), out);
        }
      }
      while (!pending.isEmpty()) {
        write(pending.poll().get(), out);
      }
    } finally {
      pool.shutdown();
    }
    return new double[] {cases, (System.nanoTime() - start) / 1e9};
  }

  private static void write(List<String> lines, PrintWriter out) {
    for (String line : lines) {
      out.write(line);
    }
    out.flush();
  }

  /** Reads, and evaluates and writes as far as the phase goes, a chunk; returns its lines' text, as the batch does. */
  private static List<String> chunk(RuleBook book, List<String> chunk, long first, Phase phase) {
    CaseFileReader reader = CaseFileReader.forRuleBook(book);
    StringWriter text = new StringWriter(16384);
    List<String> lines = new ArrayList<>(chunk.size());
    int line = (int) first;
    try (BatchLineWriter writer = BatchLineWriter.to(text)) {
      for (String json : chunk) {
        CaseFile cf = reader.read("<stdin>", json, line);
        if (phase != Phase.READ) {
          LocalDate asOf = cf.asOf().orElseThrow();
          Jurisdiction j = book.jurisdiction(cf.aCase().state());
          Evaluation e = j.evaluate(cf.aCase(), EvaluationOptions.asOf(asOf).withoutTrace());
          if (phase == Phase.WRITE) {
            text.getBuffer().setLength(0);
            writer.evaluated(line, j, e, Language.ENGLISH);
            writer.flush();
            lines.add(text.toString());
          } else if (phase == Phase.WRITE_TREE) {
            // what the batch did before: a tree per line, written as a string, then a line end
            lines.add(JsonOutput.line(BatchLineJson.evaluated(line, j, e, Language.ENGLISH)) + "\n");
          }
        }
        line++;
      }
    }
    return lines;
  }
}
