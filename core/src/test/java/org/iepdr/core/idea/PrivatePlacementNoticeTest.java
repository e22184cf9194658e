package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

class PrivatePlacementNoticeTest {

  private static final String ID = "IDEA.PRIVATE_PLACEMENT.NOTICE";

  /** Removal Friday 2026-01-30: 10 weekdays back, Martin Luther King Day (01-19) counted, is Friday 01-16. */
  private static Case removedOn(String removal, CaseEvent... earlier) {
    return caseBuilder().addEvents(earlier).addEvents(PlacementChange.builder().id("removal").by(PARENT)
        .kind(PlacementChange.Kind.PRIVATE_SCHOOL_ENROLLMENT).at(at(removal)).build()).build();
  }

  private static Notice notice(String date) {
    return Notice.builder().id("notice").kind(Notice.Kind.PRIVATE_PLACEMENT).by(PARENT).at(at(date)).build();
  }

  @Test
  void noticeOnTheLastDayAcrossAWeekendAndAHolidayIsOnTime() {
    Evaluation e = US.evaluate(removedOn("2026-01-30", notice("2026-01-16")), d("2026-02-28"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-01-16"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void oneWeekdayLateIsAWarning() {
    // Monday 01-19 is a holiday but still a weekday: notice on it is one day late
    Evaluation e = US.evaluate(removedOn("2026-01-30", notice("2026-01-19")), d("2026-02-28"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo(ID + ".late");
    });
    // a notice on Saturday 01-17 is also after Friday 01-16
    assertThat(US.evaluate(removedOn("2026-01-30", notice("2026-01-17")), d("2026-02-28")).findings(ID))
        .singleElement().satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".late"));
  }

  @Test
  void noNoticeAtAll() {
    assertThat(US.evaluate(removedOn("2026-01-30"), d("2026-02-28")).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".missed"));
  }

  @Test
  void tellingTheTeamAtTheLastIepMeetingIsEnough() {
    Meeting iep = Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at("2026-01-26")).addAttendees(PARENT, LEA)
        .build();
    Evaluation e = US.evaluate(removedOn("2026-01-30", iep, notice("2026-01-26")), d("2026-02-28"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).isEmpty();
  }

  @Test
  void aRemovalByTheDistrictIsNotTheParentsRemoval() {
    Case c = caseBuilder().addEvents(PlacementChange.builder().id("x").by(LEA)
        .kind(PlacementChange.Kind.PRIVATE_SCHOOL_ENROLLMENT).at(at("2026-01-30")).build()).build();
    assertThat(US.evaluate(c, d("2026-02-28")).deadlines(ID)).isEmpty();
  }
}
