package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;

import java.time.Duration;
import java.time.Instant;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.RecordingNotice;
import org.junit.jupiter.api.Test;

class RecordingParentRightTest {

  private static final String ID = "MO.RECORDING.PARENT_RIGHT";

  private static Demand notice(int hours) {
    return Demand.builder().id("notice-rule").kind(Demand.Kind.RECORDING_NOTICE).by(LEA).hours(hours)
        .at(at("2026-01-05")).build();
  }

  @Test
  void requiring24HoursNoticeIsLawfulAnd25IsNot() {
    assertThat(MO.evaluate(caseBuilder().addEvents(notice(24)).build()).findings(ID)).isEmpty();
    assertThat(MO.evaluate(caseBuilder().addEvents(notice(25)).build()).findings(ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("MO.RECORDING.PARENT_RIGHT.notice_hours");
          assertThat(f.facts().number("hours")).hasValue(25);
          assertThat(f.message()).contains("no more than 24");
          assertThat(f.events()).containsExactly("notice-rule");
        });
    assertThat(MO.evaluate(caseBuilder().addEvents(notice(48)).build()).findings(ID)).hasSize(1);
  }

  @Test
  void forbiddingRecordingOutrightIsAViolation() {
    Case c = caseBuilder().addEvents(Demand.builder().id("ban").kind(Demand.Kind.RECORDING_FORBIDDEN).by(LEA)
        .at(at("2026-01-05")).build()).build();
    assertThat(MO.evaluate(c).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("ban"));
  }

  @Test
  void aParentsDemandIsNotTheDistricts() {
    Case c = caseBuilder().addEvents(Demand.builder().id("p").kind(Demand.Kind.RECORDING_NOTICE).by(PARENT)
        .hours(48).at(at("2026-01-05")).build()).build();
    assertThat(MO.evaluate(c).findings(ID)).isEmpty();
  }

  /** A meeting, the district's 24-hour notice rule, the parent's notice, and a refusal to let them record. */
  private static Case refusedAfterNotice(Instant meetingStart, Instant parentNotice) {
    return caseBuilder()
        .addEvents(notice(24))
        .addEvents(Meeting.builder().id("iep").kind(MeetingKind.IEP).at(meetingStart)
            .addRecordingNotices(new RecordingNotice(PARENT, parentNotice)).build())
        .addEvents(Demand.builder().id("ban").kind(Demand.Kind.RECORDING_FORBIDDEN).by(LEA).meeting("iep")
            .at(meetingStart.minus(Duration.ofHours(1))).build())
        .build();
  }

  @Test
  void aParentWhoGave24HoursNoticeMayRecord() {
    Instant start = at("2026-04-14", "10:00");
    assertThat(MO.evaluate(refusedAfterNotice(start, at("2026-04-13", "10:00"))).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("ban", "iep"));
  }

  @Test
  void aParentWhoGaveLessThanTheRequired24HoursMayBeRefused() {
    Instant start = at("2026-04-14", "10:00");
    assertThat(MO.evaluate(refusedAfterNotice(start, at("2026-04-13", "10:01"))).findings(ID)).isEmpty();
  }

  @Test
  void acrossTheSpringDstChange24WallClockHoursAreOnly23() {
    // DST begins 2026-03-08 02:00 in Chicago: Sat 10:00 CST -> Sun 10:00 CDT is 23 elapsed hours
    Instant start = at("2026-03-08", "10:00");
    assertThat(MO.evaluate(refusedAfterNotice(start, at("2026-03-07", "10:00"))).findings(ID)).isEmpty();
    assertThat(MO.evaluate(refusedAfterNotice(start, at("2026-03-07", "09:00"))).findings(ID)).hasSize(1);
  }

  @Test
  void acrossTheAutumnDstChange24ElapsedHoursEndAnHourEarlierOnTheClock() {
    // DST ends 2026-11-01 02:00 in Chicago: Sat 11:00 CDT -> Sun 10:00 CST is 24 elapsed hours
    Instant start = at("2026-11-01", "10:00");
    assertThat(MO.evaluate(refusedAfterNotice(start, at("2026-10-31", "11:00"))).findings(ID)).hasSize(1);
    assertThat(MO.evaluate(refusedAfterNotice(start, at("2026-10-31", "11:01"))).findings(ID)).isEmpty();
  }

  @Test
  void withoutANoticeRuleTheDistrictCannotRefuseEvenWithoutNotice() {
    Instant start = at("2026-04-14", "10:00");
    Case c = caseBuilder()
        .addEvents(Meeting.builder().id("iep").kind(MeetingKind.IEP).at(start).build())
        .addEvents(Demand.builder().id("ban").kind(Demand.Kind.RECORDING_FORBIDDEN).by(LEA).meeting("iep")
            .at(at("2026-04-14", "09:00")).build())
        .build();
    assertThat(MO.evaluate(c).findings(ID)).hasSize(1);
  }
}
