package org.iepdr.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.iepdr.core.IepdrException;
import org.iepdr.core.message.Language;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.output.IcsOutput;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code iepdr check CASE.json}: the evaluation of one case. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Evaluate one case file: findings with rule ID, kind, message and citation; deadlines with"
        + " due date and status; next steps on the escalation ladder.")
final class CheckCommand implements Callable<Integer> {

  @ParentCommand
  IepdrCommand parent;

  @Parameters(index = "0", paramLabel = "CASE.json", description = "The case file (see docs/case-file.md), UTF-8;"
      + " '-' reads standard input.")
  String file;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Evaluate as of this date (default: the file's \"asOf\", else the date of the last fact).")
  @Nullable LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or markdown (with a Mermaid timeline). Default: ${DEFAULT-VALUE}.")
  EvaluationReport.Format format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageOption.class,
      description = "The language of the report: en or es (keys and facts in JSON are the same in both)."
          + " Default: ${DEFAULT-VALUE}.")
  Language lang = Language.ENGLISH;

  @Option(names = "--ics", paramLabel = "FILE", description = "Also write the deadlines as an iCalendar file.")
  @Nullable Path ics;

  @Option(names = "--school-calendar", paramLabel = "FILE",
      description = "A district school calendar for school-day rules (see docs/case-file.md).")
  @Nullable Path schoolCalendar;

  @Override
  public Integer call() throws IOException {
    RuleBook book = parent.book();
    boolean stdin = "-".equals(file);
    String source = stdin ? "<stdin>" : file;
    byte[] bytes = stdin ? parent.environment().in().readAllBytes() : readFile(Path.of(file));
    String text;
    try {
      text = Utf8Lines.decodeAll(bytes);
    } catch (Utf8Lines.Utf8Exception e) {
      throw new CaseFileException(List.of(new CaseFileProblem(source, e.line, e.column, "$", e.getMessage())));
    }
    CaseFile cf = CaseFileReader.forRuleBook(book).read(source, text, 1);
    Case aCase = cf.aCase();
    Jurisdiction j;
    Evaluation e;
    try {
      j = book.jurisdiction(aCase.state());
      var options = EvaluationOptions.builder();
      LocalDate date = asOf != null ? asOf : cf.asOf().orElse(null);
      if (date != null) {
        options.asOf(date);
      }
      if (schoolCalendar != null) {
        options.schoolCalendar(SchoolCalendarFile.read(schoolCalendar));
      }
      e = j.evaluate(aCase, options.build());
    } catch (IepdrException refused) {
      // name the file: the library's message names the event, field or date, not where it came from
      throw new BadInputException(source + ": " + refused.getMessage(), refused);
    }
    // open the calendar file before anything is written: a path that cannot be opened is bad input
    Writer icsOut = ics == null ? null : Output.openFile(ics, "--ics");
    parent.spec.commandLine().getOut().print(EvaluationReport.render(format, aCase, j, e, parent.colour(), lang));
    if (icsOut != null) {
      Output.writeAndClose(icsOut, IcsOutput.of(e), "--ics " + ics);
    }
    return e.hasViolations() ? ExitCode.FOUND : ExitCode.OK;
  }

  private static byte[] readFile(Path path) {
    if (Files.isDirectory(path)) {
      throw new BadInputException(path + ": is a directory; give a case file");
    }
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new BadInputException(path + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(path + ": cannot be read (permission denied)");
    } catch (IOException e) {
      throw new BadInputException(path + ": cannot be read: " + e.getMessage());
    }
  }
}
