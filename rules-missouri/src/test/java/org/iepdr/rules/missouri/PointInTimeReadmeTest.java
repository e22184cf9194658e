package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.TraceEntry;
import org.junit.jupiter.api.Test;

/**
 * The README's point-in-time example: Missouri's recording statute, RSMo 162.686, in force from
 * 2021-08-28, judges a district's refusal made after that day and leaves one made before it.
 */
class PointInTimeReadmeTest {

  @Test
  void aRefusalBeforeTheStatuteIsNotJudgedByItOneAfterIs() throws IOException {
    // README-POINT-IN-TIME-START
    RuleBook book = RuleBook.load();
    Case recording = Case.builder().id("mo-recording").state("MO").district("Example R-1")
        .student(Student.of("stu-1"))
        .addParties(Party.of("mom", PartyRole.PARENT), Party.of("district", PartyRole.LEA))
        .addEvents(Demand.builder().id("may").kind(Demand.Kind.RECORDING_FORBIDDEN).by("district")
            .at(Instant.parse("2021-05-10T15:00:00Z")).build())   // before RSMo 162.686 took effect
        .addEvents(Demand.builder().id("sept").kind(Demand.Kind.RECORDING_FORBIDDEN).by("district")
            .at(Instant.parse("2021-09-13T15:00:00Z")).build())   // after 2021-08-28
        .build();
    Evaluation e = book.evaluate(recording, LocalDate.of(2021, 10, 1));
    List<Finding> judged = e.findings("MO.RECORDING.PARENT_RIGHT");   // one: "sept"
    TraceEntry why = e.trace().stream()
        .filter(t -> t.ruleId().value().equals("MO.RECORDING.PARENT_RIGHT")).findFirst().orElseThrow();
    // why.events(): [sept]; why.notes(): "in force 2021-08-28 to now, ... not judged by it, being dated
    // outside it: may (2021-05-10)"
    // README-POINT-IN-TIME-END
    assertThat(judged).singleElement().satisfies(f -> assertThat(f.events()).containsExactly("sept"));
    assertThat(why.events()).containsExactly("sept");
    assertThat(why.notes()).singleElement().asString().contains("in force 2021-08-28 to now")
        .contains("not judged by it, being dated outside it: may (2021-05-10)");
    // as of a day before the statute, neither refusal is judged by it, and the rule is not in force
    assertThat(book.evaluate(recording, LocalDate.of(2021, 8, 27)).trace().stream()
        .filter(t -> t.ruleId().value().equals("MO.RECORDING.PARENT_RIGHT")).findFirst().orElseThrow().outcome())
        .isEqualTo(TraceEntry.Outcome.NOT_IN_FORCE);

    String source = Files.readString(Paths.get(
        "src/test/java/org/iepdr/rules/missouri/PointInTimeReadmeTest.java"), StandardCharsets.UTF_8);
    String snippet = source.substring(source.indexOf('\n', source.indexOf("// README-POINT-IN-TIME-START")) + 1,
        source.indexOf("    // README-POINT-IN-TIME-END"));
    assertThat(strip(Files.readString(Paths.get("../README.md"), StandardCharsets.UTF_8))).contains(strip(snippet));
  }

  private static String strip(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
