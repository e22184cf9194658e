package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.FACILITATOR;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;
import static org.iepdr.rules.mississippi.MsFixtures.d;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.ImmutableRequest;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

/** FacilitationConsent boundaries. */
class FacilitationConsentTest {

  private static ImmutableRequest.Builder fullRequest(String date) {
    return Request.builder().id("fr").kind(RequestKind.FACILITATED_IEP).filedBy(PARENT).form(RequestForm.EMAIL)
        .addContents(RequestContent.STUDENT_NAME, RequestContent.SCHOOL, RequestContent.DISTRICT, RequestContent.ISSUE)
        .at(at(date));
  }

  private static Meeting fiep(String date) {
    return Meeting.builder().id("fiep").kind(MeetingKind.FACILITATED_IEP).request("fr").at(at(date, "09:00"))
        .addAttendees(PARENT, LEA, FACILITATOR).build();
  }

  private static Consent consent(String id, String by, String date, boolean inWriting) {
    return Consent.builder().id(id).scope(ConsentScope.FACILITATION).givenBy(by).inWriting(inWriting).at(at(date)).build();
  }

  private static final String ID = "MS.FACILITATION.CONSENT";

  @Test
  void writtenConsentOfBothSidesBeforeTheMeetingIsEnough() {
    Case c = caseBuilder().addEvents(fullRequest("2026-03-02").build(), consent("c1", PARENT, "2026-03-03", true),
        consent("c2", LEA, "2026-03-04", true), fiep("2026-03-20")).build();
    assertThat(MS.evaluate(c).findings(ID)).isEmpty();
  }

  @Test
  void theDistrictsMissingConsentIsAViolation() {
    Case c = caseBuilder().addEvents(fullRequest("2026-03-02").build(), consent("c1", PARENT, "2026-03-03", true),
        fiep("2026-03-20")).build();
    assertThat(MS.evaluate(c).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.VIOLATION);
      assertThat(f.message()).contains("the district's written consent").doesNotContain("family's")
          .contains("2026-03-20");
      assertThat(f.events()).contains("fiep", "c1");
    });
  }

  @Test
  void anOralConsentDoesNotCountAndBothMissingAreNamedInOneFinding() {
    Case c = caseBuilder().addEvents(fullRequest("2026-03-02").build(), consent("c1", PARENT, "2026-03-03", false),
        fiep("2026-03-20")).build();
    assertThat(MS.evaluate(c).findings(ID)).singleElement().satisfies(f ->
        assertThat(f.message()).contains("the family's and the district's").contains("orally"));
  }

  @Test
  void consentGivenAfterTheMeetingStartedDoesNotCount() {
    Case c = caseBuilder().addEvents(fullRequest("2026-03-02").build(), consent("c1", PARENT, "2026-03-03", true),
        Consent.builder().id("c2").scope(ConsentScope.FACILITATION).givenBy(LEA).at(at("2026-03-20", "09:01")).build(),
        fiep("2026-03-20")).build();
    assertThat(MS.evaluate(c).findings(ID)).hasSize(1);
  }

  @Test
  void aScheduledMeetingIsNotJudgedYet() {
    Case c = caseBuilder().addEvents(fullRequest("2026-03-02").build(), Meeting.builder().id("fiep")
        .kind(MeetingKind.FACILITATED_IEP).status(Meeting.Status.SCHEDULED).at(at("2026-03-20")).build()).build();
    assertThat(MS.evaluate(c).findings(ID)).isEmpty();
  }
}
