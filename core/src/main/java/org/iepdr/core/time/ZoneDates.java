package org.iepdr.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Local dates of instants in a zone, read from a table of the zone's offset changes between 1900 and
 * 2200 instead of asking {@link ZoneRules} each time (which, for years past the zone's last listed
 * transition, looks the year's transitions up in a map with a boxed key on every call). Gives exactly
 * {@link LocalDate#ofInstant(Instant, ZoneId)}; instants outside the table fall back to it.
 *
 * <p>Implementation Requirements: immutable and thread-safe; one table per zone, shared.
 */
final class ZoneDates {

  private static final long FIRST = LocalDate.of(1900, 1, 1).toEpochDay() * 86_400L;
  private static final long LAST = LocalDate.of(2200, 1, 1).toEpochDay() * 86_400L;
  private static final ConcurrentHashMap<ZoneId, ZoneDates> TABLES = new ConcurrentHashMap<>();

  private final ZoneId zone;
  /** Epoch seconds of the offset changes in the table's range, ascending. */
  private final long[] changes;
  /** Offset in seconds from {@code changes[i-1]} (inclusive) to {@code changes[i]}; {@code offsets[0]} before the first. */
  private final int[] offsets;

  /**
   * Builds a zone's table; use {@link #of} for the shared one (package-private so that tests can
   * check a freshly built table, not one cached by an earlier caller).
   *
   * @param zone the zone
   */
  ZoneDates(ZoneId zone) {
    this.zone = zone;
    ZoneRules rules = zone.getRules();
    long[] c = new long[64];
    int[] o = new int[65];
    int n = 0;
    Instant at = Instant.ofEpochSecond(FIRST);
    o[0] = rules.getOffset(at).getTotalSeconds();
    ZoneOffsetTransition t = rules.nextTransition(at);
    while (t != null && t.toEpochSecond() < LAST) {
      if (n == c.length) {
        c = Arrays.copyOf(c, n * 2);
        o = Arrays.copyOf(o, n * 2 + 1);
      }
      c[n] = t.toEpochSecond();
      o[n + 1] = t.getOffsetAfter().getTotalSeconds();
      n++;
      t = rules.nextTransition(t.getInstant());
    }
    this.changes = Arrays.copyOf(c, n);
    this.offsets = Arrays.copyOf(o, n + 1);
  }

  /**
   * Returns the shared table of a zone.
   *
   * @param zone the zone
   * @return its table
   */
  static ZoneDates of(ZoneId zone) {
    ZoneDates d = TABLES.get(zone);
    if (d == null) {
      d = TABLES.computeIfAbsent(zone, ZoneDates::new);
    }
    return d;
  }

  /**
   * Returns the local date of an instant in the zone.
   *
   * @param instant the instant
   * @return its date, equal to {@code LocalDate.ofInstant(instant, zone)}
   */
  LocalDate localDate(Instant instant) {
    long s = instant.getEpochSecond();
    if (s < FIRST || s >= LAST) {
      return LocalDate.ofInstant(instant, zone);
    }
    int i = Arrays.binarySearch(changes, s);
    // at a change the new offset applies, as in ZoneRules.getOffset
    int offset = offsets[i >= 0 ? i + 1 : -i - 1];
    return LocalDate.ofEpochDay(Math.floorDiv(s + offset, 86_400L));
  }
}
