package org.iepdr.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.iepdr.core.conformance.Conformance;
import org.iepdr.core.conformance.ConformanceReport;
import org.iepdr.core.conformance.ConformanceRun;
import org.iepdr.core.conformance.InvalidWorkflowException;
import org.iepdr.core.conformance.Workflow;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.time.SchoolCalendar;
import org.iepdr.json.workflow.ConformanceJson;
import org.iepdr.json.workflow.WorkflowFileException;
import org.iepdr.json.workflow.WorkflowReader;
import org.iepdr.json.workflow.WorkflowTemplate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code iepdr conform WORKFLOW --state CODE --from DATE --to DATE}: a workflow over every start date. */
@Command(name = "conform", mixinStandardHelpOptions = true,
    description = "Checks a workflow template (JSON or YAML, see docs/workflows.md) on every start date of a range:"
        + " the start dates on which it breaks a rule, grouped by rule and reason with a worked example, and each"
        + " step's lawful offsets where the planning API computes them. Exit code 1 when a rule is broken on any"
        + " start date, 2 for a bad template.",
    footer = {"", "Example: iepdr conform examples/workflows/mo-state-complaint-broken.yaml --state MO"
        + " --from 2027-01-01 --to 2027-12-31"})
final class ConformCommand implements Callable<Integer> {

  private static final int SHOWN_STARTS = 6;

  @ParentCommand
  IepdrCommand parent;

  @Parameters(index = "0", paramLabel = "WORKFLOW", description = "The workflow template (.json, .yaml or .yml).")
  Path workflow;

  @Option(names = "--state", paramLabel = "CODE",
      description = "The jurisdiction, e.g. MO, MS or US (default: the template's \"state\").")
  @Nullable String state;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first start date.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last start date.")
  LocalDate to;

  @Option(names = "--step", paramLabel = "STEP",
      description = "day, business-day or 15m: how far apart start instants are (default: the template's"
          + " \"start.every\", else day).")
  @Nullable String step;

  @Option(names = "--school-calendar", paramLabel = "FILE",
      description = "A district school calendar, for school-day offsets and rules (see docs/case-file.md).")
  @Nullable Path schoolCalendar;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json or markdown. Default: ${DEFAULT-VALUE}.")
  Format format;

  /** Output formats. */
  enum Format {
    TEXT, JSON, MARKDOWN
  }

