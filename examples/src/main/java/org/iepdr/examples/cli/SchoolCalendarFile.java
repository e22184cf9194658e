package org.iepdr.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iepdr.core.IepdrException;
import org.iepdr.core.time.SchoolCalendar;
import org.iepdr.json.casefile.SchoolCalendarFileException;

/**
 * Reads a school calendar from a small text file, through {@link org.iepdr.json.casefile.SchoolCalendarFile}
 * (the format is described there and in docs/case-file.md); every problem is bad input.
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
    try {
      return org.iepdr.json.casefile.SchoolCalendarFile.read(file.toString(), file.getFileName().toString(), lines);
    } catch (SchoolCalendarFileException e) {
      throw new BadInputException(String.valueOf(e.getMessage()));
    } catch (IepdrException e) {
      throw new BadInputException(file + ": " + e.getMessage());
    }
  }
}
