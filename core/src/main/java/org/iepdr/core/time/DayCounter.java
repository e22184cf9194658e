package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.MissingCalendarException;

/**
 * Counts days for one jurisdiction: its time zone, its business days (federal and State holidays)
 * and, optionally, a district's school days.
 *
 * <p>Conventions (see the {@linkplain org.iepdr.core.time package}): the trigger day is day 0, so
 * "within 10 days of X" is {@code plus(X, calendarDays(10))} = X + 10; a calendar-day deadline does
 * not roll off a weekend or holiday unless the rule applies {@link #rollForward(LocalDate)}.
 *
 * <pre>{@code
 * DayCounter mo = DayCounter.of(ZoneId.of("America/Chicago"), moBusinessDays)
 *     .withSchoolCalendar(district);
 * LocalDate due = mo.plus(received, DayPeriod.calendarDays(60));
 * LocalDate lastNotice = mo.minus(hearing, DayPeriod.businessDays(5));
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = STABLE, since = "0.2.0")
public final class DayCounter {

  private final ZoneId zone;
  private final ZoneDates dates;
  private final BusinessCalendar business;
  @Nullable private final SchoolCalendar school;

  private DayCounter(ZoneId zone, BusinessCalendar business, @Nullable SchoolCalendar school) {
    this.zone = zone;
    this.dates = ZoneDates.of(zone);
    this.business = business;
    this.school = school;
  }

  /**
   * Creates a counter without a school calendar.
   *
   * @param zone the jurisdiction's time zone, used to turn instants into local dates
   * @param business the jurisdiction's business days
   * @return the counter
   */
  public static DayCounter of(ZoneId zone, BusinessCalendar business) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(business, "business");
    return new DayCounter(zone, business, null);
  }

  /**
   * Returns a copy of this counter that counts school days with the given calendar.
   *
   * @param schoolCalendar the district's school calendar
   * @return the new counter
   */
  public DayCounter withSchoolCalendar(SchoolCalendar schoolCalendar) {
    Objects.requireNonNull(schoolCalendar, "schoolCalendar");
    return new DayCounter(zone, business, schoolCalendar);
  }

  /**
   * Returns the jurisdiction's time zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the business-day calendar.
   *
   * @return the calendar
   */
  public BusinessCalendar businessCalendar() {
    return business;
  }

  /**
   * Returns the school calendar, if one was supplied.
   *
   * @return the school calendar, or empty
   */
  public Optional<SchoolCalendar> schoolCalendar() {
    return Optional.ofNullable(school);
  }

  /**
   * Returns the local date of an instant in the jurisdiction's zone.
   *
   * @param instant the instant
   * @return the local date in {@link #zone()}
   */
  public LocalDate localDate(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return dates.localDate(instant);
  }

  /**
   * Returns the instant as a date-time in the jurisdiction's zone.
   *
   * @param instant the instant
   * @return the zoned date-time in {@link #zone()}
   */
  public ZonedDateTime atZone(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return instant.atZone(zone);
  }

  /**
   * Returns the working-day calendar for a unit: the business calendar, the school calendar, for
   * {@link DayCount#CALENDAR} a calendar on which every date is a working day and that covers every
   * date, or for {@link DayCount#WEEKDAYS} one on which Monday through Friday are working days, holidays
   * included, covering every date.
   *
   * @param unit the kind of day
   * @return the calendar
   * @throws MissingCalendarException if {@code unit} is {@link DayCount#SCHOOL} and no school
   *     calendar was supplied
   */
  public WorkingDayCalendar calendarFor(DayCount unit) {
    Objects.requireNonNull(unit, "unit");
    switch (unit) {
      case CALENDAR:
        return AllDaysCalendar.INSTANCE;
      case BUSINESS:
        return business;
      case WEEKDAYS:
        return WeekdaysCalendar.INSTANCE;
      case SCHOOL:
      default:
        if (school == null) {
          throw new MissingCalendarException("school calendar", "counting school days");
        }
        return school;
    }
  }

  /**
   * Returns the deadline that is {@code period} after the trigger, the trigger being day 0.
   *
   * <p>Calendar days: {@code trigger.plusDays(amount)}, with no roll off weekends or holidays.
   * Business, school days or weekdays: {@link WorkingDayCalendar#plus(LocalDate, int)}, so the n-th working
   * day strictly after the trigger (for 0, the trigger if it is a working day, else the next one).
   *
   * @param trigger the date of the triggering event
   * @param period the period
   * @return the deadline
   * @throws MissingCalendarException if the period counts school days and there is no school
   *     calendar
   * @throws CalendarRangeException if the trigger or the result is outside the calendar's range
   */
  public LocalDate plus(LocalDate trigger, DayPeriod period) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(period, "period");
    return calendarFor(period.unit()).plus(trigger, period.amount());
  }

  /**
   * Counts backward: returns the last date that is still {@code period} before the anchor.
   *
   * <p>Calendar days: {@code anchor.minusDays(amount)} (10 calendar days before 2026-03-20 is
   * 2026-03-10). Business or school days: {@link WorkingDayCalendar#minus(LocalDate, int)}, the n-th
   * working day strictly before the anchor (5 business days before a Monday hearing is the Monday
   * before, when no holiday intervenes).
   *
   * @param anchor the date counted back from, e.g. a hearing date
   * @param period the period
   * @return the latest date that is at least {@code period} before the anchor
   * @throws MissingCalendarException if the period counts school days and there is no school
   *     calendar
   * @throws CalendarRangeException if the anchor or the result is outside the calendar's range
   */
  public LocalDate minus(LocalDate anchor, DayPeriod period) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(period, "period");
    return calendarFor(period.unit()).minus(anchor, period.amount());
  }

  /**
   * Counts the days of a unit in {@code (from, to]}; negative if {@code to} is before {@code from}.
   *
   * @param from the start, not counted
   * @param to the end, counted
   * @param unit the kind of day
   * @return the count
   * @throws MissingCalendarException if {@code unit} is {@link DayCount#SCHOOL} and there is no
   *     school calendar
   * @throws CalendarRangeException if a date is outside the calendar's range
   * @throws InvalidInputException if a calendar-day count does not fit in an {@code int}
   */
  public int count(LocalDate from, LocalDate to, DayCount unit) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(unit, "unit");
    return calendarFor(unit).countBetween(from, to);
  }

  /**
   * Returns the date if it is a business day, else the next business day. Only for rules that
   * expressly roll a deadline off a weekend or holiday; the default is not to roll.
   *
   * @param date the date
   * @return the business day on or after the date
   * @throws CalendarRangeException if the date or the result is outside the business calendar's
   *     range
   */
  public LocalDate rollForward(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return business.nextOrSame(date);
  }

  /**
   * Compares this counter with another: equal when the zone and calendars are equal.
   *
   * @param obj the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof DayCounter)) {
      return false;
    }
    DayCounter other = (DayCounter) obj;
    return zone.equals(other.zone) && business.equals(other.business)
        && Objects.equals(school, other.school);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(zone, business, school);
  }

  /**
   * Returns a description naming the zone and the calendars.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DayCounter[" + zone + ", " + business.name()
        + (school == null ? "" : ", " + school.name()) + "]";
  }
}
