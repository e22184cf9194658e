package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;
import static org.iepdr.rules.mississippi.MsFixtures.d;

import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleId;
import org.junit.jupiter.api.Test;

/** MS.DUE_PROCESS.RESOLUTION_SESSION replaces IDEA.RESOLUTION.MEETING_15_DAYS with the same behaviour. */
class ResolutionSessionTest {

  private static final String ID = "MS.DUE_PROCESS.RESOLUTION_SESSION";

  private static Case sessionOn(String date) {
    return caseBuilder().addEvents(
        Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT).at(at("2026-03-02")).build(),
        Receipt.builder().id("lea-copy").request("dp").recipient(Recipient.LEA).at(at("2026-03-03")).build(),
        Meeting.builder().id("rs").kind(MeetingKind.RESOLUTION).request("dp").at(at(date)).addAttendees(PARENT, LEA)
            .build()).build();
  }

  @Test
  void day15AfterTheDistrictsReceiptIsOnTime() {
    Evaluation e = MS.evaluate(sessionOn("2026-03-18"));
    assertThat(e.findings(ID)).isEmpty();
    // the deadline is the federal clock's, reported under its id and naming this rule as the one that shaped it
    assertThat(e.deadlines(ID)).isEmpty();
    assertThat(e.deadlines("IDEA.RESOLUTION.MEETING_15_DAYS")).singleElement().satisfies(dl -> {
      assertThat(dl.due()).isEqualTo(d("2026-03-18"));
      assertThat(dl.shapedBy()).extracting(Object::toString).containsExactly(ID);
    });
  }

  @Test
  void oneDayLateGivesExactlyOneFindingUnderTheMississippiId() {
    Evaluation e = MS.evaluate(sessionOn("2026-03-19"));
    assertThat(e.findings()).filteredOn(f -> f.message().contains("resolution meeting")).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo(RuleId.of(ID));
          assertThat(f.citation().document()).isEqualTo(Citation.CFR_300);
          assertThat(f.events()).containsExactly("dp", "rs");
        });
    assertThat(e.findings("IDEA.RESOLUTION.MEETING_15_DAYS")).isEmpty();
    assertThat(e.deadlines()).filteredOn(dl -> dl.description().contains("resolution")).hasSize(1);
  }

  @Test
  void theFederalRuleIsReplacedNotInherited() {
    assertThat(MS.rule(RuleId.of("IDEA.RESOLUTION.MEETING_15_DAYS"))).isEmpty();
    assertThat(MS.rule(RuleId.of(ID)).orElseThrow().descriptor().replaces())
        .containsExactly(RuleId.of("IDEA.RESOLUTION.MEETING_15_DAYS"));
  }

  @Test
  void aWrittenWaiverSignedByBothRemovesTheClockAsFederally() {
    Case c = caseBuilder().addEvents(
        Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT).filedWith(Recipient.LEA)
            .at(at("2026-03-02")).build(),
        Agreement.builder().id("w").kind(AgreementKind.WAIVE_RESOLUTION_MEETING).request("dp")
            .addSignatories(PARENT, LEA).at(at("2026-03-05")).build()).build();
    assertThat(MS.evaluate(c, d("2026-04-30")).findings(ID)).isEmpty();
  }

  @Test
  void planUsesTheMississippiIdAndTheSameLastDay() {
    var plan = MS.plan(ProposedAct.RESOLUTION_MEETING, d("2026-12-20"));
    assertThat(plan.latest()).contains(d("2027-01-04"));
    assertThat(plan.constraints()).singleElement().satisfies(c -> assertThat(c.ruleId()).isEqualTo(RuleId.of(ID)));
  }
}
