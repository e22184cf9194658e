package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled workflow template under examples/workflows/ gives its expected report (text, in
 * examples/workflows/expected/) over the start dates of 2027, and the exit code its name says: 0 for a
 * lawful workflow, 1 for a broken one. Each report was read against the rules by hand; when a rule
 * changes on purpose, regenerate with {@code -Diepdr.updateGoldens=true} and read the diff.
 */
class WorkflowExamplesTest {

  static final Path WORKFLOWS = Path.of("workflows");
  static final Path EXPECTED = WORKFLOWS.resolve("expected");

  static Stream<Path> templates() throws IOException {
    try (Stream<Path> s = Files.list(WORKFLOWS)) {
      return s.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList().stream();
    }
  }

  static String base(Path template) {
    return template.getFileName().toString().replaceAll("\\.(ya?ml|json)$", "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void reportsAsExpected(Path template) throws IOException {
    Cli.Result r = Cli.run("conform", template.toString(), "--from", "2027-01-01", "--to", "2027-12-31");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).as(r.out()).isEqualTo(base(template).endsWith("-broken") ? 1 : 0);
    Path expected = EXPECTED.resolve(base(template) + ".txt");
    if (Boolean.getBoolean("iepdr.updateGoldens")) {
      Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void everyStateAndProcessHasALawfulAndABrokenWorkflow() throws IOException {
    List<String> names = templates().map(WorkflowExamplesTest::base).toList();
    for (String state : List.of("mo", "ms")) {
      for (String process : List.of("fiep", "mediation", "state-complaint", "due-process")) {
        for (String outcome : List.of("lawful", "broken")) {
          assertThat(names).as(state + "-" + process + "-" + outcome)
              .anyMatch(n -> n.equals(state + "-" + process + "-" + outcome));
        }
      }
    }
  }
}
