package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user's clone has only the repository: no main source, resource, document, bundled case output or README
 * line names a file the user does not have (the project's seed documents, its {@code shared/} folder or its
 * research notes). Sources are cited by their public title, publisher and address instead.
 */
class NoPrivateSourcesTest {

  static final Path ROOT = Path.of("..");

  static final Pattern PRIVATE = Pattern.compile(
      "law-facts|research notes|shared/|\\b00[0-4]_[0-9a-f]{6,}|\\bseeds? `?00[0-4]|\\bseed files?\\b"
          + "|\\bseed (texts?|documents?)\\b",
      Pattern.CASE_INSENSITIVE);

  static List<Path> scanned() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    files.add(ROOT.resolve("CHANGELOG.md"));
    for (String dir : List.of("docs", "examples/cases", "core/src/main", "rules-missouri/src/main",
        "rules-mississippi/src/main", "json/src/main", "examples-district/src/main", "examples/src/main",
        "benchmarks/src/main")) {
      try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
        s.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void noMainFileNamesASeedFileSharedOrTheResearchNotes() throws IOException {
    List<String> hits = new ArrayList<>();
    List<Path> files = scanned();
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (MalformedInputException binary) {
        continue;
      }
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = PRIVATE.matcher(lines[i]);
        if (m.find()) {
          hits.add(ROOT.relativize(f) + ":" + (i + 1) + ": " + m.group());
        }
      }
    }
    assertThat(files).hasSizeGreaterThan(100);
    assertThat(hits).isEmpty();
  }

  @Test
  void thePatternCatchesWhatItIsFor() {
    for (String bad : List.of("seed `000_...`", "(seed 002; 34 CFR 300.510)", "law-facts M5",
        "003_951cc2b96321038a.txt", "see shared/RULES.md", "seeds `000`, `003`", "the seed file",
        "the project's research notes")) {
      assertThat(PRIVATE.matcher(bad).find()).as(bad).isTrue();
    }
    for (String fine : List.of("--seed 42", "the same seed gives bit-identical results", "a seeded population",
        "seed 9, 40 parameter draws")) {
      assertThat(PRIVATE.matcher(fine).find()).as(fine).isFalse();
    }
  }
}
