package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;

import java.time.Duration;
import java.time.Instant;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.RecordingNotice;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

/** MS.RECORDING.NOTICE: 24 elapsed hours, parent or district, across DST. */
class RecordingNoticeTest {

  private static final String ID = "MS.RECORDING.NOTICE";

  private static Meeting.Builder iep(Instant start) {
    return Meeting.builder().id("iep").kind(MeetingKind.IEP).at(start).addAttendees(PARENT, LEA);
  }

  private static Evaluation recordedBy(String who, Instant notice, Instant start) {
    return MS.evaluate(caseBuilder().addEvents(iep(start).addRecordingNotices(new RecordingNotice(who, notice))
        .addRecordedBy(who).build()).build());
  }

  @Test
  void exactly24HoursBeforeIsOnTimeForTheParent() {
    Instant start = at("2026-04-14", "09:00");
    assertThat(recordedBy(PARENT, start.minus(Duration.ofHours(24)), start).findings(ID)).isEmpty();
  }

  @Test
  void twentyThreeHours59MinutesBeforeIsAWarningRestingOnTheArticle() {
    Instant start = at("2026-04-14", "09:00");
    assertThat(recordedBy(PARENT, start.minus(Duration.ofHours(23).plusMinutes(59)), start).findings(ID))
        .singleElement().satisfies(f -> {
          assertThat(f.key()).isEqualTo("MS.RECORDING.NOTICE.late_notice");
          assertThat(f.kind()).isEqualTo(org.iepdr.core.rules.FindingKind.WARNING);
          assertThat(f.citation().authority()).isEqualTo(org.iepdr.core.rules.Authority.SECONDARY);
          assertThat(f.facts().time("given").map(java.time.ZonedDateTime::toInstant))
              .contains(start.minus(Duration.ofHours(23).plusMinutes(59)));
          assertThat(f.facts().time("start").map(java.time.ZonedDateTime::toInstant)).contains(start);
          assertThat(f.facts().time("due").map(java.time.ZonedDateTime::toInstant))
              .contains(start.minus(Duration.ofHours(24)));
          // the clock format (the jurisdiction's zone, its abbreviation) is part of the wording
          assertThat(f.message()).startsWith("The parent").contains("2026-04-13 09:01 CDT", "2026-04-14 09:00 CDT",
              "due by 2026-04-13 09:00 CDT");
          assertThat(f.events()).containsExactly("iep");
        });
  }

  @Test
  void theDistrictOwesTheSameNotice() {
    Instant start = at("2026-04-14", "09:00");
    assertThat(recordedBy(LEA, start.minus(Duration.ofHours(2)), start).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("The district"));
    assertThat(recordedBy(LEA, start.minus(Duration.ofDays(3)), start).findings(ID)).isEmpty();
  }

  @Test
  void recordingWithoutAnyNoticeIsAViolation() {
    Evaluation e = MS.evaluate(caseBuilder().addEvents(iep(at("2026-04-14", "09:00")).addRecordedBy(PARENT).build())
        .build());
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.message()).contains("without notifying"));
  }

  @Test
  void anotherPartysNoticeDoesNotCoverTheRecorder() {
    Instant start = at("2026-04-14", "09:00");
    Evaluation e = MS.evaluate(caseBuilder().addEvents(iep(start)
        .addRecordingNotices(new RecordingNotice(LEA, start.minus(Duration.ofDays(2)))).addRecordedBy(PARENT).build())
        .build());
    assertThat(e.findings(ID)).hasSize(1);
  }

  @Test
  void aNoticeWithoutRecordingIsNotJudged() {
    Instant start = at("2026-04-14", "09:00");
    Evaluation e = MS.evaluate(caseBuilder().addEvents(iep(start)
        .addRecordingNotices(new RecordingNotice(PARENT, start.minus(Duration.ofHours(1)))).build()).build());
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void acrossTheSpringForwardChange24HoursIsElapsedTimeNotTheSameClockTime() {
    // Chicago springs forward at 02:00 on Sunday 2026-03-08. A meeting at 09:00 CDT on Sunday... use Monday 03-09
    // 09:00 CDT with a notice at 09:00 CST on Saturday 03-07: 47 elapsed hours, fine. The interesting edge: a meeting
    // at 10:00 CDT on Sunday 03-08 is 23 elapsed hours after 10:00 CST on Saturday 03-07.
    Instant start = at("2026-03-08", "10:00");
    Instant sameClockDayBefore = at("2026-03-07", "10:00");
    assertThat(Duration.between(sameClockDayBefore, start)).isEqualTo(Duration.ofHours(23));
    assertThat(recordedBy(PARENT, sameClockDayBefore, start).findings(ID)).hasSize(1);
    assertThat(recordedBy(PARENT, at("2026-03-07", "09:00"), start).findings(ID)).isEmpty();
  }

  @Test
  void acrossTheFallBackChangeTheSameClockTimeTheDayBeforeIs25Hours() {
    // Chicago falls back at 02:00 on Sunday 2026-11-01.
    Instant start = at("2026-11-01", "10:00");
    Instant sameClockDayBefore = at("2026-10-31", "10:00");
    assertThat(Duration.between(sameClockDayBefore, start)).isEqualTo(Duration.ofHours(25));
    assertThat(recordedBy(PARENT, sameClockDayBefore, start).findings(ID)).isEmpty();
    // 24 elapsed hours before 10:00 CST on 11-01 is 11:00 CDT on 10-31; a minute later is late.
    assertThat(recordedBy(PARENT, at("2026-10-31", "11:00"), start).findings(ID)).isEmpty();
    assertThat(recordedBy(PARENT, at("2026-10-31", "11:01"), start).findings(ID)).hasSize(1);
  }

  @Test
  void resolutionMeetingsAreNotIepTeamMeetings() {
    Evaluation e = MS.evaluate(caseBuilder().addEvents(Meeting.builder().id("rm").kind(MeetingKind.RESOLUTION)
        .at(at("2026-04-14")).addRecordedBy(PARENT).build()).build());
    assertThat(e.findings(ID)).isEmpty();
  }
}
