package org.iepdr.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.iepdr.core.IepdrException;
import org.iepdr.core.time.SchoolCalendar;

/**
 * Reads a school calendar from a small text file.
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
 */
final class SchoolCalendarFile {

  private SchoolCalendarFile() {}

  static SchoolCalendar read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read the school calendar: " + e.getMessage());
    }
    String name = file.getFileName().toString();
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
      String where = file + ":" + (i + 1) + ": ";
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
      problems.add(file + ": the line 'first DATE' is missing");
    }
    if (last == null) {
      problems.add(file + ": the line 'last DATE' is missing");
    }
    if (!problems.isEmpty() || first == null || last == null) {
      throw new BadInputException("bad school calendar:\n  " + String.join("\n  ", problems));
    }
    try {
      return SchoolCalendar.weekdaysExcept(name, first, last, closed);
    } catch (IepdrException e) {
      throw new BadInputException(file + ": " + e.getMessage());
    }
  }
}
