package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.RecordingNotice;

/** MS.RECORDING.NOTICE holds exactly when the notice came at least 24 elapsed hours before the start. */
class RecordingNoticeProperties {

  /** The four DST changes of 2025-2026 in America/Chicago, the instants around which the generator clusters. */
  private static final Instant[] DST = {
      at("2025-03-09", "03:00"), at("2025-11-02", "01:00"), at("2026-03-08", "03:00"), at("2026-11-01", "01:00")};

  @Provide
  Arbitrary<Instant> meetingStarts() {
    Arbitrary<Instant> nearDst = Arbitraries.of(DST).flatMap(t -> Arbitraries.longs()
        .between(-3 * 24 * 60, 3 * 24 * 60).map(m -> t.plus(Duration.ofMinutes(m))));
    Arbitrary<Instant> anywhere = Arbitraries.longs().between(0, 2L * 366 * 24 * 60)
        .map(m -> at("2025-01-01", "00:00").plus(Duration.ofMinutes(m)));
    return Arbitraries.oneOf(nearDst, anywhere);
  }

  @Provide
  Arbitrary<Duration> leads() {
    // Minutes of lead, clustered around 23-25 hours, including negative (notice after the start).
    return Arbitraries.oneOf(Arbitraries.longs().between(23 * 60 - 5, 25 * 60 + 5),
        Arbitraries.longs().between(-120, 4 * 24 * 60)).map(Duration::ofMinutes);
  }

  @Property
  void holdsExactlyWhenTheNoticeCameAtLeast24HoursBefore(@ForAll("meetingStarts") Instant start,
      @ForAll("leads") Duration lead, @ForAll boolean byParent) {
    String who = byParent ? PARENT : LEA;
    Instant notice = start.minus(lead);
    Meeting m = Meeting.builder().id("iep").kind(MeetingKind.IEP).at(start)
        .addRecordingNotices(new RecordingNotice(who, notice)).addRecordedBy(who).build();
    boolean violated = !MS.evaluate(caseBuilder().addEvents(m).build()).findings("MS.RECORDING.NOTICE").isEmpty();
    assertThat(violated).isEqualTo(Duration.between(notice, start).compareTo(Duration.ofHours(24)) < 0);
  }
}
