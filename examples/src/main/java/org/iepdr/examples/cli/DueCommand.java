package org.iepdr.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.iepdr.core.IepdrException;
import org.iepdr.core.caseload.DueItem;
import org.iepdr.core.caseload.DueList;
import org.iepdr.core.caseload.DueWindow;
import org.iepdr.core.message.Language;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.casefile.JsonLinesReader;
import org.iepdr.json.output.DueJson;
import org.iepdr.json.output.IcsOutput;
import org.iepdr.json.output.JsonOutput;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code iepdr due --from DATE --to DATE CASES.jsonl}: the open deadlines of a caseload due in a window.
 *
 * <p>Reads JSON Lines as {@code iepdr batch} does (a file or {@code -}, UTF-8, a bad line reported with
 * its line number and every other line evaluated, {@code --threads}, the progress bar), evaluates every
 * case as of FROM (or {@code --as-of}) and keeps only the open deadlines due from FROM to TO
 * ({@link DueList}), so memory grows with the deadlines in the window, not with the caseload. Prints a
 * table sorted by due date, case id and rule, or JSON with {@code --json}; {@code --ics FILE} writes one
 * iCalendar file for the whole caseload. The student's name and birth date are never printed.
 */
@Command(name = "due", mixinStandardHelpOptions = true,
    description = "List the open deadlines of a caseload due from one date to another (both included): one JSON"
        + " case per line (JSON Lines, UTF-8), every case evaluated as of FROM. Sorted by due date, case ID and rule,"
        + " with the action and the days left (calendar days from the as-of date). Exit code 1 when a deadline is"
        + " due in the window.")
final class DueCommand implements Callable<Integer> {

  /** The most problems of invalid lines written in the JSON output (every one is on standard error). */
  static final int MAX_PROBLEMS_IN_JSON = 1000;

  @ParentCommand
  IepdrCommand parent;

