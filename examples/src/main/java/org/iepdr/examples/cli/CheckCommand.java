package org.iepdr.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.iepdr.core.IepdrException;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileReader;
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

  @Parameters(index = "0", paramLabel = "CASE.json", description = "The case file (see docs/case-file.md).")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Evaluate as of this date (default: the file's \"asOf\", else the date of the last fact).")
  @Nullable LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or markdown (with a Mermaid timeline). Default: ${DEFAULT-VALUE}.")
  EvaluationReport.Format format;

  @Option(names = "--ics", paramLabel = "FILE", description = "Also write the deadlines as an iCalendar file.")
  @Nullable Path ics;

  @Option(names = "--school-calendar", paramLabel = "FILE",
      description = "A district school calendar for school-day rules (see docs/case-file.md).")
  @Nullable Path schoolCalendar;

  @Override
  public Integer call() throws IOException {
    RuleBook book = parent.book();
    CaseFile cf = CaseFileReader.forRuleBook(book).read(file);
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
      throw new BadInputException(file + ": " + refused.getMessage(), refused);
    }
    parent.spec.commandLine().getOut().print(EvaluationReport.render(format, aCase, j, e));
    if (ics != null) {
      Files.writeString(ics, IcsExport.ics(e), StandardCharsets.UTF_8);
    }
    return e.hasViolations() ? IepdrCommand.VIOLATIONS : IepdrCommand.OK;
  }
}
