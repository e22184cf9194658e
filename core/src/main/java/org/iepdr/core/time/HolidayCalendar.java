package org.iepdr.core.time;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
/** STUB replaced by the time branch. */
public final class HolidayCalendar {
  final Set<LocalDate> days; final String name;
  HolidayCalendar(String n, Set<LocalDate> d) { name = n; days = d; }
  public String name() { return name; }
  public boolean isHoliday(LocalDate d) { return days.contains(d); }
  public static Builder builder(String name) { return new Builder(name); }
  public static final class Builder { final String n; final Set<LocalDate> d = new HashSet<>(); Builder(String n) { this.n = n; }
    public Builder include(HolidayCalendar o) { d.addAll(o.days); return this; }
    public Builder closure(LocalDate x, String reason) { d.add(x); return this; }
    public HolidayCalendar build() { return new HolidayCalendar(n, d); } }
}
