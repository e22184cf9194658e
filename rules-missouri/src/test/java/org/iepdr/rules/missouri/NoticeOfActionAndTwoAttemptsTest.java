package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;
import static org.iepdr.rules.missouri.MoFixtures.d;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.ParticipationAttempt;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

class NoticeOfActionAndTwoAttemptsTest {

  private static final String NOA = "MO.NOTICE_OF_ACTION.10_DAYS";
  private static final String TWO = "MO.MEETING.TWO_ATTEMPTS";

  private static Case noticeOfAction(String noticed, String done, boolean waived) {
    Notice.Builder b = Notice.builder().id("noa").kind(Notice.Kind.NOTICE_OF_ACTION).by(LEA).at(at(noticed))
        .carriedOutAt(at(done));
    if (waived) {
      b.waivedBy(PARENT);
    }
    return caseBuilder().addEvents(b.build()).build();
  }

  @Test
  void theChangeMayBeCarriedOutOnTheTenthDayAfterTheNotice() {
    // notice Friday 2026-12-18; the 10th day is Monday 12-28, over a weekend and Christmas Day
    Evaluation e = MO.evaluate(noticeOfAction("2026-12-18", "2026-12-28", false), d("2027-01-31"));
    assertThat(e.findings(NOA)).isEmpty();
    assertThat(e.deadlines(NOA)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-12-18"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void aDayEarlierIsAWarning() {
    Evaluation e = MO.evaluate(noticeOfAction("2026-12-18", "2026-12-27", false), d("2027-01-31"));
    assertThat(e.findings(NOA)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo(NOA + ".early");
    });
  }

  @Test
  void aWaivedWaitDoesNotApply() {
    Evaluation e = MO.evaluate(noticeOfAction("2026-12-18", "2026-12-19", true), d("2027-01-31"));
    assertThat(e.findings(NOA)).isEmpty();
    assertThat(e.deadlines(NOA)).singleElement()
        .satisfies(x -> assertThat(x.outcome()).isEqualTo(DeadlineOutcome.NOT_APPLICABLE));
  }

  private static Case meetingWithoutParent(String day, String... attempts) {
    Meeting.Builder m = Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at(day)).addAttendees(LEA);
    for (String a : attempts) {
      m.addParticipationAttempts(new ParticipationAttempt(ParticipationAttempt.Method.LETTER, at(a)));
    }
    return caseBuilder().addEvents(m.build()).build();
  }

  @Test
  void twoAttemptsTheSecondOnTheTenthDayBefore() {
    // meeting Monday 2026-11-30; 10 days before is Friday 11-20
    Evaluation e = MO.evaluate(meetingWithoutParent("2026-11-30", "2026-11-02", "2026-11-20"), d("2026-12-31"));
    assertThat(e.findings(TWO)).isEmpty();
    assertThat(e.deadlines(TWO)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-11-20"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void aSecondAttemptOneDayLateOrNoneIsAWarning() {
    assertThat(MO.evaluate(meetingWithoutParent("2026-11-30", "2026-11-02", "2026-11-21"), d("2026-12-31"))
        .findings(TWO)).singleElement().satisfies(f -> {
          assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
          assertThat(f.key()).isEqualTo(TWO + ".late");
          assertThat(f.facts().date("second")).contains(d("2026-11-21"));
        });
    assertThat(MO.evaluate(meetingWithoutParent("2026-11-30", "2026-11-02"), d("2026-12-31")).findings(TWO))
        .singleElement().satisfies(f -> {
          assertThat(f.key()).isEqualTo(TWO + ".too_few");
          assertThat(f.facts().number("attempts")).hasValue(1L);
        });
  }

  @Test
  void aMeetingTheParentAttendedNeedsNoAttempts() {
    Case c = caseBuilder().addEvents(Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at("2026-11-30"))
        .addAttendees(LEA, PARENT).build()).build();
    assertThat(MO.evaluate(c, d("2026-12-31")).deadlines(TWO)).isEmpty();
  }
}
