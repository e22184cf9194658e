package org.iepdr.json.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.message.Language;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.CaseFileReader;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchLineWriter} (the streaming generator the batch writes with) writes the same bytes as
 * {@link BatchLineJson}'s trees written with {@link JsonOutput#line}: over the bundled example cases,
 * generated federal, Missouri and Mississippi cases (with and without the trace, in both languages, as
 * of dates before, inside and after the case), invalid lines and summary lines.
 */
class BatchLineWriterProperties {

  static final RuleBook BOOK = RuleBook.load();
  private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

  /** The tree writer's lines, each followed by '\n': the reference. */
  private static String tree(List<Evaluation> evaluations, Language language) {
    StringBuilder b = new StringBuilder();
    int line = 1;
    for (Evaluation e : evaluations) {
      Jurisdiction j = BOOK.jurisdiction(e.jurisdiction());
      b.append(JsonOutput.line(BatchLineJson.evaluated(line++, j, e, language))).append('\n');
    }
    return b.toString();
  }

  /** The same lines through one streaming writer (its citations serialised once and reused). */
  private static String stream(List<Evaluation> evaluations, Language language) {
    StringWriter out = new StringWriter();
    BatchLineWriter w = BatchLineWriter.to(out);
    int line = 1;
    for (Evaluation e : evaluations) {
      w.evaluated(line++, BOOK.jurisdiction(e.jurisdiction()), e, language);
    }
    w.flush();
    return out.toString();
  }

  @Provide
  Arbitrary<Case> cases() {
    ZoneId east = ZoneId.of("America/New_York");
    return Arbitraries.oneOf(
        CaseArbitraries.cases("US", east, Arbitraries.just("Student Name"), Arbitraries.just(LocalDate.of(2015, 1, 1))),
        CaseArbitraries.cases("MO", CENTRAL, Arbitraries.just("Student Name"), Arbitraries.just(LocalDate.of(2015, 1, 1))),
        CaseArbitraries.cases("MS", CENTRAL, Arbitraries.just("Student Name"), Arbitraries.just(LocalDate.of(2015, 1, 1))),
        CaseArbitraries.casesForEveryRule("MO", CENTRAL, 2, 20, 120),
        CaseArbitraries.casesForEveryRule("MS", CENTRAL, 2, 20, 120),
        CaseArbitraries.cases("MS", CENTRAL, 0, 4, 90));
  }

  @Provide
  Arbitrary<Integer> asOfShifts() {
    // as of the date of the facts (-1), or a date before, inside or after the case
    return Arbitraries.of(-1, 0, 30, 200, 2000);
  }

  @Property(tries = 400)
  void theStreamWritesTheTreesBytes(@ForAll("cases") Case c, @ForAll("asOfShifts") int shift,
      @ForAll boolean trace, @ForAll boolean spanish) {
    EvaluationOptions options = shift < 0 || c.events().isEmpty() ? EvaluationOptions.asOf(LocalDate.of(2026, 6, 1))
        : EvaluationOptions.asOf(LocalDate.ofInstant(c.events().get(0).at(), CENTRAL).plusDays(shift));
    if (!trace) {
      options = options.withoutTrace();
    }
    Evaluation e;
    try {
      e = BOOK.evaluate(c, options);
    } catch (CalendarRangeException refused) {
      return; // a deadline beyond the calendar's years: the batch writes an invalid line for it
    }
    Language language = spanish ? Language.SPANISH : Language.ENGLISH;
    // twice: the second line reuses the citations the first serialised
    List<Evaluation> twice = List.of(e, e);
    assertThat(stream(twice, language)).isEqualTo(tree(twice, language));
    Statistics.label("findings").collect(e.findings().isEmpty() ? "none" : "some");
    Statistics.label("optional deadline fields").collect(e.deadlines().stream()
        .anyMatch(d -> d.notApplicable().isPresent() || !d.changes().isEmpty() || d.extendedBy().isPresent()));
  }

