package org.iepdr.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * A Section 618 reporting year: July 1 to June 30 (the collection's instructions: "the reporting year is
 * defined as July 1 ... through June 30 ..."), named like {@code 2025-26}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ReportingYear implements Comparable<ReportingYear> {

  private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{2}|\\d{4})");

  private final int firstYear;

  private ReportingYear(int firstYear) {
    this.firstYear = firstYear;
  }

  /**
   * Returns the reporting year that begins on July 1 of a year.
   *
   * @param firstYear the calendar year of its July 1, from 1900 to 2199
   * @return the reporting year
   * @throws InvalidInputException if the year is out of range
   */
  public static ReportingYear startingIn(int firstYear) {
    if (firstYear < 1900 || firstYear > 2199) {
      throw new InvalidInputException("firstYear", firstYear, "a year from 1900 to 2199");
    }
    return new ReportingYear(firstYear);
  }

  /**
   * Parses a reporting year written {@code 2025-26} (or {@code 2025-2026}).
   *
   * @param text the name
   * @return the reporting year
   * @throws InvalidInputException if the text is not such a name, or its second year does not follow
   *     its first
   */
  public static ReportingYear parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = NAME.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidInputException("year", text, "a reporting year such as 2025-26 (July 1, 2025 to June 30, 2026)");
    }
    int first = Integer.parseInt(m.group(1));
    String second = m.group(2);
    int expected = first + 1;
    boolean follows = second.length() == 2 ? Integer.parseInt(second) == expected % 100
        : Integer.parseInt(second) == expected;
    if (!follows) {
      throw new InvalidInputException("year", text, "a reporting year whose second year follows its first, such as "
          + first + "-" + String.format(java.util.Locale.ROOT, "%02d", expected % 100));
    }
    return startingIn(first);
  }

  /**
   * Returns the first day, July 1.
   *
   * @return the first day
   */
  public LocalDate start() {
    return LocalDate.of(firstYear, 7, 1);
  }

  /**
   * Returns the last day, June 30, which is also the default status date ("close of the period").
   *
   * @return the last day
   */
  public LocalDate end() {
    return LocalDate.of(firstYear + 1, 6, 30);
  }

  /**
   * Returns whether a date falls in the year.
   *
   * @param date the date
   * @return true from July 1 to June 30 inclusive
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Returns the reporting year that contains a date.
   *
   * @param date the date
   * @return its reporting year
   */
  public static ReportingYear containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return startingIn(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1);
  }

  @Override
  public int compareTo(ReportingYear other) {
    return Integer.compare(firstYear, other.firstYear);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingYear y && y.firstYear == firstYear;
  }

  @Override
  public int hashCode() {
    return firstYear;
  }

  /**
   * Returns the name, e.g. {@code 2025-26}.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return firstYear + "-" + String.format(java.util.Locale.ROOT, "%02d", (firstYear + 1) % 100);
  }
}
