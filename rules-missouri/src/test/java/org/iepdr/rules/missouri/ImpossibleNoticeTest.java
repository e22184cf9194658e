package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;
import static org.iepdr.rules.missouri.MoFixtures.d;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * A notice to the Administrative Hearing Commission dated before the complaint it gives notice of is
 * not the complaint's arrival there: no commissioner deadline counts from it, and it is reported
 * (issue 13, "Wrong answers from impossible facts"). Also: the module's public entries name a null
 * parameter.
 */
class ImpossibleNoticeTest {

  private static Case noticeAt(String instantDate, String time) {
    Request dp = Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
        .filedWith(Recipient.STATE_AGENCY).at(at("2026-03-02")).build();
    return caseBuilder().addEvents(dp, Receipt.builder().id("ahc").request("dp").recipient(Recipient.HEARING_BODY)
        .via(Receipt.Via.FORWARDED).at(at(instantDate, time)).build()).build();
  }

  @Test
  void aNoticeOneMinuteBeforeTheComplaintStartsNoClockAndIsReported() {
    Evaluation e = MO.evaluate(noticeAt("2026-03-02", "09:59"), d("2026-03-03"));
    assertThat(e.deadlines(DueProcessCommissioner15Days.ID.toString())).isEmpty();
    assertThat(e.findings(DueProcessCommissioner15Days.ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.events()).containsExactly("dp", "ahc");
    });
  }

  @Test
  void aNoticeAtTheComplaintsInstantStartsTheClock() {
    Evaluation e = MO.evaluate(noticeAt("2026-03-02", "10:00"), d("2026-03-03"));
    assertThat(e.deadlines(DueProcessCommissioner15Days.ID.toString())).singleElement()
        .satisfies(x -> assertThat(x.trigger()).isEqualTo("ahc"));
    assertThat(e.findings(DueProcessCommissioner15Days.ID)).isEmpty();
  }

  @Test
  void aNoticeWeeksBeforeTheComplaintGivesNoDeadlineBeforeIt() {
    Evaluation e = MO.evaluate(noticeAt("2026-02-01", "10:00"), d("2026-04-01"));
    for (Deadline x : e.deadlines()) {
      assertThat(x.due()).as("%s", x).isAfterOrEqualTo(d("2026-03-02"));
    }
  }

  @Test
  void theModulesPublicEntriesNameTheirNullParameter() {
    MissouriModule mo = new MissouriModule();
    assertThatThrownBy(() -> mo.withClosure(null, "r", "s")).hasMessage("date");
    assertThatThrownBy(() -> mo.withClosure(d("2026-11-27"), null, "s")).hasMessage("reason");
    assertThatThrownBy(() -> mo.withClosure(d("2026-11-27"), "r", null)).hasMessage("source");
    assertThatThrownBy(() -> mo.withHolidays(null)).hasMessage("calendar");
  }
}
