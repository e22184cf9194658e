package org.iepdr.core.time;
import java.time.*;
/** STUB replaced by the time branch. */
public final class BusinessCalendar implements WorkingDayCalendar {
  final HolidayCalendar h;
  BusinessCalendar(HolidayCalendar h) { this.h = h; }
  public static BusinessCalendar of(HolidayCalendar h, int a, int b) { return new BusinessCalendar(h); }
  public HolidayCalendar holidays() { return h; }
  public String name() { return h.name(); }
  public boolean isWorkingDay(LocalDate d) { return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !h.isHoliday(d); }
}
