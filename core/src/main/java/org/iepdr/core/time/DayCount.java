package org.iepdr.core.time;
/** STUB replaced by the time branch. */
public enum DayCount { CALENDAR, BUSINESS, SCHOOL;
  public String unitName(int amount) { String b = name().toLowerCase(java.util.Locale.ROOT) + " day"; return amount == 1 ? b : b + "s"; } }
