package org.iepdr.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.time.DayCount;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code iepdr days}: the day-counting calculator. */
@Command(name = "days", mixinStandardHelpOptions = true,
    description = "Count days the way the rules do: the trigger day is day 0; calendar days do not roll;"
        + " business days skip weekends and federal and state holidays; school days follow a district calendar.",
    footer = {"", "Examples:", "  iepdr days --state MO --from 2026-03-02 --add 15",
        "  iepdr days --state MS --from 2026-11-20 --add 3 --business",
        "  iepdr days --state MO --from 2026-03-02 --until 2026-04-01 --business"})
final class DaysCommand implements Callable<Integer> {

  @ParentCommand
  IepdrCommand parent;

  @Option(names = "--state", required = true, paramLabel = "CODE", description = "The jurisdiction, e.g. MO.")
  String state;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "The trigger date (day 0).")
  LocalDate from;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** Either --add or --until. */
  static final class Target {
    @Option(names = "--add", paramLabel = "N", description = "Days to add (negative: count backward).")
    @Nullable Integer add;

    @Option(names = "--until", paramLabel = "DATE", description = "Count the days in (from, until].")
    @Nullable LocalDate until;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Unit unit;

  /** The unit: calendar by default. */
  static final class Unit {
    @Option(names = "--business", description = "Count business days.")
    boolean business;

    @Option(names = "--school-calendar", paramLabel = "FILE", description = "Count school days of this calendar"
        + " (see docs/case-file.md).")
    @Nullable Path schoolCalendar;
  }

  @Override
  public Integer call() {
    Jurisdiction j = parent.book().jurisdiction(state);
    DayCounter counter = j.counter();
    DayCount count = DayCount.CALENDAR;
    if (unit != null && unit.business) {
      count = DayCount.BUSINESS;
    } else if (unit != null && unit.schoolCalendar != null) {
      counter = counter.withSchoolCalendar(SchoolCalendarFile.read(unit.schoolCalendar));
      count = DayCount.SCHOOL;
    }
    PrintWriter out = parent.spec.commandLine().getOut();
    if (target.add != null) {
      int n = target.add;
      LocalDate result = n >= 0 ? counter.plus(from, DayPeriod.of(n, count))
          : counter.minus(from, DayPeriod.of(-n, count));
      out.println(result);
      out.println("(" + from + " " + (n >= 0 ? "+ " : "- ") + DayPeriod.of(Math.abs(n), count) + " in " + j.name()
          + "; " + from + " is day 0)");
    } else {
      // picocli sets exactly one of --add and --until (the group's multiplicity is 1).
      int n = counter.count(from, Objects.requireNonNull(target.until, "--until"), count);
      out.println(n);
      out.println("(" + count.name().toLowerCase(java.util.Locale.ROOT) + " days in (" + from + ", " + target.until
          + "] in " + j.name() + ")");
    }
    return ExitCode.OK;
  }
}
