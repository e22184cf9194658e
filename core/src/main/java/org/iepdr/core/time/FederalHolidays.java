package org.iepdr.core.time;
import java.time.*;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
/** STUB replaced by the time branch. */
public final class FederalHolidays {
  private FederalHolidays() {}
  public static HolidayCalendar calendar() {
    Set<LocalDate> s = new HashSet<>();
    for (int y = 1990; y <= 2101; y++) {
      for (LocalDate d : new LocalDate[] {LocalDate.of(y,1,1), LocalDate.of(y,7,4), LocalDate.of(y,11,11), LocalDate.of(y,12,25), LocalDate.of(y,6,19)}) {
        if (d.getMonthValue() == 6 && y < 2021) continue;
        s.add(d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.minusDays(1) : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d);
      }
      s.add(LocalDate.of(y,1,1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)));
      s.add(LocalDate.of(y,2,1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)));
      s.add(LocalDate.of(y,5,1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      s.add(LocalDate.of(y,9,1).with(TemporalAdjusters.dayOfWeekInMonth(1, DayOfWeek.MONDAY)));
      s.add(LocalDate.of(y,10,1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)));
      s.add(LocalDate.of(y,11,1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
    }
    return new HolidayCalendar("US federal", s);
  }
}