  @Test
  void everyBundledExampleCaseIsWrittenAsTheTreeIs() throws IOException {
    CaseFileReader reader = CaseFileReader.forRuleBook(BOOK);
    List<Evaluation> batch = new ArrayList<>();
    List<Evaluation> traced = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../examples/cases"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        CaseFile cf = reader.read(f);
        LocalDate asOf = cf.asOf().orElse(LocalDate.of(2026, 6, 1));
        batch.add(BOOK.evaluate(cf.aCase(), EvaluationOptions.asOf(asOf).withoutTrace()));
        traced.add(BOOK.evaluate(cf.aCase(), EvaluationOptions.asOf(asOf)));
      }
    }
    assertThat(batch).as("the bundled cases").hasSizeGreaterThanOrEqualTo(19);
    for (Language language : List.of(Language.ENGLISH, Language.SPANISH)) {
      assertThat(stream(batch, language)).isEqualTo(tree(batch, language));
      assertThat(stream(traced, language)).isEqualTo(tree(traced, language));
    }
    assertThat(batch).as("some bundled case has a violation, some deadline has optional fields")
        .anyMatch(Evaluation::hasViolations)
        .anyMatch(e -> e.deadlines().stream().anyMatch(d -> d.satisfiedOn().isPresent()));
  }

  @Test
  void theHandBuiltEvaluationWithEveryFieldIsWrittenAsTheTreeIs() {
    List<Evaluation> both = List.of(OutputContentTest.evaluation(true), OutputContentTest.evaluation(false));
    StringWriter out = new StringWriter();
    BatchLineWriter w = BatchLineWriter.to(out, "\r\n");
    w.evaluated(7, OutputContentTest.MO, both.get(0), Language.ENGLISH);
    w.evaluated(8, OutputContentTest.MO, both.get(1), Language.SPANISH);
    w.close();
    assertThat(out.toString()).isEqualTo(
        JsonOutput.line(BatchLineJson.evaluated(7, OutputContentTest.MO, both.get(0), Language.ENGLISH)) + "\r\n"
            + JsonOutput.line(BatchLineJson.evaluated(8, OutputContentTest.MO, both.get(1), Language.SPANISH))
            + "\r\n");
  }

  @Test
  void invalidAndSummaryLinesAreWrittenAsTheTreesAre() {
    List<CaseFileProblem> problems = List.of(
        new CaseFileProblem("<stdin>", 3, 17, "$.events[2].kind", "unknown kind \"MEETNG\"; allowed: ..."),
        new CaseFileProblem("a/b.jsonl", -1, -1, "$", "tab\there, a line\nbreak, a slash /, é, \u2028 and \u0001"));
    Map<String, Map<String, Integer>> byRule = new TreeMap<>();
    byRule.put("IDEA.RESOLUTION.MEETING_15_DAYS", new TreeMap<>(Map.of("VIOLATION", 30, "NOTE", 2)));
    Map<String, Integer> kinds = new LinkedHashMap<>();
    kinds.put("WARNING", 1);
    byRule.put("MS.FACILITATION.LEAD_TIME", kinds);

    StringWriter out = new StringWriter();
    BatchLineWriter w = BatchLineWriter.to(out);
    w.invalid(3, Optional.of("case-\"3\""), problems);
    w.invalid(4, Optional.empty(), problems.subList(1, 2));
    w.summary(31, 1, 30, byRule);
    w.summary(0, 0, 0, Map.of());
    w.flush();
    assertThat(out.toString()).isEqualTo(
        JsonOutput.line(BatchLineJson.invalid(3, Optional.of("case-\"3\""), problems)) + "\n"
            + JsonOutput.line(BatchLineJson.invalid(4, Optional.empty(), problems.subList(1, 2))) + "\n"
            + JsonOutput.line(BatchLineJson.summary(31, 1, 30, byRule)) + "\n"
            + JsonOutput.line(BatchLineJson.summary(0, 0, 0, Map.of())) + "\n");
  }

  @Provide
  Arbitrary<LocalDate> anyDates() {
    // the written digits by hand for years 0 to 9999, LocalDate.toString() for the others
    return Arbitraries.oneOf(
        Arbitraries.longs().between(LocalDate.of(-20000, 1, 1).toEpochDay(), LocalDate.of(20000, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(1100, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        Arbitraries.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
            LocalDate.of(-1, 12, 31), LocalDate.of(999, 9, 9), LocalDate.of(1, 1, 1)));
  }

  @Property(tries = 300)
  void everyDateIsWrittenAsLocalDateWritesIt(@ForAll("anyDates") LocalDate date) {
    Evaluation e = Evaluation.builder().from(OutputContentTest.evaluation(true)).asOf(date).build();
    assertThat(stream(List.of(e), Language.ENGLISH)).isEqualTo(tree(List.of(e), Language.ENGLISH))
        .contains("\"asOf\":\"" + date + "\"");
  }
}
