package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;
import static org.iepdr.rules.mississippi.MsFixtures.facilitationRequest;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Reply;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

/** RefusalDocumented boundaries. */
class RefusalDocumentedTest {

  private static Consent consent(String id, String by, String date, boolean inWriting) {
    return Consent.builder().id(id).scope(ConsentScope.FACILITATION).givenBy(by).inWriting(inWriting).at(at(date)).build();
  }

  private static final String ID = "MS.FACILITATION.REFUSAL_DOCUMENTED";

  private Case declined(String by, boolean inWriting) {
    return caseBuilder().addEvents(facilitationRequest("2026-03-02").build(), Reply.builder().id("no").request("fr").by(by)
        .answer(Reply.Answer.DECLINED).inWriting(inWriting).at(at("2026-03-05")).build()).build();
  }

  @Test
  void anOralRefusalByTheDistrictGetsAnAdvisory() {
    assertThat(MS.evaluate(declined(LEA, false)).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.ADVISORY);
      assertThat(f.key()).isEqualTo("MS.FACILITATION.REFUSAL_DOCUMENTED.oral_refusal");
      assertThat(f.facts().date("declined")).contains(java.time.LocalDate.parse("2026-03-05"));
      assertThat(f.message()).contains("in writing", "mediation");
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
