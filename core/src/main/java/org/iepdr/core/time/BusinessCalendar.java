package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;

/**
 * Business days over a range of whole years: Monday through Friday, except the holidays of a
 * {@link HolidayCalendar} (34 CFR 300.11: "business day" means Monday through Friday, except for
 * Federal and State holidays, so the holiday calendar should hold both).
 *
 * <pre>{@code
 * BusinessCalendar federal = BusinessCalendar.of(FederalHolidays.calendar(), 2020, 2035);
 * LocalDate due = federal.plus(LocalDate.of(2026, 11, 24), 3);          // 2026-11-30
 * LocalDate due2 = LocalDate.of(2026, 11, 24).with(federal.adjusterPlus(3)); // the same
 * }</pre>
 *
 * <p>The calendar covers January 1 of its first year to December 31 of its last year and throws
 * {@link CalendarRangeException} outside it. It precomputes the working days once, so
 * {@link #plus}, {@link #minus} and {@link #countBetween} run in constant time, whatever the number
 * of days; a calendar for 300 years takes under a megabyte.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = STABLE, since = "0.2.0")
public final class BusinessCalendar extends IndexedCalendar {

  /** The earliest first year {@link #of} accepts. */
  public static final int MIN_YEAR = 1900;
  /** The latest last year {@link #of} accepts. */
  public static final int MAX_YEAR = 2200;
  /** The largest number of years one calendar may cover. */
  public static final int MAX_SPAN_YEARS = 300;

  private final HolidayCalendar holidays;
  private final int firstYear;
  private final int lastYear;

  private BusinessCalendar(HolidayCalendar holidays, int firstYear, int lastYear) {
    super(index(holidays, firstYear, lastYear));
    this.holidays = holidays;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  private static WorkingDayIndex index(HolidayCalendar holidays, int firstYear, int lastYear) {
    LocalDate first = LocalDate.of(firstYear, 1, 1);
    long firstEpochDay = first.toEpochDay();
    int size = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - firstEpochDay + 1);
    boolean[] working = new boolean[size];
    int dow = first.getDayOfWeek().getValue() - 1; // 0 = Monday
    for (int i = 0; i < size; i++) {
      working[i] = dow < 5;
      dow = dow == 6 ? 0 : dow + 1;
    }
    for (int year = firstYear; year <= lastYear; year++) {
      for (Holiday h : holidays.holidaysIn(year)) {
        working[(int) (h.observed().toEpochDay() - firstEpochDay)] = false;
      }
    }
    return WorkingDayIndex.of(holidays.name() + " business days", first, working);
  }

  /**
   * Creates the business-day calendar for the holidays over January 1 of {@code firstYear} to
   * December 31 of {@code lastYear}.
   *
   * @param holidays the federal and State holidays (and closures) to exclude
   * @param firstYear the first covered year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param lastYear the last covered year, {@code firstYear} to {@value #MAX_YEAR}, and at most
   *     {@value #MAX_SPAN_YEARS} years in all
   * @return the calendar
   * @throws InvalidInputException if a year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR},
   *     {@code lastYear < firstYear}, or the span exceeds {@value #MAX_SPAN_YEARS} years
   */
  public static BusinessCalendar of(HolidayCalendar holidays, int firstYear, int lastYear) {
    Objects.requireNonNull(holidays, "holidays");
    if (firstYear < MIN_YEAR || firstYear > MAX_YEAR) {
      throw new InvalidInputException("firstYear", firstYear, MIN_YEAR + " to " + MAX_YEAR);
    }
    if (lastYear < firstYear || lastYear > MAX_YEAR) {
      throw new InvalidInputException("lastYear", lastYear,
          firstYear + " (firstYear) to " + MAX_YEAR);
    }
    if (lastYear - firstYear + 1 > MAX_SPAN_YEARS) {
      throw new InvalidInputException("lastYear", lastYear,
          "at most " + MAX_SPAN_YEARS + " years from firstYear " + firstYear + ", so at most "
              + (firstYear + MAX_SPAN_YEARS - 1));
    }
    return new BusinessCalendar(holidays, firstYear, lastYear);
  }

  /**
   * Returns the holiday calendar whose holidays are not business days.
   *
   * @return the holiday calendar
   */
  public HolidayCalendar holidays() {
    return holidays;
  }

  /**
   * Returns the first covered year.
   *
   * @return the year of {@link #firstCovered()}
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last covered year.
   *
   * @return the year of {@link #lastCovered()}
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Returns {@link DayCount#BUSINESS}.
   *
   * @return {@link DayCount#BUSINESS}
   */
  @Override
  public DayCount dayCount() {
    return DayCount.BUSINESS;
  }

  /**
   * Returns January 1 of the first year.
   *
   * @return the first covered date
   */
  @Override
  public LocalDate firstCovered() {
    return super.firstCovered();
  }

  /**
   * Returns December 31 of the last year.
   *
   * @return the last covered date
   */
  @Override
  public LocalDate lastCovered() {
    return super.lastCovered();
  }

  /**
   * Returns whether the date is a weekday on which no holiday is observed.
   *
   * @param date the date
   * @return true if it is a business day
   * @throws CalendarRangeException if the date is outside the covered range
   */
  @Override
  public boolean isWorkingDay(LocalDate date) {
    return super.isWorkingDay(date);
  }

  /**
   * Returns whether the date is a weekday (Monday to Friday), whether or not it is a holiday.
   *
   * @param date the date
   * @return true for Monday to Friday
   */
  public static boolean isWeekday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * Compares this calendar with another: equal when built from equal holiday calendars over the same
   * years.
   *
   * @param obj the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof BusinessCalendar)) {
      return false;
    }
    BusinessCalendar other = (BusinessCalendar) obj;
    return firstYear == other.firstYear && lastYear == other.lastYear
        && holidays.equals(other.holidays);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(holidays, firstYear, lastYear);
  }

  /**
   * Returns a description such as {@code "BusinessCalendar[US federal business days, 2020..2035]"}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "BusinessCalendar[" + name() + ", " + firstYear + ".." + lastYear + "]";
  }
}
