package org.iepdr.core.time;
import java.time.LocalDate;
/** STUB replaced by the time branch. */
public interface WorkingDayCalendar {
  String name(); boolean isWorkingDay(LocalDate d);
  default LocalDate plus(LocalDate s, int n) { if (n < 0) return minus(s, -n); LocalDate d = s; if (n == 0) { while (!isWorkingDay(d)) d = d.plusDays(1); return d; } while (n > 0) { d = d.plusDays(1); if (isWorkingDay(d)) n--; } return d; }
  default LocalDate minus(LocalDate s, int n) { LocalDate d = s; if (n == 0) { while (!isWorkingDay(d)) d = d.minusDays(1); return d; } while (n > 0) { d = d.minusDays(1); if (isWorkingDay(d)) n--; } return d; }
  default int countBetween(LocalDate a, LocalDate b) { if (b.isBefore(a)) return -countBetween(b, a); int c = 0; for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) if (isWorkingDay(d)) c++; return c; }
}
