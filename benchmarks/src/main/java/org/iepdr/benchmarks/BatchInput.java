package org.iepdr.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.iepdr.core.model.Case;
import org.iepdr.json.casefile.CaseFileWriter;

/**
 * Writes generated cases as JSON Lines to standard output, the input of the {@code iepdr batch}
 * measurement: {@code java -cp benchmarks/target/benchmarks.jar org.iepdr.benchmarks.BatchInput 1000000
 * > cases.jsonl}, then {@code iepdr batch --threads 2 - < cases.jsonl}.
 *
 * <p>The cases alternate between the typical Missouri and Mississippi cases of {@link Cases} (about 20
 * events each), each with its own case and student id ({@code mo-N}, {@code stu-N} for line N) and its
 * dates shifted by 0 to 51 weeks, with the as-of date shifted with them and recorded in the line.
 */
public final class BatchInput {

  /** The weeks the cases' dates are shifted by: 0 to 51. */
  private static final int SHAPES = 52;
  /** A serial no other text of a case contains, replaced by each line's own. */
  private static final long SERIAL = 987_654_321_123L;

  private BatchInput() {}

  /**
   * Writes the cases.
   *
   * @param args the number of cases (default 1,000,000)
   * @throws IOException if standard output fails
   */
  public static void main(String[] args) throws IOException {
    long total = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
    CaseFileWriter writer = new CaseFileWriter(Cases.CENTRAL);
    // the 104 shapes (state, shift) written once, split where the serial goes: a million lines in seconds
    String[][] shapes = new String[2 * SHAPES][];
    for (int shape = 0; shape < shapes.length; shape++) {
      int weeks = shape / 2;
      Case c = shape % 2 == 0 ? Cases.missouri(SERIAL, weeks) : Cases.mississippi(SERIAL, weeks);
      shapes[shape] = writer.toTree(c, Optional.of(Cases.asOf(weeks))).toString().split(String.valueOf(SERIAL), -1);
    }
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    for (long i = 0; i < total; i++) {
      String[] parts = shapes[(int) (i % shapes.length)];
      String serial = Long.toString(i);
      for (int k = 0; k < parts.length; k++) {
        if (k > 0) {
          out.write(serial);
        }
        out.write(parts[k]);
      }
      out.write('\n');
    }
    out.flush();
  }
}
