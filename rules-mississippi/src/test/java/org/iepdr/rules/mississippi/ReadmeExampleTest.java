package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.RuleBook;
import org.junit.jupiter.api.Test;

/** The Mississippi example of the README, compiled and run exactly as printed there (between the markers). */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleCompilesRunsAndFindsTheLateDecision() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    // --- README snippet begins
    RuleBook book = RuleBook.load();                         // finds "US" and "MS" through ServiceLoader
    Case c = Case.builder().id("ms-1").state("MS").district("Example School District")
        .student(Student.builder().id("s-1").build())
        .addParties(Party.of("parent", PartyRole.PARENT), Party.of("lea", PartyRole.LEA))
        .addEvents(Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy("parent")
            .at(Instant.parse("2026-01-05T16:00:00Z")).build())     // filed with MDE on Jan 5
        .addEvents(Receipt.builder().id("ver").request("sc").recipient(Recipient.LEA)
            .via(Receipt.Via.VERIFIED).at(Instant.parse("2026-01-20T16:00:00Z")).build())
        .build();
    Evaluation e = book.evaluate(c, LocalDate.of(2026, 3, 7));
    e.findings().forEach(f -> out.println(f.kind() + " " + f.ruleId() + ": " + f.message()));
    // VIOLATION MS.STATE_COMPLAINT.DECISION_FROM_FILING: No written decision was issued by the due date 2026-03-06, ...
    // WARNING MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS: No forwarding of the complaint to the district is recorded by 2026-01-08, ...
    // --- README snippet ends
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("VIOLATION MS.STATE_COMPLAINT.DECISION_FROM_FILING: No written decision was issued by the due date"
        + " 2026-03-06, 60 days after the complaint was filed on 2026-01-05");
    assertThat(printed).contains("WARNING MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS: No forwarding of the complaint"
        + " to the district is recorded by 2026-01-08");
    assertThat(e.findings("MS.STATE_COMPLAINT.DECISION_FROM_FILING")).hasSize(1);
  }
}
