package org.iepdr.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.iepdr.core.IepdrException;
import org.iepdr.core.message.Language;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.casefile.JsonLinesReader;
import org.iepdr.json.output.BatchLineWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code iepdr batch CASES.jsonl}: evaluates one case per line, streaming.
 *
 * <p>Memory does not grow with the file: lines are read, evaluated, written and dropped a chunk at a
 * time; only the per-rule summary (one counter per rule ID and kind) is kept. With {@code --threads N}
 * chunks are evaluated in parallel and written in input order: the output is the same bytes as with
 * one thread. A file is read only as far as it reached when the batch opened it, so
 * {@code batch file >> file} ends.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Evaluate many cases, one JSON case per line (JSON Lines, UTF-8), streaming. Writes one JSON line"
        + " per case, then a summary line of findings per rule ID. A progress bar on standard error when it is a"
        + " terminal (or with --progress).")
final class BatchCommand implements Callable<Integer> {

  /** The options of a line without an as-of date: no trace, which no batch line prints. */
  private static final EvaluationOptions NO_TRACE = EvaluationOptions.defaults().withoutTrace();
  /** The most worker threads. */
  static final int MAX_THREADS = 256;

  @ParentCommand
  IepdrCommand parent;

  @Parameters(index = "0", paramLabel = "CASES.jsonl", description = "One case file object per line; '-' reads"
      + " standard input.")
  String input;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate every case as of this date.")
  @Nullable LocalDate asOf;

  /** The input's name in problems: the file, or {@code <stdin>}. */
  private String source = "";

  @Option(names = "--progress", description = "Show the progress bar on standard error even when it is not a"
      + " terminal.")
  boolean progress;

