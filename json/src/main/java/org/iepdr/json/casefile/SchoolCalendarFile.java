package org.iepdr.json.casefile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.IepdrException;
import org.iepdr.core.time.SchoolCalendar;

/**
 * The school-calendar file: a small text format for a district's school days, read by
 * {@code iepdr --school-calendar FILE} and by the HTTP service (docs/case-file.md).
 *
 * <pre>
 * # comments start with #
 * name   Example R-1 2026-27
 * first  2026-08-17            # first day covered
 * last   2027-05-21            # last day covered
 * closed 2026-09-07            # a weekday without school
 * closed 2026-11-25..2026-11-27
 * </pre>
 *
 * <p>Every weekday from {@code first} to {@code last} is a school day except the closed ones.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SchoolCalendarFile {

  private SchoolCalendarFile() {}

  /**
   * Reads a school calendar from the lines of a file.
   *
   * @param source the file's name in problems (each problem starts {@code source:line: })
   * @param defaultName the calendar's name when the file has no {@code name} line
   * @param lines the file's lines
   * @return the calendar
   * @throws SchoolCalendarFileException listing every problem of the lines
   * @throws IepdrException when the lines are well formed but make no calendar (the library's refusal,
   *     e.g. a last day before the first)
   */
  public static SchoolCalendar read(String source, String defaultName, List<String> lines) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(defaultName, "defaultName");
    Objects.requireNonNull(lines, "lines");
    String name = defaultName;
    LocalDate first = null;
    LocalDate last = null;
    List<LocalDate> closed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceFirst("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] kv = line.split("\\s+", 2);
      String where = source + ":" + (i + 1) + ": ";
      try {
        switch (kv.length == 2 ? kv[0] : "") {
          case "name" -> name = kv[1];
          case "first" -> first = LocalDate.parse(kv[1]);
          case "last" -> last = LocalDate.parse(kv[1]);
          case "closed" -> {
            String[] range = kv[1].split("\\.\\.");
            LocalDate from = LocalDate.parse(range[0].strip());
            LocalDate to = range.length > 1 ? LocalDate.parse(range[1].strip()) : from;
            closed.addAll(SchoolCalendar.closedRange(from, to));
          }
          default -> problems.add(where + "'" + line + "' is not understood; allowed lines: name TEXT, first DATE,"
              + " last DATE, closed DATE, closed DATE..DATE");
        }
      } catch (DateTimeParseException e) {
        problems.add(where + "'" + e.getParsedString() + "' is not an ISO date such as 2026-08-17");
      } catch (IepdrException e) {
        problems.add(where + e.getMessage());
      }
    }
    if (first == null) {
      problems.add(source + ": the line 'first DATE' is missing");
    }
    if (last == null) {
      problems.add(source + ": the line 'last DATE' is missing");
    }
    if (!problems.isEmpty() || first == null || last == null) {
      throw new SchoolCalendarFileException(problems);
    }
    return SchoolCalendar.weekdaysExcept(name, first, last, closed);
  }
}
