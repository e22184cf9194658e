package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.FACILITATOR;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;
import static org.iepdr.rules.mississippi.MsFixtures.d;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.ImmutableRequest;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

/** RefusalDocumented boundaries. */
class RefusalDocumentedTest {

  private static ImmutableRequest.Builder fullRequest(String date) {
    return Request.builder().id("fr").kind(RequestKind.FACILITATED_IEP).filedBy(PARENT).form(RequestForm.EMAIL)
        .addContents(RequestContent.STUDENT_NAME, RequestContent.SCHOOL, RequestContent.DISTRICT, RequestContent.ISSUE)
        .at(at(date));
  }

  private static Meeting fiep(String date) {
    return Meeting.builder().id("fiep").kind(MeetingKind.FACILITATED_IEP).request("fr").at(at(date, "09:00"))
        .addAttendees(PARENT, LEA, FACILITATOR).build();
  }

  private static Consent consent(String id, String by, String date, boolean inWriting) {
    return Consent.builder().id(id).scope(ConsentScope.FACILITATION).givenBy(by).inWriting(inWriting).at(at(date)).build();
  }

  private static final String ID = "MS.FACILITATION.REFUSAL_DOCUMENTED";

  private Case declined(String by, boolean inWriting) {
    return caseBuilder().addEvents(fullRequest("2026-03-02").build(), Reply.builder().id("no").request("fr").by(by)
        .answer(Reply.Answer.DECLINED).inWriting(inWriting).at(at("2026-03-05")).build()).build();
  }

  @Test
  void anOralRefusalByTheDistrictGetsAnAdvisory() {
    assertThat(MS.evaluate(declined(LEA, false)).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.ADVISORY);
      assertThat(f.message()).contains("in writing", "mediation", "2026-03-05");
      assertThat(f.events()).containsExactly("fr", "no");
    });
  }

  @Test
  void aWrittenRefusalOrAFamilyReplyIsNotReported() {
    assertThat(MS.evaluate(declined(LEA, true)).findings(ID)).isEmpty();
    assertThat(MS.evaluate(declined(PARENT, false)).findings(ID)).isEmpty();
    assertThat(MS.evaluate(declined(LEA, false)).hasViolations()).isFalse();
  }
}
