package org.iepdr.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleBook;

/**
 * The quick start: load the installed rules, build a Missouri case in code, evaluate it, and plan a
 * date. Run it with {@code java -cp examples/target/iepdr.jar org.iepdr.examples.QuickStart}.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the example and prints what it finds.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @return the evaluation, for tests
   */
  public static Evaluation run(PrintStream out) {
    // 1. Load every rule module on the class path (core's federal baseline, Missouri, Mississippi...).
    RuleBook book = RuleBook.load();

    // 2. Describe the facts. Instants are exact: use the state's zone for local times.
    ZoneId chicago = ZoneId.of("America/Chicago");
    Case aCase = Case.builder()
        .id("quick-start")
        .student(Student.of("student-42"))             // an opaque id; never a name
        .district("Example R-1")
        .state("MO")
        .addParties(Party.of("parent", PartyRole.PARENT), Party.of("district", PartyRole.LEA))
        .addEvents(Meeting.builder()
            .id("iep-meeting")
            .kind(MeetingKind.IEP)
            .at(LocalDateTime.of(2026, 3, 20, 9, 0).atZone(chicago).toInstant())
            .addAttendees("parent", "district")
            // the notice went out 7 days before the meeting: Missouri expects 10
            .addDocuments(new DocumentSent(DocumentKind.MEETING_NOTICE,
                LocalDateTime.of(2026, 3, 13, 15, 0).atZone(chicago).toInstant(),
                java.util.Optional.of("district"), false))
            .build())
        .build();

    // 3. Evaluate: findings (rule ID, kind, message, citation) and deadlines (due date, status).
    Evaluation e = book.evaluate(aCase);
    out.println("Evaluated as of " + e.asOf() + " under " + e.jurisdiction());
    for (Finding f : e.findings()) {
      out.println(f.kind() + " " + f.ruleId() + ": " + f.message());
      out.println("  source: " + f.citation() + ": \"" + f.citation().quote() + "\"");
    }
    for (Deadline d : e.deadlines()) {
      out.println("deadline " + d.ruleId() + ": " + d.description() + " by " + d.due() + " -> " + d.status());
    }

    // 4. Plan: the latest lawful date for a resolution meeting after a complaint received on 2 March.
    Plan plan = book.plan("MO", ProposedAct.RESOLUTION_MEETING, LocalDate.of(2026, 3, 2));
    out.println("resolution meeting for a complaint received 2026-03-02: no later than "
        + plan.latest().map(LocalDate::toString).orElse("(no limit)"));
    return e;
  }
}
