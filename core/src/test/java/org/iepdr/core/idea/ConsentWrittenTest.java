package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Fixtures.participant;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.RecordsShared;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

class ConsentWrittenTest {

  private static final String ID = "IDEA.CONSENT.WRITTEN";

  private static Case.Builder withFacilitator() {
    return caseBuilder().addParticipants(participant("fac", ParticipantRole.FACILITATOR));
  }

  private static Consent.Builder recordsConsent(Instant given) {
    return Consent.builder().id("c").scope(ConsentScope.SHARE_RECORDS_WITH_FACILITATOR).givenBy(PARENT).at(given);
  }

  private static RecordsShared shared(Instant when) {
    return RecordsShared.builder().id("share").sharedBy(LEA).sharedWith("fac").at(when).build();
  }

  @Test
  void aWrittenInformedConsentRaisesNothing() {
    Case c = withFacilitator().addEvents(recordsConsent(at("2026-03-02")).build(), shared(at("2026-03-03"))).build();
    assertThat(US.evaluate(c).findings(ID)).isEmpty();
  }

  @Test
  void anOralConsentIsAViolationCiting300_9b() {
    Case c = caseBuilder().addEvents(Consent.builder().id("c").scope(ConsentScope.SERVICES).givenBy(PARENT)
        .inWriting(false).at(at("2026-03-02")).build()).build();
    assertThat(US.evaluate(c).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("300.9(b)").contains("not given in writing");
      assertThat(f.key()).isEqualTo("IDEA.CONSENT.WRITTEN.invalid");
      assertThat(f.facts().date("given")).contains(LocalDate.parse("2026-03-02"));
      assertThat(f.facts().get("scope")).contains(ConsentScope.SERVICES);
      assertThat(f.events()).containsExactly("c");
    });
  }

  @Test
  void aConsentNotInformedIsAViolation() {
    Case c = caseBuilder().addEvents(Consent.builder().id("c").scope(ConsentScope.EVALUATION).givenBy(PARENT)
        .informed(false).at(at("2026-03-02")).build()).build();
    assertThat(US.evaluate(c).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("not fully informed").doesNotContain("not given in writing"));
  }

  @Test
  void sharingBetweenConsentAndRevocationStaysLawful() {
    Case c = withFacilitator().addEvents(
        recordsConsent(at("2026-03-02")).revokedAt(at("2026-03-10")).build(), shared(at("2026-03-09"))).build();
    assertThat(US.evaluate(c).findings(ID)).isEmpty();
  }

  @Test
  void sharingAfterRevocationIsAViolation() {
    Case c = withFacilitator().addEvents(
        recordsConsent(at("2026-03-02")).revokedAt(at("2026-03-10")).build(), shared(at("2026-03-11"))).build();
    Evaluation e = US.evaluate(c);
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.CONSENT.WRITTEN.records_after_revocation");
      assertThat(f.facts().date("revoked")).contains(LocalDate.parse("2026-03-10"));
      assertThat(f.facts().date("shared")).contains(LocalDate.parse("2026-03-11"));
      assertThat(f.events()).containsExactly("share", "c");
    });
  }

  @Test
  void sharingAtTheInstantOfRevocationIsNotCovered() {
    Case c = withFacilitator().addEvents(
        recordsConsent(at("2026-03-02")).revokedAt(at("2026-03-10")).build(), shared(at("2026-03-10"))).build();
    assertThat(US.evaluate(c).findings(ID)).hasSize(1);
  }

  @Test
  void sharingAtTheInstantOfConsentIsCovered() {
    Case c = withFacilitator().addEvents(recordsConsent(at("2026-03-02")).build(), shared(at("2026-03-02"))).build();
    assertThat(US.evaluate(c).findings(ID)).isEmpty();
  }

  @Test
  void sharingBeforeTheConsentIsAViolation() {
    Case c = withFacilitator().addEvents(recordsConsent(at("2026-03-05")).build(), shared(at("2026-03-04"))).build();
    assertThat(US.evaluate(c).findings(ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("IDEA.CONSENT.WRITTEN.records_before_consent");
          assertThat(f.facts().date("consent")).contains(LocalDate.parse("2026-03-05"));
        });
  }

  @Test
  void sharingWithoutAnyConsentIsAViolation() {
    Case c = withFacilitator().addEvents(shared(at("2026-03-04"))).build();
    assertThat(US.evaluate(c).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("share"));
  }

  @Test
  void aConsentOfAnotherScopeDoesNotCoverSharingRecords() {
    Case c = withFacilitator().addEvents(Consent.builder().id("c").scope(ConsentScope.FACILITATION).givenBy(PARENT)
        .at(at("2026-03-02")).build(), shared(at("2026-03-04"))).build();
    assertThat(US.evaluate(c).findings(ID)).hasSize(1);
  }

  @Test
  void sharingOnAnOralConsentIsReportedTwice() {
    Case c = withFacilitator().addEvents(recordsConsent(at("2026-03-02")).inWriting(false).build(),
        shared(at("2026-03-04"))).build();
    assertThat(US.evaluate(c).findings(ID)).hasSize(2)
        .anySatisfy(f -> assertThat(f.events()).containsExactly("share", "c"));
  }

  /** Revocation is not retroactive: a sharing is covered exactly when given <= share < revoked. */
  @Property
  void sharingIsCoveredExactlyWhileTheConsentIsInEffect(
      @ForAll @IntRange(min = 0, max = 200) int givenHour,
      @ForAll @IntRange(min = 0, max = 200) int revokedAfter,
      @ForAll @IntRange(min = 0, max = 500) int shareHour) {
    Instant base = at("2026-01-05");
    Instant given = base.plus(Duration.ofHours(givenHour));
    Instant revoked = given.plus(Duration.ofHours(revokedAfter));
    Instant share = base.plus(Duration.ofHours(shareHour));
    Case c = withFacilitator().addEvents(recordsConsent(given).revokedAt(revoked).build(), shared(share)).build();
    boolean covered = !share.isBefore(given) && share.isBefore(revoked);
    assertThat(US.evaluate(c).findings(ID).isEmpty()).isEqualTo(covered);
  }
  @Test
  void theInvalidConsentIsNamedByWhatItCovers() {
    Case c = caseBuilder().addEvents(Consent.builder().id("c").scope(ConsentScope.EVALUATION).givenBy(PARENT)
        .inWriting(false).at(at("2026-03-02")).build()).build();
    assertThat(US.evaluate(c).findings(ID)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
        "The consent given on 2026-03-02 (evaluation) is not valid: it was not given in writing. 34 CFR 300.9 requires"
            + " an informed consent, and 300.9(b) requires the parent to agree in writing."));
    Case records = caseBuilder().addEvents(recordsConsent(at("2026-03-02")).informed(false).build()).build();
    assertThat(US.evaluate(records).findings(ID)).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("The consent given on 2026-03-02 (sharing records with the facilitator) is not valid: the parent"
            + " was not fully informed of what it covers."));
  }

  @Test
  void anAgreementToMediateOrToBeFacilitatedIsNotA300_9Consent() {
    for (ConsentScope scope : new ConsentScope[] {ConsentScope.MEDIATION, ConsentScope.FACILITATION}) {
      Case c = caseBuilder().addEvents(Consent.builder().id("c").scope(scope).givenBy(PARENT).inWriting(false)
          .informed(false).at(at("2026-03-02")).build()).build();
      assertThat(US.evaluate(c).findings(ID)).as("%s", scope).isEmpty();
    }
    for (ConsentScope scope : ConsentScope.values()) {
      assertThat(ConsentWritten.isPart300Consent(scope))
          .isEqualTo(scope != ConsentScope.MEDIATION && scope != ConsentScope.FACILITATION);
    }
  }
}