  @Parameters(index = "0", paramLabel = "CASES.jsonl", description = "One case file object per line; '-' reads"
      + " standard input.")
  String input;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first due date listed"
      + " (yyyy-mm-dd).")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last due date listed"
      + " (yyyy-mm-dd), on or after FROM.")
  LocalDate to;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate every case as of this date, on or before"
      + " TO (default: FROM). A case file's own \"asOf\" is not used.")
  @Nullable LocalDate asOf;

  @Option(names = "--json", description = "Write JSON (docs/schemas/due.schema.json) instead of the table.")
  boolean json;

  @Option(names = "--ics", paramLabel = "FILE", description = "Also write the deadlines listed as one iCalendar"
      + " file for the whole caseload.")
  @Nullable Path ics;

  @Option(names = "--progress", description = "Show the progress bar on standard error even when it is not a"
      + " terminal.")
  boolean progress;

  @Option(names = "--no-progress", description = "Never show the progress bar.")
  boolean noProgress;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageOption.class,
      description = "The language of the actions and headings: en or es (keys and facts in JSON are the same in"
          + " both). Default: ${DEFAULT-VALUE}.")
  Language lang = Language.ENGLISH;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Evaluate on N threads"
      + " (1 to " + BatchCommand.MAX_THREADS + "; default ${DEFAULT-VALUE}); the output is the same bytes as on one"
      + " thread.")
  int threads;

  /** The input's name in problems: the file, or {@code <stdin>}. */
  private String source = "";

  /** What one line gave: an evaluation, or the problems that stopped it. */
  record LineResult(@Nullable Evaluation evaluation, List<CaseFileProblem> problems) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1 || threads > BatchCommand.MAX_THREADS) {
      throw new BadInputException("--threads was " + threads + "; allowed: 1 to " + BatchCommand.MAX_THREADS);
    }
    RuleBook book = parent.book();
    if (to.isBefore(from)) {
      throw new BadInputException("--to was " + to + "; allowed: a date on or after --from (" + from + ")");
    }
    LocalDate date = asOf != null ? asOf : from;
    if (date.isAfter(to)) {
      throw new BadInputException("--as-of was " + date + "; allowed: a date on or before --to (" + to + ")");
    }
    Jurisdiction federal = book.jurisdiction("US");
    PlanCommand.refuseOutsideTheCalendar(federal, "--from", from);
    PlanCommand.refuseOutsideTheCalendar(federal, "--to", to);
    PlanCommand.refuseOutsideTheCalendar(federal, "--as-of", date);
    DueWindow window = DueWindow.of(from, to, date);
    PrintWriter out = parent.spec.commandLine().getOut();
    PrintWriter err = parent.spec.commandLine().getErr();
    JsonLinesInput lines = JsonLinesInput.open(input, parent.environment().in());
    long size = lines.size();
    source = lines.source();
    // open the calendar file before anything is read or written: a path that cannot be opened is bad input
    Writer icsOut;
    try {
      icsOut = ics == null ? null : Output.openFile(ics, "--ics");
    } catch (RuntimeException e) {
      lines.close();
      throw e;
    }
    DueList list = new DueList(window);
    long[] invalid = new long[1];
    List<CaseFileProblem> kept = new ArrayList<>();
    try (lines) {
      read(book, window, new JsonLinesReader(lines.in()), size, list, invalid, kept, err);
    } catch (RuntimeException | IOException | InterruptedException e) {
      if (icsOut != null) {
        icsOut.close();
      }
      throw e;
    }
    try {
      if (json) {
        out.print(JsonOutput.pretty(DueJson.toTree(list, book, lang, invalid[0], kept)));
      } else {
        out.print(table(list, invalid[0], lang));
      }
      Output.check(out, "standard output");
    } catch (RuntimeException e) {
      if (icsOut != null) {
        icsOut.close(); // standard output failed: the calendar file is left empty, not open
      }
      throw e;
    }
    if (icsOut != null) {
      Output.writeAndClose(icsOut, IcsOutput.of(list, lang), "--ics " + ics);
    }
    List<DueItem> items = list.items();
    err.println("iepdr due: " + list.cases() + " cases, " + items.size() + " open deadline"
        + (items.size() == 1 ? "" : "s") + " due " + from + " to " + to + " (as of " + date + "), " + invalid[0]
        + " invalid");
    return invalid[0] > 0 ? ExitCode.SOME_INVALID : items.isEmpty() ? ExitCode.OK : ExitCode.FOUND;
  }


  private void read(RuleBook book, DueWindow window, JsonLinesReader lines, long size, DueList list, long[] invalid,
      List<CaseFileProblem> kept, PrintWriter err) throws IOException, InterruptedException {
    ChunkedLines.run(lines, size, threads, "iepdr-due", !noProgress && (progress || parent.environment().terminal()),
        parent.environment().terminal(), err, chunk -> evaluate(book, window, chunk),
        r -> take(r, list, invalid, kept, err));
  }

  /** Adds a chunk's evaluations to the list, in input order; reports each problem on standard error at once. */
  private static void take(List<LineResult> results, DueList list, long[] invalid, List<CaseFileProblem> kept,
      PrintWriter err) {
    for (LineResult r : results) {
      Evaluation e = r.evaluation();
      if (e != null) {
        list.add(e);
        continue;
      }
      invalid[0]++;
      for (CaseFileProblem p : r.problems()) {
        err.println("iepdr due: " + Escape.text(p.toString()));
        if (kept.size() < MAX_PROBLEMS_IN_JSON) {
          kept.add(p);
        }
      }
    }
    err.flush();
  }

  private List<LineResult> evaluate(RuleBook book, DueWindow window, List<JsonLinesReader.Line> chunk) {
    CaseFileReader reader = CaseFileReader.forRuleBook(book);
    List<LineResult> results = new ArrayList<>(chunk.size());
    for (JsonLinesReader.Line l : chunk) {
      String text = l.text();
      if (text != null && text.isBlank()) {
        continue;
      }
      results.add(evaluate(book, window, reader, l));
    }
    return results;
  }

  /** Evaluates one line as of the window's as-of date, or says why it cannot be. */
  private LineResult evaluate(RuleBook book, DueWindow window, CaseFileReader reader, JsonLinesReader.Line line) {
    int lineNo = line.number();
    try {
      String text = line.text();
      String problem = line.problem();
      if (problem != null || text == null) {
        return new LineResult(null, List.of(new CaseFileProblem(source, lineNo, line.column(), "$",
            String.valueOf(problem))));
      }
      CaseFile cf = reader.read(source, text, lineNo);
      Jurisdiction j = book.jurisdiction(cf.aCase().state());
      return new LineResult(j.evaluate(cf.aCase(), window.evaluationOptions()), List.of());
    } catch (CaseFileException ex) {
      return new LineResult(null, ex.problems());
    } catch (IepdrException ex) {
      return new LineResult(null, List.of(new CaseFileProblem(source, lineNo, 0, "$", ex.getMessage())));
    }
  }

  /** The table: a heading, then one row per item (due date, days left, case, rule, action). */
  static String table(DueList list, long invalid, Language l) {
    DueWindow w = list.window();
    List<DueItem> items = list.items();
    StringBuilder b = new StringBuilder();
    b.append(EvaluationReport.say(l, "due.title", "from", w.from(), "to", w.to(), "asOf", w.asOf())).append('\n');
    b.append(EvaluationReport.say(l, "due.counts", "n", (long) items.size(), "cases", list.cases(), "invalid",
        invalid)).append('\n');
    if (items.isEmpty()) {
      return b.append(EvaluationReport.say(l, "due.none")).append('\n').toString();
    }
    String[] head = {EvaluationReport.say(l, "due.column.due"), EvaluationReport.say(l, "due.column.left"),
        EvaluationReport.say(l, "due.column.case"), EvaluationReport.say(l, "due.column.rule"),
        EvaluationReport.say(l, "due.column.action")};
    List<String[]> rows = new ArrayList<>();
    for (DueItem i : items) {
      rows.add(new String[] {i.due().toString(), Long.toString(i.daysLeft()), Escape.text(i.caseId()),
          i.ruleId().toString(), Escape.text(i.action(l))});
    }
    int[] width = new int[head.length];
    for (int c = 0; c < head.length; c++) {
      width[c] = head[c].length();
      for (String[] r : rows) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    b.append('\n');
    row(b, head, width);
    for (String[] r : rows) {
      row(b, r, width);
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String[] cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c];
      if (c == 1) {
        line.append(" ".repeat(width[c] - cell.length())).append(cell); // days left: right-aligned
      } else {
        line.append(cell);
        if (c < cells.length - 1) {
          line.append(" ".repeat(width[c] - cell.length()));
        }
      }
      if (c < cells.length - 1) {
        line.append("  ");
      }
    }
    b.append(line).append('\n');
  }
}
