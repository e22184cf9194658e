package org.iepdr.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.iepdr.core.message.Language;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.output.BatchLineJson;
import org.iepdr.json.output.BatchLineWriter;
import org.iepdr.json.output.JsonOutput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing one evaluated batch line (the typical Missouri and Mississippi cases of {@link Cases}, evaluated
 * once without the trace, as the batch does), to a writer that discards it: {@code stream}, with
 * {@link BatchLineWriter} (what {@code iepdr batch} does, one writer per chunk of lines, here one per
 * iteration), or {@code tree}, a tree per line from {@link BatchLineJson} written as a string (what the
 * batch did before). Run with {@code -prof gc} for the bytes allocated per line, which do not depend on
 * the machine's load.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchLineBenchmark {

  /** How the line is written: {@code stream} or {@code tree}. */
  @Param({"stream", "tree"})
  public String writer = "stream";

  private Jurisdiction mo;
  private Jurisdiction ms;
  private Evaluation missouri;
  private Evaluation mississippi;
  private Writer out = Writer.nullWriter();
  private BatchLineWriter lines;

  /** Evaluates the two cases and checks that both writers give the same line. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    RuleBook book = RuleBook.load();
    mo = book.jurisdiction("MO");
    ms = book.jurisdiction("MS");
    EvaluationOptions options = EvaluationOptions.asOf(Cases.AS_OF).withoutTrace();
    missouri = mo.evaluate(Cases.missouri(0, 0, 1), options);
    mississippi = ms.evaluate(Cases.mississippi(0, 0, 1), options);
    for (Evaluation e : new Evaluation[] {missouri, mississippi}) {
      Jurisdiction j = e == missouri ? mo : ms;
      StringWriter s = new StringWriter();
      try (BatchLineWriter w = BatchLineWriter.to(s)) {
        w.evaluated(1, j, e, Language.ENGLISH);
      }
      if (!s.toString().equals(JsonOutput.line(BatchLineJson.evaluated(1, j, e, Language.ENGLISH)) + "\n")) {
        throw new IllegalStateException(e.caseId() + ": the streamed line differs from the tree's");
      }
    }
  }

  /** A writer for the iteration, as the batch has one per chunk of lines. */
  @Setup(Level.Iteration)
  public void open() {
    out = Writer.nullWriter(); // closing the writer closes its output
    lines = BatchLineWriter.to(out);
  }

  /** Releases the iteration's writer. */
  @TearDown(Level.Iteration)
  public void close() {
    lines.close();
  }

  /**
   * Writes the Missouri line.
   *
   * @throws IOException never (the writer discards)
   */
  @Benchmark
  public void missouri() throws IOException {
    write(mo, missouri);
  }

  /**
   * Writes the Mississippi line.
   *
   * @throws IOException never (the writer discards)
   */
  @Benchmark
  public void mississippi() throws IOException {
    write(ms, mississippi);
  }

  private void write(Jurisdiction j, Evaluation e) throws IOException {
    if ("tree".equals(writer)) {
      out.write(JsonOutput.line(BatchLineJson.evaluated(1, j, e, Language.ENGLISH)));
      out.write('\n');
    } else {
      lines.evaluated(1, j, e, Language.ENGLISH);
    }
  }
}
