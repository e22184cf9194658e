package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.testing.Fixtures;
import org.iepdr.core.time.SchoolCalendar;
import org.junit.jupiter.api.Test;

/** Every IDEA.* id of the rule catalogue (RULES.md, the contract) is implemented, once, with its provenance. */
class IdeaCatalogueTest {

  /** The federal ids of RULES.md, copied here so that a clean clone can check them. */
  static final List<String> CONTRACT = List.of(
      "IDEA.CONSENT.WRITTEN",
      "IDEA.MEETING.PARENT_PARTICIPATION",
      "IDEA.MEDIATION.VOLUNTARY",
      "IDEA.MEDIATION.AGREEMENT_BINDING",
      "IDEA.MEDIATION.CONFIDENTIAL",
      "IDEA.MEDIATION.NO_PLEDGE_PRECONDITION",
      "IDEA.STATE_COMPLAINT.ONE_YEAR_LIMIT",
      "IDEA.STATE_COMPLAINT.CONTENTS",
      "IDEA.STATE_COMPLAINT.DECISION_60_DAYS",
      "IDEA.STATE_COMPLAINT.SET_ASIDE",
      "IDEA.DUE_PROCESS.TWO_YEAR_LIMIT",
      "IDEA.DUE_PROCESS.CONTENTS",
      "IDEA.DUE_PROCESS.AMENDMENT",
      "IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE",
      "IDEA.DUE_PROCESS.RESPONSE",
      "IDEA.RESOLUTION.MEETING_15_DAYS",
      "IDEA.RESOLUTION.LEA_ATTORNEY",
      "IDEA.RESOLUTION.PERIOD_30_DAYS",
      "IDEA.RESOLUTION.NON_PARTICIPATION",
      "IDEA.RESOLUTION.AGREEMENT_REVIEW",
      "IDEA.HEARING.DISCLOSURE_5_BUSINESS_DAYS",
      "IDEA.HEARING.DECISION_45_DAYS",
      "IDEA.EXPEDITED.TIMELINES",
      "IDEA.STAY_PUT",
      "IDEA.CIVIL_ACTION.TIME_LIMIT",
      "IDEA.SAFEGUARDS.NOTICE",
      "IDEA.RECORDS.ACCESS_45_DAYS",
      "IDEA.FEES.SETTLEMENT_OFFER",
      "IDEA.PRIVATE_PLACEMENT.NOTICE",
      "IDEA.DISCIPLINE.MANIFESTATION_10_SCHOOL_DAYS");

  @Test
  void everyFederalIdOfTheCatalogueIsImplementedExactlyOnce() {
    List<String> ids = IdeaRules.all().stream().map(r -> r.descriptor().id().value()).collect(Collectors.toList());
    assertThat(ids).containsExactlyInAnyOrderElementsOf(CONTRACT);
    assertThat(Fixtures.US.rules()).hasSize(CONTRACT.size());
  }

  @Test
  void everyRuleCarriesATitleACitationWithAQuoteAndItsCountingConvention() {
    for (Rule r : IdeaRules.all()) {
      RuleDescriptor d = r.descriptor();
      assertThat(d.title()).as(d.id().value()).isNotBlank();
      assertThat(d.citation().quote()).as(d.id().value()).hasSizeGreaterThan(20);
      // 34 CFR Part 300, or the statute it implements where the regulation's own text was not retrieved
      assertThat(d.citation().document()).as(d.id().value()).containsAnyOf("CFR", "U.S.C.");
      assertThat(d.counting()).as(d.id().value()).isNotBlank();
    }
  }

  @Test
  void theExpeditedActsArePlannedWithTheDistrictsSchoolCalendar() {
    SchoolCalendar school = SchoolCalendar.weekdaysExcept("district", LocalDate.of(2026, 8, 17), LocalDate.of(2027, 5, 28),
        List.of(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27)));
    Plan p = Fixtures.US.plan(ProposedAct.EXPEDITED_HEARING, LocalDate.of(2026, 11, 2), school);
    // 20 school days after Monday 2026-11-02, with the Thanksgiving break (Nov 25-27) closed:
    // Nov 3-6 (4), 9-13 (9), 16-20 (14), 23-24 (16), 30 (17), Dec 1-3 (20).
    assertThat(p.latest()).contains(LocalDate.of(2026, 12, 3));
  }
  @Test
  void theFederalPathComesFromPart300() {
    assertThat(FederalEscalation.source()).isEqualTo("34 CFR Part 300");
    assertThat(FederalEscalation.path().steps()).allSatisfy(s -> assertThat(s.source()).startsWith("34 CFR"));
  }
}
