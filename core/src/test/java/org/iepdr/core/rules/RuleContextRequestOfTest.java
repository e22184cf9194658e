package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Reference;
import org.iepdr.core.testing.CaseArbitraries;
import org.junit.jupiter.api.Test;

/**
 * The index behind {@link RuleContext#eventsFor} reads each event's {@code request} field directly
 * ({@code RuleContext.requestOf}); it must name the same request as the event's references do.
 */
class RuleContextRequestOfTest {

  private static String fromReferences(CaseEvent e) {
    for (Reference r : e.references()) {
      if (r.kind() == Reference.Kind.REQUEST && r.field().equals("request")) {
        return r.id();
      }
    }
    return null;
  }

  @Provide
  Arbitrary<Case> cases() {
    return CaseArbitraries.federalCases();
  }

  @Property(tries = 300)
  void requestOfAgreesWithTheReferences(@ForAll("cases") Case c) {
    for (CaseEvent e : c.events()) {
      assertThat(RuleContext.requestOf(e)).as(e.id()).isEqualTo(fromReferences(e));
    }
  }

  @Test
  void everyEventTypeWithARequestFieldIsRead() {
    // the types whose references can name a request in the field "request"; a new one must be added to
    // requestOf (and here)
    List<String> read = List.of("Receipt", "Meeting", "Reply", "Agreement", "Appointment", "Decision", "Demand",
        "Extension", "Withdrawal", "CourtProceeding", "Amendment", "Notice");
    List<String> unread = List.of("Request", "Consent", "PlacementChange", "RecordsShared", "EvidenceOffered");
    assertThat(Arrays.stream(CaseEvent.class.getPermittedSubclasses()).map(Class::getSimpleName).toList())
        .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(read.stream(), unread.stream()).toList());
  }
}
