package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README shows exactly the example code that {@link MissouriModuleTest} compiles and runs. */
class ReadmeSnippetTest {

  @Test
  void theReadmeShowsTheCodeTheTestRuns() throws IOException {
    String source = Files.readString(Paths.get("src/test/java/org/iepdr/rules/missouri/MissouriModuleTest.java"), StandardCharsets.UTF_8);
    int begin = source.indexOf('\n', source.indexOf("// --- README snippet (begin) ---")) + 1;
    String snippet = source.substring(begin, source.indexOf("    // --- README snippet (end) ---"));
    String readme = Files.readString(Paths.get("../README.md"), StandardCharsets.UTF_8);
    assertThat(strip(snippet)).isNotBlank();
    assertThat(strip(readme)).contains(strip(snippet));
  }

  private static String strip(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
