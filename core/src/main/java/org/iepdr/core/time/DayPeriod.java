package org.iepdr.core.time;
/** STUB replaced by the time branch. */
public record DayPeriod(int amount, DayCount unit) {
  public static DayPeriod calendarDays(int n) { return new DayPeriod(n, DayCount.CALENDAR); }
  public static DayPeriod businessDays(int n) { return new DayPeriod(n, DayCount.BUSINESS); }
  public static DayPeriod schoolDays(int n) { return new DayPeriod(n, DayCount.SCHOOL); }
  @Override public String toString() { return amount + " " + unit.unitName(amount); }
}
