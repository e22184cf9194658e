package org.iepdr.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.RuleBook;
import org.junit.jupiter.api.Test;

/** The README's first example, compiled and run exactly as printed there (between the markers). */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRunsAndPrintsWhatTheReadmeSays() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    // README-EXAMPLE-START
    RuleBook book = RuleBook.load();   // the federal baseline, plus every state module on the class path
    Case dispute = Case.builder()
        .id("2026-017").district("Example R-1").state("US")   // or "MO", "MS" with the state modules
        .student(Student.of("stu-4411"))
        .addParties(Party.of("mom", PartyRole.PARENT), Party.of("district", PartyRole.LEA))
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
            .filedBy("mom").filedWith(Recipient.LEA).at(Instant.parse("2026-03-02T15:00:00Z")).build())
        .build();
    Evaluation result = book.evaluate(dispute, LocalDate.of(2026, 3, 20));
    result.findings().forEach(f -> out.println(f.kind() + " " + f.ruleId() + ": " + f.message()));
    result.deadlines().forEach(d -> out.println(d.ruleId() + ": " + d.description() + " by " + d.due() + " - " + d.status()));
    // README-EXAMPLE-END
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("VIOLATION IDEA.RESOLUTION.MEETING_15_DAYS: No resolution meeting was held by 2026-03-17,"
        + " 15 days after the district received the complaint on 2026-03-02.");
    assertThat(printed).contains("IDEA.RESOLUTION.MEETING_15_DAYS: convene the resolution meeting by 2026-03-17 - MISSED");
    // the section "Findings are data": the key, the facts and the Spanish rendering it quotes
    org.iepdr.core.rules.Finding f = result.findings().stream()
        .filter(x -> x.key().equals("IDEA.RESOLUTION.MEETING_15_DAYS.missed")).findFirst().orElseThrow();
    assertThat(f.facts().date("due")).contains(LocalDate.of(2026, 3, 17));
    assertThat(f.facts().date("received")).contains(LocalDate.of(2026, 3, 2));
    assertThat(f.message(org.iepdr.core.message.Language.SPANISH))
        .startsWith("No se celebró ninguna reunión de resolución a más tardar el 17 de marzo de 2026, ");
    assertThat(f.message(java.util.Locale.forLanguageTag("tr"))).isEqualTo(f.message());
    assertThat(result.deadlines(org.iepdr.core.idea.ResolutionMeeting15Days.ID).get(0).action().key())
        .isEqualTo("IDEA.RESOLUTION.MEETING_15_DAYS.deadline");
  }

  @Test
  void theReadmeShowsExactlyTheCodeThisTestRuns() throws java.io.IOException {
    java.nio.file.Path here = java.nio.file.Paths.get("src/test/java/org/iepdr/core/readme/ReadmeExampleTest.java");
    String source = java.nio.file.Files.readString(here, StandardCharsets.UTF_8);
    String snippet = source.substring(source.indexOf("// README-EXAMPLE-START") + "// README-EXAMPLE-START".length(),
        source.indexOf("    // README-EXAMPLE-END"));
    String readme = java.nio.file.Files.readString(java.nio.file.Paths.get("../README.md"), StandardCharsets.UTF_8);
    assertThat(strip(readme)).contains(strip(snippet));
  }

  private static String strip(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
  }
}
