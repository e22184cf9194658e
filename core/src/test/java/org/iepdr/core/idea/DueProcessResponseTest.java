package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Reply;
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
      assertThat(f.message()).contains("2026-03-12");
      assertThat(f.events()).containsExactly("dp", "resp");
    });
  }

  @Test
  void aReplyByTheComplainingSideIsNotTheResponse() {
    Evaluation e = US.evaluate(respondedOn(PARENT, "2026-03-05"), d("2026-03-13"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.message()).contains("No response"));
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
}
