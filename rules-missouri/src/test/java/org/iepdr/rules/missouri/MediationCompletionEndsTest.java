package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;
import static org.iepdr.rules.missouri.MoFixtures.d;

import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.TraceEntry;
import org.junit.jupiter.api.Test;

/** MO.MEDIATION.COMPLETE_30_DAYS: which events end a mediation, and for which request. */
class MediationCompletionEndsTest {

  private static final String RULE = "MO.MEDIATION.COMPLETE_30_DAYS";

  private static Request mediation(String id) {
    return Request.builder().id(id).kind(RequestKind.MEDIATION).filedBy(PARENT).at(at("2026-02-02")).build();
  }

  private static Agreement toMediate() {
    return Agreement.builder().id("agree").kind(AgreementKind.TO_MEDIATE).request("mr").addSignatories(PARENT, LEA)
        .at(at("2026-02-04")).build();
  }

  private static Evaluation evaluate(CaseEvent... more) {
    return MO.evaluate(caseBuilder().addEvents(mediation("mr"), mediation("other"), toMediate()).addEvents(more)
        .build(), d("2026-03-20"));
  }

  @Test
  void aWithdrawalFromMediationWithinThe30DaysEndsItOnTime() {
    Evaluation e = evaluate(Withdrawal.builder().id("w").request("mr").by(PARENT).from(Withdrawal.From.MEDIATION)
        .at(at("2026-02-20")).build());
    assertThat(e.findings(RULE)).isEmpty();
    assertThat(e.deadlines(RULE)).singleElement().satisfies(dl -> assertThat(dl.satisfiedBy()).contains("w"));
  }

  @Test
  void endsOfAnotherRequestOrBeforeTheAgreementDoNotCount() {
    Evaluation e = evaluate(
        Withdrawal.builder().id("w-other").request("other").by(PARENT).from(Withdrawal.From.MEDIATION)
            .at(at("2026-02-20")).build(),
        Agreement.builder().id("end-other").kind(AgreementKind.MEDIATION_AGREEMENT).request("other")
            .addSignatories(PARENT, LEA).at(at("2026-02-21")).build(),
        Agreement.builder().id("end-before").kind(AgreementKind.NO_AGREEMENT_POSSIBLE).request("mr")
            .addSignatories(PARENT, LEA).at(at("2026-02-03")).build());
    assertThat(e.deadlines(RULE)).singleElement().satisfies(dl -> assertThat(dl.satisfiedBy()).isEmpty());
    assertThat(e.findings(RULE)).singleElement().satisfies(f -> assertThat(f.events()).containsExactly("agree"));
  }

  @Test
  void anEndNamingNoRequestCountsForTheMediation() {
    Evaluation e = evaluate(Agreement.builder().id("end").kind(AgreementKind.MEDIATION_AGREEMENT)
        .addSignatories(PARENT, LEA).at(at("2026-02-25")).build());
    assertThat(e.findings(RULE)).isEmpty();
    assertThat(e.deadlines(RULE)).extracting(Deadline::satisfiedBy).singleElement()
        .satisfies(s -> assertThat(s).contains("end"));
  }

  @Test
  void theTraceSaysWhenTheLastSessionIsTakenAsTheEnd() {
    Evaluation e = evaluate(Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION).request("mr")
        .at(at("2026-02-15")).build());
    assertThat(e.trace()).filteredOn(t -> t.ruleId().toString().equals(RULE)).singleElement()
        .extracting(TraceEntry::notes).asList().anySatisfy(n -> assertThat(n.toString())
            .contains("the last session s1 is taken as the end of mediation"));
  }
}
