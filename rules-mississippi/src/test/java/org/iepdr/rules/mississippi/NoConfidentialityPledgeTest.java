package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.BOOK;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;
import static org.iepdr.rules.mississippi.MsFixtures.d;

import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.testing.Traces;
import org.junit.jupiter.api.Test;

/** MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE: a pledge after a dispute is resolved, judged act by act from 2025-07-23. */
class NoConfidentialityPledgeTest {

  private static final String ID = "MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE";

  /** A mediation resolved on a date, then a pledge demanded by the district the same afternoon. */
  private static Case pledgeDemandedAfterResolution(String date) {
    return caseBuilder().addEvents(
        Request.builder().id("med").kind(RequestKind.MEDIATION).filedBy(PARENT).addSignedBy(PARENT, LEA)
            .at(at(date)).build(),
        Agreement.builder().id("deal").kind(AgreementKind.MEDIATION_AGREEMENT).request("med")
            .addSignatories(PARENT, LEA).statesConfidentiality(true).at(at(date, "11:00")).build(),
        Demand.builder().id("pledge").kind(Demand.Kind.CONFIDENTIALITY_PLEDGE).by(LEA).request("med")
            .at(at(date, "15:00")).build()).build();
  }

  @Test
  void aPledgeIsJudgedByTheRuleInForceOnItsDateWhateverTheAsOfDate() {
    // demanded 2025-07-10, before the review: not judged by this rule, even as of a later date
    Case before = pledgeDemandedAfterResolution("2025-07-10");
    RuleBook loaded = RuleBook.load();
    for (RuleBook book : new RuleBook[] {BOOK, loaded}) {
      assertThat(book.evaluate(before, d("2025-07-22")).findings(ID)).isEmpty();
      assertThat(book.evaluate(before, d("2025-09-01")).findings(ID)).isEmpty();
      assertThat(Traces.entry(book.evaluate(before, d("2025-09-01")), ID).notes()).singleElement().asString()
          .contains("in force 2025-07-23 to now").contains("pledge (2025-07-10)");
    }
    // demanded on the first day in force: judged
    assertThat(MS.evaluate(pledgeDemandedAfterResolution("2025-07-23"), d("2025-07-23")).findings(ID))
        .singleElement().satisfies(f -> {
          assertThat(f.message()).contains("2025-07-23", "after the dispute was resolved");
          assertThat(f.events()).containsExactly("pledge", "deal");
          assertThat(f.citation().link()).contains("https://faams.org/?p=14222");
        });
    // the day before: not
    assertThat(MS.evaluate(pledgeDemandedAfterResolution("2025-07-22"), d("2025-09-01")).findings(ID)).isEmpty();
  }

  @Test
  void theTraceSaysNotInForceBeforeAndRanFrom() {
    Case c = pledgeDemandedAfterResolution("2025-07-10");
    TraceEntry before = trace(MS.evaluate(c, d("2025-07-22")));
    assertThat(before.outcome()).isEqualTo(TraceEntry.Outcome.NOT_IN_FORCE);
    assertThat(before.notes()).singleElement().asString().contains("2025-07-23", "2025-07-22");
    assertThat(trace(MS.evaluate(c, d("2025-07-23"))).outcome()).isEqualTo(TraceEntry.Outcome.RAN);
    assertThat(MS.rulesInForce(d("2025-07-22"))).extracting(r -> r.descriptor().id())
        .doesNotContain(RuleId.of(ID));
    assertThat(MS.rulesInForce(d("2025-07-23"))).extracting(r -> r.descriptor().id()).contains(RuleId.of(ID));
  }

  private static TraceEntry trace(Evaluation e) {
    return Traces.entry(e, ID);
  }

  @Test
  void aPledgeTheFamilySignedAfterAMediationAgreementIsReported() {
    Case c = caseBuilder().addEvents(
        Agreement.builder().id("deal").kind(AgreementKind.MEDIATION_AGREEMENT).addSignatories(PARENT, LEA)
            .statesConfidentiality(true).at(at("2025-09-01")).build(),
        Agreement.builder().id("pledge").kind(AgreementKind.CONFIDENTIALITY_PLEDGE).addSignatories(PARENT)
            .at(at("2025-09-02")).build()).build();
    assertThat(MS.evaluate(c).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE.signed");
      assertThat(f.facts().date("signed")).contains(d("2025-09-02"));
      assertThat(f.facts().date("resolved")).contains(d("2025-09-01"));
      assertThat(f.message()).contains("signed a confidentiality pledge on 2025-09-02", "resolved on 2025-09-01");
      assertThat(f.events()).containsExactly("pledge", "deal");
    });
  }

  @Test
  void theMediationAgreementsOwnConfidentialityClauseIsNotAPledge() {
    Case c = caseBuilder().addEvents(Agreement.builder().id("deal").kind(AgreementKind.MEDIATION_AGREEMENT)
        .addSignatories(PARENT, LEA).statesConfidentiality(true).at(at("2025-09-01")).build()).build();
    assertThat(MS.evaluate(c).findings(ID)).isEmpty();
  }

  @Test
  void aPledgeBeforeAResolutionOrAskedByTheFamilyIsNotReported() {
    Case untied = caseBuilder().addEvents(Demand.builder().id("pledge").kind(Demand.Kind.CONFIDENTIALITY_PLEDGE)
        .by(LEA).at(at("2025-09-01")).build()).build();
    assertThat(MS.evaluate(untied).findings(ID)).isEmpty();
    Case byFamily = caseBuilder().addEvents(
        Request.builder().id("med").kind(RequestKind.MEDIATION).filedBy(PARENT).at(at("2025-09-01")).build(),
        Demand.builder().id("pledge").kind(Demand.Kind.CONFIDENTIALITY_PLEDGE).by(PARENT).request("med")
            .at(at("2025-09-02")).build()).build();
    assertThat(MS.evaluate(byFamily).findings(ID)).isEmpty();
  }

  @Test
  void aPledgeOnlyTheDistrictSignedIsNotReported() {
    Case c = caseBuilder().addEvents(
        Request.builder().id("med").kind(RequestKind.MEDIATION).filedBy(PARENT).at(at("2025-09-01")).build(),
        Agreement.builder().id("pledge").kind(AgreementKind.CONFIDENTIALITY_PLEDGE).addSignatories(LEA).request("med")
            .at(at("2025-09-02")).build()).build();
    assertThat(MS.evaluate(c).findings(ID)).isEmpty();
  }
}
