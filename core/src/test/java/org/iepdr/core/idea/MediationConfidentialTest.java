package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import org.iepdr.core.model.EvidenceOffered;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

class MediationConfidentialTest {

  private static final String ID = "IDEA.MEDIATION.CONFIDENTIAL";

  private static Evaluation eval(boolean fromMediation) {
    return US.evaluate(caseBuilder()
        .addEvents(Meeting.builder().id("h").kind(MeetingKind.HEARING).at(at("2026-05-04")).addAttendees(PARENT, LEA)
            .build())
        .addEvents(EvidenceOffered.builder().id("ev").by(LEA).hearing("h").fromMediation(fromMediation)
            .at(at("2026-05-04", "11:00")).build())
        .build());
  }

  @Test
  void offeringMediationDiscussionsAsEvidenceIsAViolation() {
    assertThat(eval(true).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("300.506(b)(8)");
      assertThat(f.key()).isEqualTo("IDEA.MEDIATION.CONFIDENTIAL.used_as_evidence");
      assertThat(f.facts().date("offered")).contains(LocalDate.parse("2026-05-04"));
      assertThat(f.events()).containsExactly("ev", "h");
    });
  }

  @Test
  void otherEvidenceRaisesNothing() {
    assertThat(eval(false).findings(ID)).isEmpty();
  }
}
