package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link ZoneDates} on freshly built tables (not the shared cache): the date of every offset
 * change from 1900 to 2200 and of the local midnights around it, the table's two ends, and the cache.
 */
class ZoneDatesTest {

  private static final Instant FIRST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("2200-01-01T00:00:00Z");

  /**
   * New York (558 changes, so the table grows past its first 64 slots), Apia (skipped 2011-12-30
   * going from -10:00 to +14:00), Lord Howe (half-hour DST), Kolkata (a few changes, none since
   * 1945), Dublin (negative DST) and UTC (no change at all).
   */
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("Pacific/Apia"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Europe/Dublin"), ZoneId.of("UTC"));

  /** A fixed offset no other test uses, different each time the test runs in the same JVM. */
  private static final AtomicInteger UNUSED_OFFSET = new AtomicInteger(-(17 * 3600 + 59 * 60 + 1));

  @Test
  void aFreshTableGivesTheJdkDateAtEveryChangeAndAtTheLocalMidnightsAfterIt() {
    for (ZoneId zone : ZONES) {
      ZoneDates table = new ZoneDates(zone);
      // Before the first change the table uses the offset in force on 1900-01-01.
      checkAround(table, zone, FIRST.plusSeconds(86_400 * 30));
      ZoneOffsetTransition t = zone.getRules().nextTransition(FIRST);
      while (t != null && t.getInstant().isBefore(LAST)) {
        Instant change = t.getInstant();
        // At the change itself the new offset applies; one second before, the old one.
        assertSameAsJdk(table, zone, change);
        assertSameAsJdk(table, zone, change.minusSeconds(1));
        checkAround(table, zone, change);
        t = zone.getRules().nextTransition(change);
      }
    }
  }

  /**
   * Checks the first local midnight after {@code from} and the second before it: a table offset too
   * large by any amount moves 23:59:59 into the next day, one too small moves 00:00:00 into the
   * previous day, so the two instants catch any wrong offset for the interval.
   */
  private static void checkAround(ZoneDates table, ZoneId zone, Instant from) {
    LocalDate day = LocalDate.ofInstant(from, zone);
    Instant midnight = day.plusDays(1).atStartOfDay(zone).toInstant();
    assertSameAsJdk(table, zone, midnight);
    assertSameAsJdk(table, zone, midnight.minusSeconds(1));
  }

  private static void assertSameAsJdk(ZoneDates table, ZoneId zone, Instant at) {
    assertThat(table.localDate(at)).as("%s in %s", at, zone).isEqualTo(LocalDate.ofInstant(at, zone));
  }

  @Test
  void apiaSkipsTheThirtiethOfDecember2011() {
    ZoneDates apia = new ZoneDates(ZoneId.of("Pacific/Apia"));
    // 09:59:59Z at -10:00 is 23:59:59 on the 29th; 10:00:00Z at +14:00 is 00:00 on the 31st.
    assertThat(apia.localDate(Instant.parse("2011-12-30T09:59:59Z"))).isEqualTo(LocalDate.of(2011, 12, 29));
    assertThat(apia.localDate(Instant.parse("2011-12-30T10:00:00Z"))).isEqualTo(LocalDate.of(2011, 12, 31));
  }

  @Test
  void theFirstChangeInTheTableIsReadAtItsExactInstant() {
    // New York's first change after 1900: 1918-03-31 02:00 EST (07:00Z) became 03:00 EDT.
    ZoneDates ny = new ZoneDates(ZoneId.of("America/New_York"));
    assertThat(ny.localDate(Instant.parse("1918-03-31T07:00:00Z"))).isEqualTo(LocalDate.of(1918, 3, 31));
    // 1918-04-01 00:00 EDT is 04:00Z; under EST it would still be March 31 (23:00).
    assertThat(ny.localDate(Instant.parse("1918-04-01T04:00:00Z"))).isEqualTo(LocalDate.of(1918, 4, 1));
  }

  @Test
  void instantsBeforeAndAfterTheTableUseTheZoneRulesOfTheirTime() {
    ZoneDates ny = new ZoneDates(ZoneId.of("America/New_York"));
    // 1850: New York local mean time, -4:56:02. 04:58:00Z is 00:01:58 on June 1 (at the table's
    // first offset, EST -5:00, it would be 23:58 on May 31).
    assertThat(ny.localDate(Instant.parse("1850-06-01T04:58:00Z"))).isEqualTo(LocalDate.of(1850, 6, 1));
    // 2300: US daylight time still applies in June, -4:00. 04:30Z is 00:30 on June 1 (at the
    // table's last offset, EST from November 2199, it would be 23:30 on May 31).
    assertThat(ny.localDate(Instant.parse("2300-06-01T04:30:00Z"))).isEqualTo(LocalDate.of(2300, 6, 1));
    // The table's two ends, both midnight UTC, are 19:00 EST the evening before.
    assertThat(ny.localDate(FIRST)).isEqualTo(LocalDate.of(1899, 12, 31));
    assertThat(ny.localDate(FIRST.minusSeconds(1))).isEqualTo(LocalDate.of(1899, 12, 31));
    assertThat(ny.localDate(LAST)).isEqualTo(LocalDate.of(2199, 12, 31));
    assertThat(ny.localDate(LAST.minusSeconds(1))).isEqualTo(LocalDate.of(2199, 12, 31));
  }

  @Test
  void aZoneAskedForTheFirstTimeGetsItsTableAndLaterCallsShareIt() {
    // The cache lives as long as the JVM, so only a zone nobody asked for before takes the cold path.
    ZoneOffset zone = ZoneOffset.ofTotalSeconds(UNUSED_OFFSET.getAndIncrement());
    ZoneDates first = ZoneDates.of(zone);
    assertThat(first).isNotNull();
    assertThat(ZoneDates.of(zone)).isSameAs(first);
    // A fixed offset near -18:00 has no changes: its local midnight starts June 1, a second earlier is May 31.
    Instant midnight = LocalDate.of(2026, 6, 1).atStartOfDay(zone).toInstant();
    assertThat(first.localDate(midnight)).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(first.localDate(midnight.minusSeconds(1))).isEqualTo(LocalDate.of(2026, 5, 31));
  }
}