  @Override
  public Integer call() {
    if (Files.isDirectory(workflow)) {
      throw new BadInputException(workflow + ": is a directory; give a workflow template");
    }
    if (!Files.exists(workflow)) {
      throw new BadInputException(workflow + ": no such file");
    }
    WorkflowTemplate template = WorkflowReader.forRuleBook(parent.book()).read(workflow);
    String code = state != null ? state : template.state().orElseThrow(() -> new BadInputException(
        "--state is required: the template names no \"state\""));
    Jurisdiction j = parent.book().jurisdiction(code);
    PlanCommand.refuseOutsideTheCalendar(j, "--from", from);
    PlanCommand.refuseOutsideTheCalendar(j, "--to", to);
    if (to.isBefore(from)) {
      throw new BadInputException("--to was " + to + "; allowed: a date on or after --from (" + from + ")");
    }
    Optional<Workflow.Cadence> cadence = Optional.empty();
    if (step != null) {
      cadence = Optional.of(switch (step) {
        case "day" -> Workflow.Cadence.DAY;
        case "business-day" -> Workflow.Cadence.BUSINESS_DAY;
        case "15m" -> Workflow.Cadence.QUARTER_HOUR;
        default -> throw new BadInputException("--step was '" + Escape.text(step) + "'; allowed: day, business-day, 15m");
      });
    }
    Optional<SchoolCalendar> school = schoolCalendar == null ? Optional.empty()
        : Optional.of(SchoolCalendarFile.read(schoolCalendar));
    ConformanceReport report;
    try {
      report = Conformance.run(j, template.workflow(), new ConformanceRun(from, to, cadence, school));
    } catch (InvalidWorkflowException e) {
      throw new WorkflowFileException(template.locate(e));
    }
    PrintWriter out = parent.spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.print(ConformanceJson.write(report));
      case MARKDOWN -> out.print(markdown(report, j));
      default -> out.print(text(report, j));
    }
    return report.lawful() ? ExitCode.OK : ExitCode.FOUND;
  }

  private static String every(ConformanceReport r) {
    return switch (r.cadence()) {
      case DAY -> "every day";
      case BUSINESS_DAY -> "every business day";
      case QUARTER_HOUR -> "every 15 minutes";
    };
  }

  private static String when(ZonedDateTime t) {
    return t.toLocalDate() + " " + t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT) + " "
        + t.format(DateTimeFormatter.ofPattern("HH:mm xxx", Locale.ROOT));
  }

  private static String starts(List<ZonedDateTime> starts, boolean dates) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(SHOWN_STARTS, starts.size()); i++) {
      sb.append(i == 0 ? "" : ", ").append(dates ? starts.get(i).toLocalDate().toString() : when(starts.get(i)));
    }
    if (starts.size() > SHOWN_STARTS) {
      sb.append(", ... (").append(starts.size() - SHOWN_STARTS).append(" more)");
    }
    return sb.toString();
  }

  private static String range(ConformanceReport.StepRange r) {
    String lawful = r.earliest().isEmpty() && r.latest().isEmpty() ? "no rule bounds it"
        : r.earliest().map(e -> "from " + signed(e)).orElse("no rule bounds it earlier") + ", "
            + r.latest().map(l -> "up to " + signed(l)).orElse("no rule bounds it later");
    String placed = r.placedMin() == r.placedMax() ? signed(r.placedMin())
        : signed(r.placedMin()) + " to " + signed(r.placedMax());
    return r.step() + " (" + r.act() + "), in calendar days from " + r.from() + ": lawful " + lawful
        + " on every start; placed at " + placed + (r.inside() ? "" : " (OUTSIDE)")
        + (r.rules().isEmpty() ? "" : "; rules: " + String.join(", ", r.rules()));
  }

  private static String signed(int days) {
    return (days >= 0 ? "+" : "") + days;
  }

  static String text(ConformanceReport r, Jurisdiction j) {
    boolean dates = r.cadence() != Workflow.Cadence.QUARTER_HOUR;
    StringBuilder sb = new StringBuilder();
    sb.append("Workflow \"").append(Escape.text(r.workflow())).append("\" in ").append(j.name()).append(" (")
        .append(r.jurisdiction()).append(")\n");
    sb.append("Start dates ").append(r.from()).append(" to ").append(r.to()).append(", ").append(every(r))
        .append(": ").append(r.starts()).append(" checked; ")
        .append(r.lawful() ? "lawful on every one.\n" : "a rule is broken on " + r.failingStarts() + ".\n");
    for (ConformanceReport.Breach b : r.breaches()) {
      sb.append("\nBROKEN ").append(b.ruleId()).append(" (").append(b.kind()).append("): ").append(b.reason())
          .append("\n  on ").append(b.starts().size()).append(" start").append(b.starts().size() == 1 ? "" : "s")
          .append(": ").append(starts(b.starts(), dates)).append('\n');
      sb.append("  example, start ").append(when(b.example().start())).append(":\n");
      int width = b.example().steps().stream().mapToInt(s -> s.step().length()).max().orElse(0);
      for (ConformanceReport.PlacedStep s : b.example().steps()) {
        sb.append("    ").append(String.format(Locale.ROOT, "%-" + width + "s", s.step())).append("  ")
            .append(when(s.at())).append('\n');
      }
      sb.append("    finding: ").append(Escape.text(b.example().message())).append('\n');
    }
    if (!r.ranges().isEmpty()) {
      sb.append("\nLawful offsets (planning API):\n");
      for (ConformanceReport.StepRange x : r.ranges()) {
        sb.append("  ").append(range(x)).append('\n');
      }
    }
    return sb.toString();
  }

  static String markdown(ConformanceReport r, Jurisdiction j) {
    boolean dates = r.cadence() != Workflow.Cadence.QUARTER_HOUR;
    StringBuilder sb = new StringBuilder();
    sb.append("# Workflow \"").append(md(r.workflow())).append("\" in ").append(j.name()).append(" (")
        .append(r.jurisdiction()).append(")\n\n");
    sb.append("Start dates ").append(r.from()).append(" to ").append(r.to()).append(", ").append(every(r))
        .append(": ").append(r.starts()).append(" checked; ")
        .append(r.lawful() ? "**lawful on every one**.\n" : "**a rule is broken on " + r.failingStarts() + "**.\n");
    if (!r.breaches().isEmpty()) {
      sb.append("\n| rule | kind | reason | starts | first starts |\n|---|---|---|---|---|\n");
      for (ConformanceReport.Breach b : r.breaches()) {
        sb.append("| `").append(b.ruleId()).append("` | ").append(b.kind()).append(" | ").append(md(b.reason()))
            .append(" | ").append(b.starts().size()).append(" | ").append(starts(b.starts(), dates)).append(" |\n");
      }
      for (ConformanceReport.Breach b : r.breaches()) {
        sb.append("\n## `").append(b.ruleId()).append("`: ").append(md(b.reason())).append("\n\nExample, start ")
            .append(when(b.example().start())).append(":\n\n| step | at |\n|---|---|\n");
        for (ConformanceReport.PlacedStep s : b.example().steps()) {
          sb.append("| ").append(md(s.step())).append(" | ").append(when(s.at())).append(" |\n");
        }
        sb.append("\nFinding: ").append(md(b.example().message())).append('\n');
      }
    }
    if (!r.ranges().isEmpty()) {
      sb.append("\n## Lawful offsets (planning API)\n\n");
      for (ConformanceReport.StepRange x : r.ranges()) {
        sb.append("- ").append(md(range(x))).append('\n');
      }
    }
    return sb.toString();
  }

  private static String md(String s) {
    return Escape.text(s).replace("|", "\\|");
  }
}
