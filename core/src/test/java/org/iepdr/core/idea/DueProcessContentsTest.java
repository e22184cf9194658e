package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.util.EnumSet;
import java.util.Set;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

class DueProcessContentsTest {

  private static final String ID = "IDEA.DUE_PROCESS.CONTENTS";

  private static Evaluation eval(RequestKind kind, Set<RequestContent> contents) {
    return US.evaluate(caseBuilder().addEvents(Request.builder().id("dp").kind(kind).filedBy(PARENT)
        .contents(contents).at(at("2026-03-02")).build()).build());
  }

  @Test
  void aCompleteComplaintRaisesNothing() {
    assertThat(eval(RequestKind.DUE_PROCESS_COMPLAINT, EnumSet.copyOf(DueProcessContents.REQUIRED)).findings(ID))
        .isEmpty();
  }

  @Test
  void everyMissingElementIsListedInOneFinding() {
    Evaluation e = eval(RequestKind.DUE_PROCESS_COMPLAINT, EnumSet.of(RequestContent.STUDENT_NAME, RequestContent.SCHOOL,
        RequestContent.DESCRIPTION_OF_PROBLEM));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.DUE_PROCESS.CONTENTS.incomplete");
      assertThat(f.facts().date("filed")).contains(LocalDate.parse("2026-03-02"));
      assertThat(f.message()).contains("300.508(b)")
          .endsWith("requires: the address of the child's residence; a proposed resolution.");
      assertThat(f.events()).containsExactly("dp");
    });
  }

  @Test
  void anExpeditedComplaintNeedsTheSameContents() {
    assertThat(eval(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT, EnumSet.noneOf(RequestContent.class)).findings(ID))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("child's name").contains("school")
            .contains("description").contains("proposed resolution").contains("address"));
  }

  @Test
  void otherRequestsAreNotChecked() {
    assertThat(eval(RequestKind.MEDIATION, EnumSet.noneOf(RequestContent.class)).findings(ID)).isEmpty();
  }
}
