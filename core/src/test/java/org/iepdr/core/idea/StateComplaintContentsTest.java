package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.util.EnumSet;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

class StateComplaintContentsTest {

  private static final String ID = "IDEA.STATE_COMPLAINT.CONTENTS";

  private static Request.Builder complete() {
    return Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT).addSignedBy(PARENT)
        .contents(StateComplaintContents.REQUIRED).at(at("2026-03-02", "09:00"));
  }

  private static Receipt leaCopy(String date) {
    return Receipt.builder().id("copy").request("sc").recipient(Recipient.LEA).at(at(date, "16:00")).build();
  }

  @Test
  void aCompleteComplaintCopiedToTheDistrictTheSameDayRaisesNothing() {
    Evaluation e = US.evaluate(caseBuilder().addEvents(complete().build(), leaCopy("2026-03-02")).build());
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void aComplaintFiledWithTheDistrictNeedsNoSeparateCopy() {
    Evaluation e = US.evaluate(caseBuilder().addEvents(complete().filedWith(Recipient.LEA).build()).build());
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void aCopyTheNextDayIsNotAtTheSameTime() {
    Evaluation e = US.evaluate(caseBuilder().addEvents(complete().build(), leaCopy("2026-03-03")).build());
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("a copy sent to the district").doesNotContain("signature");
      assertThat(f.events()).containsExactly("sc");
    });
  }

  @Test
  void everyMissingElementIsListedInOneFinding() {
    Request bare = Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .at(at("2026-03-02")).build();
    Evaluation e = US.evaluate(caseBuilder().addEvents(bare).build());
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.message())
        .contains("statement that the agency violated").contains("facts")
        .contains("signature").contains("contact information").contains("child's name").contains("address")
        .contains("school").contains("description of the child's problem").contains("proposed resolution")
        .contains("copy sent to the district"));
  }

  @Test
  void aSecondParentsSignatureSignsTheFamilysComplaint() {
    Evaluation e = US.evaluate(caseBuilder().addParties(Party.of("parent-2", PartyRole.PARENT))
        .addEvents(complete().signedBy(java.util.Set.of("parent-2")).build(), leaCopy("2026-03-02")).build());
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void theDistrictsSignatureIsNotTheComplainants() {
    // 300.153(b)(3): "The signature and contact information for the complainant"
    Evaluation e = US.evaluate(caseBuilder()
        .addEvents(complete().signedBy(java.util.Set.of(LEA)).build(), leaCopy("2026-03-02")).build());
    assertThat(e.findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("require: the complainant's signature."));
  }

  @Test
  void oneMissingChildDetailIsNamed() {
    EnumSet<RequestContent> all = EnumSet.copyOf(StateComplaintContents.REQUIRED);
    all.remove(RequestContent.SCHOOL);
    Evaluation e = US.evaluate(caseBuilder().addEvents(complete().contents(all).build(), leaCopy("2026-03-02")).build());
    assertThat(e.findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("require: the name of the child's school."));
  }

  @Test
  void aDueProcessComplaintIsNotAStateComplaint() {
    Request dp = Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
        .at(at("2026-03-02")).build();
    assertThat(US.evaluate(caseBuilder().addEvents(dp).build()).findings(ID)).isEmpty();
  }
  @Test
  void anUnsignedComplaintLacksOnlyTheSignatureOnce() {
    Request unsigned = Request.builder().from(complete().build()).signedBy(java.util.List.of()).build();
    Evaluation e = US.evaluate(caseBuilder().addEvents(unsigned, leaCopy("2026-03-02")).build());
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
        "The state complaint filed on 2026-03-02 lacks what 34 CFR 300.153(b) and (d) require: the complainant's"
            + " signature."));
  }
}
