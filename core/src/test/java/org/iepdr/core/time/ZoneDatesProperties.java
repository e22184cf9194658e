package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The offset table gives exactly {@link LocalDate#ofInstant}, including at and around every change. */
class ZoneDatesProperties {

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"), ZoneId.of("Europe/Dublin"));

  @Property
  void sameDateAsTheJdk(@ForAll @LongRange(min = -4_000_000_000L, max = 8_000_000_000L) long epochSecond) {
    Instant at = Instant.ofEpochSecond(epochSecond);
    for (ZoneId zone : ZONES) {
      assertThat(ZoneDates.of(zone).localDate(at)).as("%s in %s", at, zone).isEqualTo(LocalDate.ofInstant(at, zone));
    }
  }

  @Example
  void sameDateAroundEveryChangeFrom2000To2040() {
    for (ZoneId zone : ZONES) {
      ZoneDates table = ZoneDates.of(zone);
      ZoneOffsetTransition t = zone.getRules().nextTransition(Instant.parse("2000-01-01T00:00:00Z"));
      int checked = 0;
      while (t != null && t.getInstant().isBefore(Instant.parse("2040-01-01T00:00:00Z"))) {
        for (long d : new long[] {-86_400, -3_601, -1, 0, 1, 3_599, 86_399}) {
          Instant at = t.getInstant().plusSeconds(d);
          assertThat(table.localDate(at)).as("%s in %s", at, zone).isEqualTo(LocalDate.ofInstant(at, zone));
        }
        checked++;
        t = zone.getRules().nextTransition(t.getInstant());
      }
      if (zone.equals(ZoneId.of("America/New_York"))) {
        assertThat(checked).isEqualTo(80);
      }
    }
  }

  @Example
  void outsideTheTableFallsBackToTheJdk() {
    ZoneId ny = ZoneId.of("America/New_York");
    for (Instant at : List.of(Instant.parse("1850-06-01T03:00:00Z"), Instant.parse("2300-06-01T03:30:00Z"))) {
      assertThat(ZoneDates.of(ny).localDate(at)).isEqualTo(LocalDate.ofInstant(at, ny));
    }
  }
}
