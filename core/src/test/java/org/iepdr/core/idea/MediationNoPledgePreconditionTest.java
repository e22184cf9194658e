package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import java.time.LocalDate;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;

/** IDEA.MEDIATION.NO_PLEDGE_PRECONDITION: a confidentiality pledge is no condition of mediating. */
class MediationNoPledgePreconditionTest {

  private static final String ID = "IDEA.MEDIATION.NO_PLEDGE_PRECONDITION";

  private static Request mediationRequest(String date) {
    return Request.builder().id("mr").kind(RequestKind.MEDIATION).filedBy(PARENT).at(at(date)).build();
  }

  private static Demand.Builder pledge(String by, String date) {
    return Demand.builder().id("pledge").kind(Demand.Kind.CONFIDENTIALITY_PLEDGE).by(by).at(at(date));
  }

  @Test
  void aDistrictDemandingAPledgeToMediateIsAWarning() {
    Case c = caseBuilder().addEvents(mediationRequest("2026-03-02"), pledge(LEA, "2026-03-05").request("mr").build())
        .build();
    assertThat(US.evaluate(c).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.message()).contains("2026-03-05", "the mediation request of 2026-03-02", "300.506(b)(1)(i)");
      assertThat(f.events()).containsExactly("pledge");
    });
  }

  @Test
  void aDemandAtAMediationSessionCountsButNotAtAnIepMeeting() {
    Case session = caseBuilder().addEvents(
        Meeting.builder().id("s").kind(MeetingKind.MEDIATION_SESSION).at(at("2026-03-10")).build(),
        pledge(LEA, "2026-03-10").meeting("s").build()).build();
    assertThat(US.evaluate(session).findings(ID)).hasSize(1);
    Case iep = caseBuilder().addEvents(Meeting.builder().id("m").kind(MeetingKind.IEP).at(at("2026-03-10")).build(),
        pledge(LEA, "2026-03-10").meeting("m").build()).build();
    assertThat(US.evaluate(iep).findings(ID)).isEmpty();
    Case untied = caseBuilder().addEvents(pledge(LEA, "2026-03-10").build()).build();
    assertThat(US.evaluate(untied).findings(ID)).isEmpty();
  }

  @Test
  void aParentsOwnRequestOrAPledgeSignedWithoutADemandIsNotACondition() {
    Case byParent = caseBuilder().addEvents(mediationRequest("2026-03-02"),
        pledge(PARENT, "2026-03-05").request("mr").build()).build();
    assertThat(US.evaluate(byParent).findings(ID)).isEmpty();
    Case signed = caseBuilder().addEvents(mediationRequest("2026-03-02"), Agreement.builder().id("p")
        .kind(AgreementKind.CONFIDENTIALITY_PLEDGE).request("mr").addSignatories(PARENT).at(at("2026-03-05")).build())
        .build();
    assertThat(US.evaluate(signed).findings(ID)).isEmpty();
  }

  @Test
  void aPledgeAfterTheDisputeIsResolvedIsNotAConditionOfMediating() {
    Agreement deal = Agreement.builder().id("deal").kind(AgreementKind.MEDIATION_AGREEMENT).request("mr")
        .addSignatories(PARENT, LEA).at(at("2026-03-05", "10:00")).build();
    Case after = caseBuilder().addEvents(mediationRequest("2026-03-02"), deal,
        pledge(LEA, "2026-03-05").at(at("2026-03-05", "10:00")).request("mr").build()).build();
    Evaluation e = US.evaluate(after);
    assertThat(e.findings(ID)).isEmpty();
    assertThat(notes(e, ID)).singleElement().asString().contains("after the dispute was resolved (deal)");
    Case aMinuteBefore = caseBuilder().addEvents(mediationRequest("2026-03-02"), deal,
        pledge(LEA, "2026-03-05").at(at("2026-03-05", "09:59")).request("mr").build()).build();
    assertThat(US.evaluate(aMinuteBefore).findings(ID)).hasSize(1);
  }

  @Test
  void inForceFromTheDayThe2006RegulationsTookEffectJudgedActByAct() {
    RuleDescriptor d = new MediationNoPledgePrecondition().descriptor();
    assertThat(d.inForce().from()).contains(LocalDate.of(2006, 10, 13));
    assertThat(d.kind()).isEqualTo(FindingKind.WARNING);
    assertThat(d.citation().section()).isEqualTo("300.506(b)(1)(i)");
    assertThat(d.citations()).anySatisfy(c -> assertThat(c.link()).contains(
        "https://sites.ed.gov/idea/files/osep-letter-to-anonymous-07-31-2020.pdf"));
    // a demand on 2006-10-12 (under the 1999 regulations) is not judged; one on 2006-10-13 is
    Case old = caseBuilder().addEvents(mediationRequest("2006-10-02"), pledge(LEA, "2006-10-12").request("mr").build())
        .build();
    assertThat(US.evaluate(old, LocalDate.of(2007, 1, 1)).findings(ID)).isEmpty();
    Case first = caseBuilder().addEvents(mediationRequest("2006-10-02"), pledge(LEA, "2006-10-13").request("mr")
        .build()).build();
    assertThat(US.evaluate(first, LocalDate.of(2007, 1, 1)).findings(ID)).hasSize(1);
  }
}
