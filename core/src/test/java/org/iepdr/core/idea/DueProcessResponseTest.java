package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

class DueProcessResponseTest {

  private static final String ID = "IDEA.DUE_PROCESS.RESPONSE";

  private static Case respondedOn(String by, String date) {
    return caseBuilder()
        .addEvents(parentComplaint("2026-03-02"),
            Reply.builder().id("resp").request("dp").by(by).answer(Reply.Answer.RESPONSE).at(at(date)).build())
        .build();
  }

  @Test
  void responseOnDay10IsOnTime() {
    Evaluation e = US.evaluate(respondedOn(LEA, "2026-03-12"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-03-12"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void responseOnDay11IsAWarning() {
    Evaluation e = US.evaluate(respondedOn(LEA, "2026-03-13"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo("IDEA.DUE_PROCESS.RESPONSE.late");
      assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-03-12"));
      assertThat(f.events()).containsExactly("dp", "resp");
    });
  }

  @Test
  void aReplyByTheComplainingSideIsNotTheResponse() {
    Evaluation e = US.evaluate(respondedOn(PARENT, "2026-03-05"), d("2026-03-13"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.key()).isEqualTo("IDEA.DUE_PROCESS.RESPONSE.missed"));
  }

  @Test
  void pendingBeforeTheDueDateDoesNotFire() {
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02")).build();
    Evaluation e = US.evaluate(c, d("2026-03-12"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID).get(0).status()).isEqualTo(DeadlineStatus.PENDING);
  }

  @Test
  void plan() {
    assertThat(US.plan(ProposedAct.DUE_PROCESS_RESPONSE, d("2026-03-02")).latest()).contains(d("2026-03-12"));
  }

  @Test
  void theClockRunsFromTheLeasDeliveredCopyNotFromALaterVerification() {
    // filed with the state on 03-02, delivered to the LEA on 03-04 (day 0), receipt verified on 03-06:
    // the 10 days of 300.508(e)-(f) run from 03-04, so a response on 03-14 (day 10) is on time
    Case c = caseBuilder()
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
                .at(at("2026-03-02")).build(),
            Receipt.builder().id("lea-copy").request("dp").recipient(Recipient.LEA).at(at("2026-03-04")).build(),
            Receipt.builder().id("lea-verified").request("dp").recipient(Recipient.LEA).via(Receipt.Via.VERIFIED)
                .at(at("2026-03-06")).build(),
            Reply.builder().id("resp").request("dp").by(LEA).answer(Reply.Answer.RESPONSE).at(at("2026-03-14")).build())
        .build();
    Evaluation e = US.evaluate(c);
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("lea-copy");
      assertThat(x.triggerDate()).isEqualTo(d("2026-03-04"));
      assertThat(x.due()).isEqualTo(d("2026-03-14"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
    assertThat(notes(e, ID)).isEmpty();
  }

  @Test
  void withoutAReceiptByTheLeaTheFilingDateIsUsedAndNoted() {
    Case c = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(PARENT).at(at("2026-03-02")).build()).build();
    Evaluation e = US.evaluate(c, d("2026-03-05"));
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("dp");
      assertThat(x.due()).isEqualTo(d("2026-03-12"));
    });
    assertThat(notes(e, ID))
        .containsExactly("complaint dp: no receipt by the LEA recorded; counted from the filing date");
  }

  @Test
  void anAgencysComplaintIsAnsweredByTheFamilyFromTheFamilysReceipt() {
    // the district files against the parent: the parent receives it and must respond (300.508(f))
    Case noReceipt = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(LEA).at(at("2026-03-02")).build()).build();
    assertThat(notes(US.evaluate(noReceipt, d("2026-03-05")), ID))
        .containsExactly("complaint dp: no receipt by the family recorded; counted from the filing date");
    Case received = caseBuilder().addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
            .filedBy(LEA).at(at("2026-03-02")).build(),
        Receipt.builder().id("home").request("dp").recipient(Recipient.FAMILY).at(at("2026-03-05")).build(),
        Reply.builder().id("resp").request("dp").by(PARENT).answer(Reply.Answer.RESPONSE).at(at("2026-03-15")).build())
        .build();
    Evaluation e = US.evaluate(received);
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.trigger()).isEqualTo("home");
      assertThat(x.due()).isEqualTo(d("2026-03-15"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
    assertThat(notes(e, ID)).isEmpty();
  }

  @Test
  void acceptingTheComplaintIsNotAResponseThatAddressesItsIssues() {
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02"),
        Reply.builder().id("ok").request("dp").by(LEA).answer(Reply.Answer.ACCEPTED).at(at("2026-03-05")).build())
        .build();
    assertThat(US.evaluate(c, d("2026-03-13")).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("No response to the due process complaint is recorded by 2026-03-12, 10 days"
          + " after it was received on 2026-03-02.");
      assertThat(f.events()).containsExactly("dp");
    });
  }
}
