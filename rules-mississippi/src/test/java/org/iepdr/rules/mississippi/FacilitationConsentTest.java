package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;
import static org.iepdr.rules.mississippi.MsFixtures.facilitatedMeeting;
import static org.iepdr.rules.mississippi.MsFixtures.facilitationRequest;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

/** FacilitationConsent boundaries. */
class FacilitationConsentTest {

  private static Consent consent(String id, String by, String date, boolean inWriting) {
    return Consent.builder().id(id).scope(ConsentScope.FACILITATION).givenBy(by).inWriting(inWriting).at(at(date)).build();
  }

  private static final String ID = "MS.FACILITATION.CONSENT";

  @Test
  void writtenConsentOfBothSidesBeforeTheMeetingIsEnough() {
    Case c = caseBuilder().addEvents(facilitationRequest("2026-03-02").build(), consent("c1", PARENT, "2026-03-03", true),
        consent("c2", LEA, "2026-03-04", true), facilitatedMeeting("2026-03-20")).build();
    assertThat(MS.evaluate(c).findings(ID)).isEmpty();
  }

  @Test
  void theDistrictsMissingConsentIsAWarningItsSourcesAreSecondary() {
    Case c = caseBuilder().addEvents(facilitationRequest("2026-03-02").build(), consent("c1", PARENT, "2026-03-03", true),
        facilitatedMeeting("2026-03-20")).build();
    assertThat(MS.evaluate(c).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.message()).contains("the district's written consent").doesNotContain("family's")
          .contains("2026-03-20");
      assertThat(f.events()).contains("fiep", "c1");
    });
  }

  @Test
  void anOralConsentDoesNotCountAndBothMissingAreNamedInOneFinding() {
    Case c = caseBuilder().addEvents(facilitationRequest("2026-03-02").build(), consent("c1", PARENT, "2026-03-03", false),
        facilitatedMeeting("2026-03-20")).build();
    assertThat(MS.evaluate(c).findings(ID)).singleElement().satisfies(f ->
        assertThat(f.message()).contains("the family's and the district's").contains("orally"));
  }

  @Test
  void consentGivenAfterTheMeetingStartedDoesNotCount() {
    Case c = caseBuilder().addEvents(facilitationRequest("2026-03-02").build(), consent("c1", PARENT, "2026-03-03", true),
        Consent.builder().id("c2").scope(ConsentScope.FACILITATION).givenBy(LEA).at(at("2026-03-20", "09:01")).build(),
        facilitatedMeeting("2026-03-20")).build();
    assertThat(MS.evaluate(c).findings(ID)).hasSize(1);
  }

  @Test
  void aScheduledMeetingIsNotJudgedYet() {
    Case c = caseBuilder().addEvents(facilitationRequest("2026-03-02").build(), Meeting.builder().id("fiep")
        .kind(MeetingKind.FACILITATED_IEP).status(Meeting.Status.SCHEDULED).at(at("2026-03-20")).build()).build();
    assertThat(MS.evaluate(c).findings(ID)).isEmpty();
  }
}
