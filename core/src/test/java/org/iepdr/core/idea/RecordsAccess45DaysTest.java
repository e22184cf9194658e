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
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

class RecordsAccess45DaysTest {

  private static final String ID = "IDEA.RECORDS.ACCESS_45_DAYS";

  /** Requested Friday 2026-10-16: day 45 is Monday 2026-11-30 (Thanksgiving week, no roll either way). */
  private static Case requested(CaseEvent... later) {
    return caseBuilder().addEvents(Request.builder().id("rr").kind(RequestKind.RECORDS_REQUEST).filedBy(PARENT)
        .filedWith(Recipient.LEA).at(at("2026-10-16")).build()).addEvents(later).build();
  }

  private static Reply access(String date) {
    return Reply.builder().id("access").request("rr").by(LEA).answer(Reply.Answer.FULFILLED).at(at(date)).build();
  }

  @Test
  void accessOnDay45IsOnTime() {
    Evaluation e = US.evaluate(requested(access("2026-11-30")), d("2026-12-31"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-11-30"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void accessOnDay46IsLate() {
    Evaluation e = US.evaluate(requested(access("2026-12-01")), d("2026-12-31"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo(ID + ".late");
      assertThat(f.events()).containsExactly("rr", "access");
    });
  }

  @Test
  void aDueDateOnASaturdayDoesNotRoll() {
    // requested on Saturday 2026-09-19: day 45 is Tuesday 11-03, counted from the weekend day itself
    Case c = caseBuilder().addEvents(Request.builder().id("rr").kind(RequestKind.RECORDS_REQUEST).filedBy(PARENT)
        .filedWith(Recipient.LEA).at(at("2026-09-19")).build()).build();
    Evaluation e = US.evaluate(c, d("2026-11-04"));
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> assertThat(x.due()).isEqualTo(d("2026-11-03")));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".missed"));
    assertThat(US.evaluate(c, d("2026-11-03")).findings(ID)).isEmpty();
  }

  @Test
  void anIepMeetingBeforeTheAccessIsReportedEvenWithinThe45Days() {
    Meeting iep = Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at("2026-10-30")).addAttendees(PARENT, LEA)
        .build();
    Evaluation e = US.evaluate(requested(iep, access("2026-11-02")), d("2026-12-31"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(ID + ".after_meeting");
      assertThat(f.events()).containsExactly("rr", "iep", "access");
    });
    assertThat(US.evaluate(requested(iep, access("2026-10-29")), d("2026-12-31")).findings(ID)).isEmpty();
  }

  @Test
  void aRequestByTheDistrictIsNotAParentsRequest() {
    Case c = caseBuilder().addEvents(Request.builder().id("rr").kind(RequestKind.RECORDS_REQUEST).filedBy(LEA)
        .filedWith(Recipient.FAMILY).at(at("2026-10-16")).build()).build();
    assertThat(US.evaluate(c, d("2026-12-31")).deadlines(ID)).isEmpty();
  }
}
