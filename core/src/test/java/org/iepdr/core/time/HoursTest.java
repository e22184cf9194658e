package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class HoursTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static Instant chicago(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(CHICAGO).toInstant();
  }

  @Test
  void twentyFourHoursBeforeAMeetingOnTheDayOfSpringForwardIsAnHourEarlierOnTheClock() {
    // Clocks spring forward at 02:00 on 2026-03-08; 09:00 CDT that day is 14:00Z.
    Instant meeting = chicago("2026-03-08T09:00");
    assertThat(meeting).isEqualTo(Instant.parse("2026-03-08T14:00:00Z"));
    Instant latest = Hours.latestNotice(meeting, Duration.ofHours(24));
    assertThat(latest).isEqualTo(Instant.parse("2026-03-07T14:00:00Z"));
    assertThat(latest.atZone(CHICAGO))
        .isEqualTo(ZonedDateTime.parse("2026-03-07T08:00-06:00[America/Chicago]"));
    // Notice at 08:00 local the day before is exactly 24 hours; 08:01 or 08:59 local is too late,
    // although a wall-clock reading ("before 09:00 the day before") would accept it.
    assertThat(Hours.isAtLeastBefore(chicago("2026-03-07T08:00"), meeting, Duration.ofHours(24)))
        .isTrue();
    assertThat(Hours.isAtLeastBefore(chicago("2026-03-07T07:59"), meeting, Duration.ofHours(24)))
        .isTrue();
    assertThat(Hours.isAtLeastBefore(chicago("2026-03-07T08:01"), meeting, Duration.ofHours(24)))
        .isFalse();
    assertThat(Hours.isAtLeastBefore(chicago("2026-03-07T08:59"), meeting, Duration.ofHours(24)))
        .isFalse();
    assertThat(Hours.between(chicago("2026-03-07T09:00"), meeting)).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void twentyFourHoursBeforeAMondayMeetingAfterSpringForwardIsTheSameClockTime() {
    // Both instants are after the change, so elapsed and wall-clock readings agree.
    Instant meeting = chicago("2026-03-09T09:00");
    assertThat(meeting).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
    assertThat(Hours.latestNotice(meeting, Duration.ofHours(24)).atZone(CHICAGO))
        .isEqualTo(ZonedDateTime.parse("2026-03-08T09:00-05:00[America/Chicago]"));
    assertThat(Hours.latestNotice(meeting, Duration.ofHours(48)).atZone(CHICAGO))
        .isEqualTo(ZonedDateTime.parse("2026-03-07T08:00-06:00[America/Chicago]"));
  }

  @Test
  void twentyFourHoursBeforeAMeetingOnTheDayOfFallBackIsAnHourLaterOnTheClock() {
    // Clocks fall back at 02:00 on 2026-11-01; 09:00 CST that day is 15:00Z.
    Instant meeting = chicago("2026-11-01T09:00");
    assertThat(meeting).isEqualTo(Instant.parse("2026-11-01T15:00:00Z"));
    Instant latest = Hours.latestNotice(meeting, Duration.ofHours(24));
    assertThat(latest.atZone(CHICAGO))
        .isEqualTo(ZonedDateTime.parse("2026-10-31T10:00-05:00[America/Chicago]"));
    assertThat(Hours.isAtLeastBefore(chicago("2026-10-31T09:30"), meeting, Duration.ofHours(24)))
        .isTrue();
    assertThat(Hours.isAtLeastBefore(chicago("2026-10-31T10:01"), meeting, Duration.ofHours(24)))
        .isFalse();
    Instant monday = chicago("2026-11-02T09:00");
    assertThat(Hours.latestNotice(monday, Duration.ofHours(48)).atZone(CHICAGO))
        .isEqualTo(ZonedDateTime.parse("2026-10-31T10:00-05:00[America/Chicago]"));
    assertThat(Hours.between(chicago("2026-10-31T09:00"), chicago("2026-11-01T09:00")))
        .isEqualTo(Duration.ofHours(25));
  }

  @Test
  void exactlyTheLeadIsEnoughAndBetweenIsSigned() {
    Instant meeting = Instant.parse("2026-05-01T14:00:00Z");
    Instant notice = Instant.parse("2026-04-30T14:00:00Z");
    assertThat(Hours.isAtLeastBefore(notice, meeting, Duration.ofHours(24))).isTrue();
    assertThat(Hours.isAtLeastBefore(notice.plusNanos(1), meeting, Duration.ofHours(24))).isFalse();
    assertThat(Hours.between(meeting, notice)).isEqualTo(Duration.ofHours(-24));
    assertThat(Hours.isAtLeastBefore(meeting, meeting, Duration.ZERO)).isTrue();
  }

  @Test
  void negativeOrOverlongLeadIsInvalid() {
    Instant meeting = Instant.parse("2026-05-01T14:00:00Z");
    assertThatThrownBy(() -> Hours.latestNotice(meeting, Duration.ofHours(-1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("lead");
          assertThat(e.value()).isEqualTo("PT-1H");
        });
    assertThatThrownBy(() -> Hours.isAtLeastBefore(meeting, meeting, Duration.ofHours(-1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Hours.latestNotice(Instant.MIN, Duration.ofHours(1)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("lead"));
    assertThatThrownBy(() -> Hours.latestNotice(null, Duration.ofHours(1)))
        .isInstanceOf(NullPointerException.class).hasMessage("meetingStart");
  }
}
