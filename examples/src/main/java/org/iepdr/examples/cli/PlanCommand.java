package org.iepdr.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.iepdr.core.MissingCalendarException;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.time.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.iepdr.json.output.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code iepdr plan --state MO ACT... --trigger DATE}: earliest and latest lawful dates. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "The earliest and latest lawful dates for proposed acts, counted from a trigger date (each act"
        + " says what its trigger is). Exit code 1 when the rules leave no lawful date.",
    footer = {"", "Example: iepdr plan --state MO RESOLUTION_MEETING --trigger 2026-03-02"})
final class PlanCommand implements Callable<Integer> {

  @ParentCommand
  IepdrCommand parent;

  @Option(names = "--state", required = true, paramLabel = "CODE",
      description = "The jurisdiction, e.g. MO, MS or US.")
  String state;

  @Parameters(arity = "1..*", paramLabel = "ACT", description = "One or more of: ${COMPLETION-CANDIDATES}"
      + " (case and - or _ do not matter).", converter = ActConverter.class,
      completionCandidates = ActCandidates.class)
  List<ProposedAct> acts;

  @Option(names = "--trigger", required = true, paramLabel = "DATE",
      description = "The date the act counts from (see each act's trigger in the output).")
  LocalDate trigger;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--rules-as-of", paramLabel = "DATE",
      description = "Apply the rules in force on this date (default: the trigger date).")
  @Nullable LocalDate rulesAsOf;

  @Option(names = "--school-calendar", paramLabel = "FILE",
      description = "A district school calendar, needed by the expedited acts that count school days (see"
          + " docs/case-file.md).")
  java.nio.file.@Nullable Path schoolCalendar;

  /** Output formats. */
  enum Format {
    TEXT, JSON
  }

  @Override
  public Integer call() {
    Jurisdiction j = parent.book().jurisdiction(state);
    refuseOutsideTheCalendar(j, "--trigger", trigger);
    if (rulesAsOf != null) {
      refuseOutsideTheCalendar(j, "--rules-as-of", rulesAsOf);
    }
    PrintWriter out = parent.spec.commandLine().getOut();
    boolean allPossible = true;
    List<Plan> plans = new ArrayList<>();
    for (ProposedAct act : acts) {
      Plan plan;
      try {
        plan = schoolCalendar != null ? j.plan(act, trigger, SchoolCalendarFile.read(schoolCalendar))
            : j.plan(act, trigger, rulesAsOf != null ? rulesAsOf : trigger);
      } catch (MissingCalendarException e) {
        throw new BadInputException(act + " counts school days: " + e.getMessage()
            + "; give the district's calendar with --school-calendar FILE (see docs/case-file.md)");
      }
      allPossible &= plan.possible();
      if (format == Format.JSON) {
        plans.add(plan);
      } else {
        out.println(act + " in " + j.name() + " (" + j.code() + "), counted from " + act.trigger() + ": " + trigger);
        if (plan.constraints().isEmpty()) {
          out.println("  no rule installed for " + j.code() + " constrains this act");
        } else {
          out.println("  earliest: " + plan.earliest().map(LocalDate::toString).orElse("no limit"));
          out.println("  latest:   " + plan.latest().map(LocalDate::toString).orElse("no limit"));
          if (!plan.possible()) {
            out.println("  NO LAWFUL DATE: the constraints below contradict each other");
          }
          for (PlanConstraint c : plan.constraints()) {
            out.println("  - " + c.ruleId() + ": " + c.earliest().map(d -> "no earlier than " + d).orElse("")
                + (c.earliest().isPresent() && c.latest().isPresent() ? ", " : "")
                + c.latest().map(d -> "no later than " + d).orElse("") + " (" + c.why() + ")");
          }
        }
      }
    }
    if (format == Format.JSON) {
      out.print(PlanJson.write(j, plans));
    }
    return allPossible ? ExitCode.OK : ExitCode.FOUND;
  }

  /**
   * Refuses a date outside the years the jurisdiction's business calendar covers, as {@code check}
   * refuses an as-of date there: no date can be counted from it (and {@code +999999999-12-31}, the
   * edge of java.time, cannot even be counted in calendar days).
   */
  static void refuseOutsideTheCalendar(Jurisdiction j, String option, LocalDate date) {
    BusinessCalendar c = j.counter().businessCalendar();
    if (date.isBefore(c.firstCovered()) || date.isAfter(c.lastCovered())) {
      throw new BadInputException(option + " was " + date + "; allowed: a date the calendar '" + c.name() + "' covers, "
          + c.firstCovered() + " to " + c.lastCovered() + " (no date can be counted from a date outside it)");
    }
  }

  /** Reads an act name, forgiving case and hyphens. */
  static final class ActConverter implements picocli.CommandLine.ITypeConverter<ProposedAct> {
    @Override
    public ProposedAct convert(String value) {
      String norm = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (ProposedAct a : ProposedAct.values()) {
        if (a.name().equals(norm)) {
          return a;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a proposed act; allowed: "
          + Arrays.stream(ProposedAct.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  /** The act names, for help. */
  static final class ActCandidates extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ActCandidates() {
      super(Arrays.stream(ProposedAct.values()).map(Enum::name).toList());
    }
  }
}
