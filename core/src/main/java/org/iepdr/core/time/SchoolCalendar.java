package org.iepdr.core.time;
import java.time.*;
import java.util.Set;
/** STUB replaced by the time branch. */
public final class SchoolCalendar implements WorkingDayCalendar {
  final Set<LocalDate> days; SchoolCalendar(Set<LocalDate> d) { days = d; }
  public static SchoolCalendar of(Set<LocalDate> d) { return new SchoolCalendar(d); }
  public String name() { return "school"; }
  public boolean isWorkingDay(LocalDate d) { return days.contains(d); }
}
