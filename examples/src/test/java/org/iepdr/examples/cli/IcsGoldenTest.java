package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check --ics} writes, for every bundled case, the bytes of its golden under
 * {@code src/test/resources/golden/ics/}. The goldens were written by the tool's own iCalendar writer
 * before it moved into {@code iepdr-json} ({@code IcsOutput}), so the move changed no byte.
 */
class IcsGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/ics");

  @TempDir
  Path tmp;

  static Stream<Path> cases() throws IOException {
    return GoldenCasesTest.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void checkIcsWritesTheGoldenBytes(Path file) throws IOException {
    String name = GoldenCasesTest.name(file);
    Path ics = tmp.resolve(name + ".ics");
    List<String> args = new ArrayList<>(GoldenCasesTest.args(file));
    args.add("--ics");
    args.add(ics.toString());
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    Path golden = GOLDEN.resolve(name + ".ics");
    if (Boolean.getBoolean("iepdr.updateGoldens")) {
      Files.copy(ics, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readAllBytes(ics)).as(name).isEqualTo(Files.readAllBytes(golden));
  }
}
