package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.at;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;
import static org.iepdr.rules.mississippi.MsFixtures.facilitationRequest;

import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

/** FacilitationRequest boundaries. */
class FacilitationRequestTest {

  private static Consent consent(String id, String by, String date, boolean inWriting) {
    return Consent.builder().id(id).scope(ConsentScope.FACILITATION).givenBy(by).inWriting(inWriting).at(at(date)).build();
  }

  private static final String ID = "MS.FACILITATION.REQUEST";

  @Test
  void aLetterOrEmailNamingChildSchoolDistrictAndIssueIsFine() {
    assertThat(MS.evaluate(caseBuilder().addEvents(facilitationRequest("2026-03-02").build()).build()).findings(ID)).isEmpty();
    assertThat(MS.evaluate(caseBuilder().addEvents(facilitationRequest("2026-03-02").form(RequestForm.WRITTEN).build())
        .build()).findings(ID)).isEmpty();
  }

  @Test
  void oneFindingNamesEveryMissingElement() {
    Request r = Request.builder().id("fr").kind(RequestKind.FACILITATED_IEP).filedBy(PARENT).form(RequestForm.ORAL)
        .addContents(RequestContent.STUDENT_NAME).at(at("2026-03-02")).build();
    assertThat(MS.evaluate(caseBuilder().addEvents(r).build()).findings(ID)).singleElement().satisfies(f -> {
      // a request "can" be made in writing: advice, never a violation
      assertThat(f.kind()).isEqualTo(FindingKind.ADVISORY);
      assertThat(f.message()).contains("written form", "the school", "the district", "description of the issue")
          .doesNotContain("child's name");
      assertThat(f.events()).containsExactly("fr");
    });
  }

  @Test
  void onlyTheMissingIssueIsNamed() {
    Request r = Request.builder().id("fr").kind(RequestKind.FACILITATED_IEP).filedBy(PARENT)
        .addContents(RequestContent.STUDENT_NAME, RequestContent.SCHOOL, RequestContent.DISTRICT).at(at("2026-03-02"))
        .build();
    assertThat(MS.evaluate(caseBuilder().addEvents(r).build()).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("is missing a description of the issue."));
  }

  @Test
  void otherRequestsAreNotJudged() {
    Request r = Request.builder().id("m").kind(RequestKind.MEDIATION).filedBy(PARENT).form(RequestForm.ORAL)
        .at(at("2026-03-02")).build();
    assertThat(MS.evaluate(caseBuilder().addEvents(r).build()).findings(ID)).isEmpty();
  }
}
