package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * One holiday in one year: its name, its actual date, the date offices close, and its legal source.
 *
 * <p>The observed date may differ from the actual date and may even fall in another year: New Year's
 * Day 2022 fell on a Saturday and was observed federally on Friday 2021-12-31. A one-off closure
 * (for example a governor's order closing offices the day after Thanksgiving) is a holiday whose
 * observed date equals its actual date.
 *
 * <p>Implementation Requirements: a record, immutable and thread-safe.
 *
 * @param name the holiday's name, e.g. {@code "Independence Day"}; not blank
 * @param date the actual date of the holiday
 * @param observed the date offices close in its place (may equal {@code date})
 * @param source the legal source, e.g. {@code "5 U.S.C. 6103(a)"}; not blank
 */
@API(status = STABLE, since = "0.2.0")
public record Holiday(String name, LocalDate date, LocalDate observed, String source) {

  /**
   * Validates the components.
   *
   * @param name the holiday's name; not blank
   * @param date the actual date
   * @param observed the date offices close
   * @param source the legal source; not blank
   * @throws InvalidInputException if {@code name} or {@code source} is blank
   */
  public Holiday {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(source, "source");
    if (name.isBlank()) {
      throw new InvalidInputException("name", "'" + name + "'", "a non-blank holiday name");
    }
    if (source.isBlank()) {
      throw new InvalidInputException("source", "'" + source + "'", "a non-blank legal source");
    }
  }

  /**
   * Returns whether the holiday is observed on a date other than its actual date.
   *
   * @return true if {@code observed} differs from {@code date}
   */
  public boolean isMoved() {
    return !observed.equals(date);
  }
}
