package org.iepdr.core.time;
import java.time.*;
import java.util.Optional;
import org.iepdr.core.MissingCalendarException;
/** STUB replaced by the time branch. */
public final class DayCounter {
  final ZoneId zone; final BusinessCalendar b; final SchoolCalendar s;
  DayCounter(ZoneId z, BusinessCalendar b, SchoolCalendar s) { zone = z; this.b = b; this.s = s; }
  public static DayCounter of(ZoneId z, BusinessCalendar b) { return new DayCounter(z, b, null); }
  public DayCounter withSchoolCalendar(SchoolCalendar s) { return new DayCounter(zone, b, s); }
  public ZoneId zone() { return zone; }
  public BusinessCalendar businessCalendar() { return b; }
  public Optional<SchoolCalendar> schoolCalendar() { return Optional.ofNullable(s); }
  public LocalDate localDate(Instant i) { return LocalDate.ofInstant(i, zone); }
  public ZonedDateTime atZone(Instant i) { return i.atZone(zone); }
  public WorkingDayCalendar calendarFor(DayCount u) { if (u == DayCount.BUSINESS) return b; if (u == DayCount.SCHOOL) { if (s == null) throw new MissingCalendarException("school calendar", "counting school days"); return s; } throw new IllegalArgumentException(); }
  public LocalDate plus(LocalDate t, DayPeriod p) { return p.unit() == DayCount.CALENDAR ? t.plusDays(p.amount()) : calendarFor(p.unit()).plus(t, p.amount()); }
  public LocalDate minus(LocalDate t, DayPeriod p) { return p.unit() == DayCount.CALENDAR ? t.minusDays(p.amount()) : calendarFor(p.unit()).minus(t, p.amount()); }
  public int count(LocalDate a, LocalDate c, DayCount u) { return u == DayCount.CALENDAR ? (int) (c.toEpochDay() - a.toEpochDay()) : calendarFor(u).countBetween(a, c); }
  public LocalDate rollForward(LocalDate d) { return b.plus(d, 0); }
}
