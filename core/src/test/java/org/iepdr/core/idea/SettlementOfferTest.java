package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.meeting;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

class SettlementOfferTest {

  private static final String ID = "IDEA.FEES.SETTLEMENT_OFFER";

  /** The hearing begins Monday 2026-05-25 (Memorial Day, a calendar count does not care): the 11th day before is 05-14. */
  private static Case offered(String date, CaseEvent... later) {
    return caseBuilder().addEvents(parentComplaint("2026-03-02"), meeting("h", MeetingKind.HEARING, "2026-05-25"),
        Request.builder().id("offer").kind(RequestKind.SETTLEMENT_OFFER).filedBy(LEA).filedWith(Recipient.FAMILY)
            .relatesTo("dp").at(at(date)).build()).addEvents(later).build();
  }

  @Test
  void anOfferOnThe11thDayBeforeNotAcceptedLimitsFees() {
    Evaluation e = US.evaluate(offered("2026-05-14"), d("2026-06-30"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.ADVISORY);
      assertThat(f.key()).isEqualTo(ID + ".limits_fees");
      assertThat(f.facts().date("acceptBy")).contains(d("2026-05-24"));
    });
  }

  @Test
  void anOfferOnThe10thDayBeforeIsTooLate() {
    assertThat(US.evaluate(offered("2026-05-15"), d("2026-06-30")).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".too_late"));
  }

  @Test
  void acceptanceOnThe10thDayIsWithinTheTenDays() {
    Reply yes = Reply.builder().id("yes").request("offer").by(PARENT).answer(Reply.Answer.ACCEPTED)
        .at(at("2026-05-11")).build();
    assertThat(US.evaluate(offered("2026-05-01", yes), d("2026-06-30")).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".accepted"));
    Reply late = Reply.builder().id("yes").request("offer").by(PARENT).answer(Reply.Answer.ACCEPTED)
        .at(at("2026-05-12")).build();
    assertThat(US.evaluate(offered("2026-05-01", late), d("2026-06-30")).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".accepted_late"));
  }

  @Test
  void whileTheTenDaysRunTheRuleSaysUntilWhen() {
    assertThat(US.evaluate(offered("2026-05-01"), d("2026-05-11")).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".open"));
  }
}