  @Option(names = "--no-progress", description = "Never show the progress bar.")
  boolean noProgress;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageOption.class,
      description = "The language of the messages: en or es (keys and facts are the same in both)."
          + " Default: ${DEFAULT-VALUE}.")
  Language lang = Language.ENGLISH;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Evaluate on N threads"
      + " (1 to " + MAX_THREADS + "; default ${DEFAULT-VALUE}); the output is in input order and the same bytes"
      + " as on one thread.")
  int threads;

  /**
   * What a line ends with: the platform's line separator, as {@link PrintWriter#println()} writes it
   * (the batch wrote its lines with {@code println} before it wrote them with a generator).
   */
  private static final String LINE_END = System.lineSeparator();
  /** The room a line's text is given at first (a typical evaluated line is 8 to 12 KB). */
  private static final int CHARS_PER_LINE = 16 * 1024;
  /** The answer for one line: its JSON line (ended), its result, and its findings for the summary. */
  record LineResult(String json, Result result, List<Finding> findings) {}

  /** The result of a line. */
  enum Result {
    OK, VIOLATIONS, INVALID
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new BadInputException("--threads was " + threads + "; allowed: 1 to " + MAX_THREADS);
    }
    RuleBook book = parent.book();
    PrintWriter out = parent.spec.commandLine().getOut();
    PrintWriter err = parent.spec.commandLine().getErr();
    try (JsonLinesInput lines = JsonLinesInput.open(input, parent.environment().in())) {
      source = lines.source();
      return run(book, new JsonLinesReader(lines.in()), lines.size(), out, err);
    }
  }

  private int run(RuleBook book, JsonLinesReader lines, long size, PrintWriter out, PrintWriter err)
      throws IOException, InterruptedException {
    Map<String, Map<String, Integer>> byRule = new TreeMap<>();
    long[] counts = new long[3]; // cases, invalid, with violations
    ChunkedLines.run(lines, size, threads, "iepdr-batch", !noProgress && (progress || parent.environment().terminal()),
        parent.environment().terminal(), err, chunk -> evaluate(book, chunk), r -> write(r, out, byRule, counts));
    // not closed: that would close standard output
    BatchLineWriter summary = BatchLineWriter.to(out, LINE_END);
    summary.summary(counts[0], counts[1], counts[2], byRule);
    summary.flush();
    Output.check(out, "standard output");
    err.println("iepdr batch: " + counts[0] + " cases, " + counts[2] + " with violations, " + counts[1] + " invalid");
    return counts[1] > 0 ? ExitCode.SOME_INVALID : counts[2] > 0 ? ExitCode.FOUND : ExitCode.OK;
  }

  private static void write(List<LineResult> results, PrintWriter out, Map<String, Map<String, Integer>> byRule,
      long[] counts) {
    for (LineResult r : results) {
      counts[0]++;
      if (r.result() == Result.INVALID) {
        counts[1]++;
      } else if (r.result() == Result.VIOLATIONS) {
        counts[2]++;
      }
      for (Finding f : r.findings()) {
        byRule.computeIfAbsent(f.ruleId().toString(), k -> new TreeMap<>()).merge(f.kind().name(), 1, Integer::sum);
      }
      out.write(r.json());
    }
    // flushes; a full disk or a closed pipe ends the batch here, not after the whole input
    Output.check(out, "standard output");
  }

  private List<LineResult> evaluate(RuleBook book, List<JsonLinesReader.Line> chunk) {
    // one reader and one writer per chunk: a task never shares one with another thread
    CaseFileReader reader = CaseFileReader.forRuleBook(book);
    // one line at a time: a chunk's text in one string would be large enough (about 700 KB) for the
    // garbage collector to allocate it apart, as a humongous object, which cost more than it saved
    StringWriter text = new StringWriter(CHARS_PER_LINE);
    List<LineResult> results = new ArrayList<>(chunk.size());
    try (BatchLineWriter json = BatchLineWriter.to(text, LINE_END)) {
      for (JsonLinesReader.Line l : chunk) {
        String t = l.text();
        if (t != null && t.isBlank()) {
          continue;
        }
        text.getBuffer().setLength(0);
        Line line = evaluate(book, reader, l, json);
        json.flush();
        results.add(new LineResult(text.toString(), line.result(), line.findings()));
      }
    }
    return results;
  }

  /** The result of a line and its findings, its JSON line written. */
  private record Line(Result result, List<Finding> findings) {}

  /** Evaluates one line and writes its JSON line (the format of {@link BatchLineWriter}). */
  private Line evaluate(RuleBook book, CaseFileReader reader, JsonLinesReader.Line line, BatchLineWriter json) {
    int lineNo = line.number();
    try {
      String text = line.text();
      String problem = line.problem();
      if (problem != null || text == null) {
        throw new CaseFileException(List.of(new CaseFileProblem(source, lineNo, line.column(), "$",
            String.valueOf(problem))));
      }
      CaseFile cf = reader.read(source, text, lineNo);
      LocalDate date = asOf != null ? asOf : cf.asOf().orElse(null);
      try {
        Jurisdiction j = book.jurisdiction(cf.aCase().state());
        // a batch line carries findings, deadlines and the rules not fully checked, never the trace
        Evaluation e = j.evaluate(cf.aCase(), date == null ? NO_TRACE : EvaluationOptions.asOf(date).withoutTrace());
        json.evaluated(lineNo, j, e, lang);
        return new Line(e.hasViolations() ? Result.VIOLATIONS : Result.OK, e.findings());
      } catch (IepdrException ex) {
        json.invalid(lineNo, Optional.of(cf.aCase().id()),
            List.of(new CaseFileProblem(source, lineNo, 0, "$", ex.getMessage())));
      }
    } catch (CaseFileException ex) {
      json.invalid(lineNo, ex.caseId(), ex.problems());
    } catch (IepdrException ex) {
      json.invalid(lineNo, Optional.empty(),
          List.of(new CaseFileProblem(source, lineNo, 0, "$", ex.getMessage())));
    }
    return new Line(Result.INVALID, List.of());
  }

  /** An input stream that ends after a number of bytes (what a file held when the batch opened it). */
  static final class Bounded extends java.io.FilterInputStream {
    private long left;

    Bounded(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = in.skip(Math.min(n, left));
      left -= k;
      return k;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(in.available(), left);
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
