package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled case under examples/cases/ evaluates to its golden output in examples/cases/expected/.
 *
 * <p>A golden is the text of {@code iepdr check CASE.json} (with {@code --school-calendar} when a
 * {@code CASE.school-calendar.txt} lies beside the case), then a line {@code exit code: N}. Each golden
 * was read and checked against the rules by hand; when a rule changes on purpose, regenerate with
 * {@code -Diepdr.updateGoldens=true} and read the diff before committing it.
 */
class GoldenCasesTest {

  static final Path CASES = Path.of("cases");
  static final Path EXPECTED = CASES.resolve("expected");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static String name(Path file) {
    String n = file.getFileName().toString();
    return n.substring(0, n.length() - ".json".length());
  }

  static List<String> args(Path file) {
    List<String> args = new ArrayList<>(List.of("check", file.toString()));
    Path calendar = file.resolveSibling(name(file) + ".school-calendar.txt");
    if (Files.exists(calendar)) {
      args.add("--school-calendar");
      args.add(calendar.toString());
    }
    return args;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theBundledCaseEvaluatesToItsGolden(Path file) throws IOException {
    Cli.Result r = Cli.run(args(file).toArray(String[]::new));
    assertThat(r.err()).as("no error for " + file).isEmpty();
    String actual = r.out() + "exit code: " + r.code() + "\n";
    Path golden = EXPECTED.resolve(name(file) + ".txt");
    if (Boolean.getBoolean("iepdr.updateGoldens")) {
      Files.createDirectories(EXPECTED);
      Files.writeString(golden, actual);
    }
    assertThat(golden).as("golden " + golden + " is missing").exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  /** The bundled cases that also have a Spanish golden ({@code check --lang es}). */
  static Stream<String> spanishCases() {
    return Stream.of("mo-fiep-one-day-late", "mo-due-process-resolution-hearing", "ms-complaint-verified-late",
        "ms-expedited-discipline");
  }

  @ParameterizedTest
  @MethodSource("spanishCases")
  void theBundledCaseEvaluatesToItsSpanishGolden(String name) throws IOException {
    Path file = CASES.resolve(name + ".json");
    List<String> args = args(file);
    args.add("--lang");
    args.add("es");
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.err()).as("no error for " + file).isEmpty();
    String actual = r.out() + "exit code: " + r.code() + "\n";
    Path golden = CASES.resolve("expected-es").resolve(name + ".txt");
    if (Boolean.getBoolean("iepdr.updateGoldens")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
    }
    assertThat(golden).as("golden " + golden + " is missing").exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
    assertThat(actual).contains("Hallazgos").doesNotContain("Findings (");
  }

  @Test
  void everyGoldenHasItsCase() throws IOException {
    Set<String> cases = new TreeSet<>(cases().map(GoldenCasesTest::name).toList());
    Set<String> goldens = new TreeSet<>();
    try (Stream<Path> s = Files.list(EXPECTED)) {
      s.map(p -> p.getFileName().toString().replaceFirst("\\.txt$", "")).forEach(goldens::add);
    }
    assertThat(goldens).isEqualTo(cases);
  }

  @Test
  void theBundledCasesCoverBothStatesAndEveryProcess() throws IOException {
    CaseFileReader reader = CaseFileReader.forRuleBook(Cli.BOOK);
    Set<String> states = new TreeSet<>();
    Set<String> positions = new TreeSet<>();
    int count = 0;
    for (Path p : cases().toList()) {
      CaseFile cf = reader.read(p);
      states.add(cf.aCase().state());
      Evaluation e = Cli.BOOK.evaluate(cf.aCase(), cf.asOf().orElseThrow());
      positions.add(e.position().name());
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(10);
    assertThat(states).containsExactly("MO", "MS");
    assertThat(positions).contains("IEP_MEETING", "FACILITATED_IEP", "MEDIATION", "STATE_COMPLAINT",
        "DUE_PROCESS_HEARING", "EXPEDITED_HEARING");
  }
}
