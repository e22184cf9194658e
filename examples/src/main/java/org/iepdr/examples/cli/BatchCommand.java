package org.iepdr.examples.cli;

import tools.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.iepdr.core.IepdrException;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.output.BatchLineJson;
import org.iepdr.json.output.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code iepdr batch CASES.jsonl}: evaluates one case per line, streaming.
 *
 * <p>Memory does not grow with the file: a line is read, evaluated, written and dropped; only the
 * per-rule summary (one counter per rule ID and kind) is kept.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Evaluate many cases, one JSON case per line (JSON Lines), streaming. Writes one JSON line per"
        + " case, then a summary line of findings per rule ID; shows a progress bar on standard error.")
final class BatchCommand implements Callable<Integer> {

  @ParentCommand
  IepdrCommand parent;

  @Parameters(index = "0", paramLabel = "CASES.jsonl", description = "One case file object per line; '-' reads"
      + " standard input.")
  String input;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate every case as of this date.")
  LocalDate asOf;

  @Option(names = "--no-progress", description = "Do not show the progress bar on standard error.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    RuleBook book = parent.book();
    CaseFileReader reader = CaseFileReader.forRuleBook(book);
    PrintWriter out = parent.spec.commandLine().getOut();
    PrintWriter err = parent.spec.commandLine().getErr();
    long size;
    BufferedReader in;
    if ("-".equals(input)) {
      size = -1;
      in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    } else {
      Path path = Path.of(input);
      try {
        size = Files.size(path);
        in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new BadInputException(input + ": no such file");
      }
    }
    Map<String, Map<String, Integer>> byRule = new TreeMap<>();
    long cases = 0;
    long invalid = 0;
    long withViolations = 0;
    // Colours and block characters on a terminal; plain ASCII when standard error is a file or a pipe.
    ProgressBarStyle style = System.console() != null ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII;
    ProgressBar bar = !noProgress ? new ProgressBarBuilder().setTaskName("cases").setInitialMax(size).setStyle(style)
        .setUnit(" KiB", 1024).setUpdateIntervalMillis(250)
        .setConsumer(new DelegatingProgressBarConsumer(s -> {
          err.print("\r" + s);
          err.flush();
        }, 100)).build() : null;
    try (in) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (bar != null) {
          bar.stepBy(line.getBytes(StandardCharsets.UTF_8).length + 1L);
        }
        if (line.isBlank()) {
          continue;
        }
        cases++;
        ObjectNode o;
        try {
          CaseFile cf = reader.read(input, line, lineNo);
          LocalDate date = asOf != null ? asOf : cf.asOf().orElse(null);
          try {
            Jurisdiction j = book.jurisdiction(cf.aCase().state());
            Evaluation e = j.evaluate(cf.aCase(),
                date == null ? EvaluationOptions.defaults() : EvaluationOptions.asOf(date));
            o = BatchLineJson.evaluated(lineNo, j, e);
            for (Finding f : e.findings()) {
              byRule.computeIfAbsent(f.ruleId().toString(), k -> new TreeMap<>()).merge(f.kind().name(), 1,
                  Integer::sum);
            }
            if (e.hasViolations()) {
              withViolations++;
            }
          } catch (IepdrException ex) {
            invalid++;
            o = BatchLineJson.invalid(lineNo, Optional.of(cf.aCase().id()),
                List.of(new CaseFileProblem(input, lineNo, 0, "$", ex.getMessage())));
          }
        } catch (CaseFileException ex) {
          invalid++;
          o = BatchLineJson.invalid(lineNo, ex.caseId(), ex.problems());
        } catch (IepdrException ex) {
          invalid++;
          o = BatchLineJson.invalid(lineNo, Optional.empty(),
              List.of(new CaseFileProblem(input, lineNo, 0, "$", ex.getMessage())));
        }
        out.println(JsonOutput.line(o));
      }
    } finally {
      if (bar != null) {
        bar.close();
        err.println();
      }
    }
    ObjectNode summary = BatchLineJson.summary(cases, invalid, withViolations, byRule);
    out.println(JsonOutput.line(summary));
    err.println("iepdr batch: " + cases + " cases, " + withViolations + " with violations, " + invalid + " invalid");
    out.flush();
    return invalid > 0 ? IepdrCommand.BAD_INPUT : withViolations > 0 ? IepdrCommand.VIOLATIONS : IepdrCommand.OK;
  }
}
