package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the ladders the installed modules produce and name files that exist. */
class ReadmeSectionsTest {

  static final Path SECTIONS = Path.of("../README.md");

  @Test
  void theMermaidLaddersAreTheGeneratedOnes() throws IOException {
    String text = Files.readString(SECTIONS);
    for (String state : new String[] {"MO", "MS"}) {
      String mermaid = Cli.run("ladder", "--state", state, "--format", "mermaid").out();
      assertThat(text).as("the " + state + " ladder in " + SECTIONS).contains("```mermaid\n" + mermaid + "```");
    }
  }

  @Test
  void theFirstCommandsCaseExistsAndEvaluates() throws IOException {
    String text = Files.readString(SECTIONS);
    String file = "examples/cases/ms-complaint-verified-late.json";
    assertThat(text).contains("java -jar examples/target/iepdr.jar check " + file);
    Cli.Result r = Cli.run("check", "../" + file);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("VIOLATION  MS.STATE_COMPLAINT.DECISION_FROM_FILING");
  }
}
