package org.iepdr.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every {@code iepdr} command: the one table, shown by {@code --help} and in the
 * README.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>done, nothing found</td></tr>
 *   <tr><td>1</td><td>done, and it found something: violations, no lawful date, a failed consistency check</td></tr>
 *   <tr><td>2</td><td>bad input or usage: a missing or unreadable input, a directory, an output path
 *       that cannot be opened, a limit exceeded</td></tr>
 *   <tr><td>3</td><td>internal error, out-of-memory included</td></tr>
 *   <tr><td>4</td><td>batch, due: some lines invalid, every other line evaluated</td></tr>
 *   <tr><td>5</td><td>output failed while writing (full disk, closed pipe)</td></tr>
 * </table>
 */
public final class ExitCode {

  /** Done, nothing found. */
  public static final int OK = 0;
  /** Done, and it found something: violations, no lawful date, a failed consistency check. */
  public static final int FOUND = 1;
  /** Bad input or usage. */
  public static final int BAD_INPUT = 2;
  /** Internal error, out-of-memory included. */
  public static final int INTERNAL = 3;
  /** Batch, due: some lines invalid, every other line evaluated. */
  public static final int SOME_INVALID = 4;
  /** Output failed while writing (full disk, closed pipe). */
  public static final int OUTPUT_FAILED = 5;

  private ExitCode() {}

  /**
   * Returns the table: each code with its meaning, in order.
   *
   * @return code (as text, as picocli's exit-code list wants it) to meaning
   */
  public static Map<String, String> table() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put(Integer.toString(OK), "done, nothing found");
    t.put(Integer.toString(FOUND), "done, and it found something: violations (check, batch), no lawful date (plan),"
        + " a failed consistency check (report section-618), a rule broken on some start date (conform), an open"
        + " deadline in the window (due)");
    t.put(Integer.toString(BAD_INPUT), "bad input or usage: a missing or unreadable input, a directory, an output"
        + " path that cannot be opened, a limit exceeded");
    t.put(Integer.toString(INTERNAL), "internal error, out-of-memory included");
    t.put(Integer.toString(SOME_INVALID), "batch, due: some lines invalid, every other line evaluated");
    t.put(Integer.toString(OUTPUT_FAILED), "output failed while writing (full disk, closed pipe)");
    return t;
  }
}
