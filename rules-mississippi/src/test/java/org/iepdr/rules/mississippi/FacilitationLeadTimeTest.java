package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;
import static org.iepdr.rules.mississippi.MsFixtures.d;
import static org.iepdr.rules.mississippi.MsFixtures.facilitationRequest;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

/** FacilitationLeadTime boundaries. */
class FacilitationLeadTimeTest {

  private static Consent consent(String id, String by, String date, boolean inWriting) {
    return Consent.builder().id(id).scope(ConsentScope.FACILITATION).givenBy(by).inWriting(inWriting).at(at(date)).build();
  }

  private static final String ID = "MS.FACILITATION.LEAD_TIME";

  private Case requestedOn(String requestDate) {
    return caseBuilder().addEvents(facilitationRequest(requestDate).forMeeting("iep").build(),
        Meeting.builder().id("iep").kind(MeetingKind.FACILITATED_IEP).request("fr").at(at("2026-03-20", "09:00"))
            .build()).build();
  }

  @Test
  void tenDaysBeforeIsOnTime() {
    Evaluation e = MS.evaluate(requestedOn("2026-03-10"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(dl -> {
      assertThat(dl.due()).isEqualTo(d("2026-03-10"));
      assertThat(dl.triggerDate()).isEqualTo(d("2026-03-20"));
      assertThat(dl.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void nineDaysBeforeIsAViolation() {
    assertThat(MS.evaluate(requestedOn("2026-03-11")).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo("MS.FACILITATION.LEAD_TIME.late");
      assertThat(f.facts().date("requested")).contains(java.time.LocalDate.parse("2026-03-11"));
      assertThat(f.facts().date("meeting")).contains(java.time.LocalDate.parse("2026-03-20"));
      assertThat(f.facts().date("due")).contains(java.time.LocalDate.parse("2026-03-10"));
      assertThat(f.events()).containsExactly("fr", "iep");
    });
  }

  @Test
  void calendarDaysDoNotRollOffAWeekend() {
    // Meeting Monday 2026-03-16: the last day is Friday 2026-03-06; a request on Saturday the 7th is late.
    Case c = caseBuilder().addEvents(facilitationRequest("2026-03-07").forMeeting("iep").build(),
        Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at("2026-03-16")).build()).build();
    assertThat(MS.evaluate(c).findings(ID)).hasSize(1);
  }

  @Test
  void aRequestNamingNoMeetingIsNotedNotJudged() {
    Evaluation e = MS.evaluate(caseBuilder().addEvents(facilitationRequest("2026-03-02").build()).build());
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.trace()).filteredOn(t -> t.ruleId().value().equals(ID)).singleElement()
        .satisfies(t -> assertThat(t.notes()).anyMatch(n -> n.contains("names no meeting")));
  }

  @Test
  void planTheFacilitatedMeetingNoEarlierThanTenDaysAfterTheRequest() {
    Plan p = MS.plan(ProposedAct.FACILITATED_IEP_MEETING, d("2026-03-10"));
    assertThat(p.earliest()).contains(d("2026-03-20"));
    assertThat(p.latest()).isEmpty();
  }
}
