package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.iepdr.core.rules.Jurisdiction;
import org.junit.jupiter.api.Test;

/**
 * The Markdown rule catalogues kept under docs/rules/ are the ones the installed rules generate.
 *
 * <p>When this fails, regenerate: {@code mvn -B -ntp -q package -DskipTests && for s in $(ls docs/rules |
 * sed 's/.md//'); do java -cp examples/target/iepdr.jar:examples-district/target/iepdr-example-district.jar
 * org.iepdr.examples.cli.IepdrCommand rules --state $s --format markdown > docs/rules/$s.md; done} (the
 * example district module {@code XM} is on this test's class path, not in the tool), or run this test with
 * {@code -Diepdr.updateDocs=true}.
 */
class RuleCatalogueTest {

  static final Path DOCS = Path.of("../docs/rules");

  @Test
  void theCataloguesUnderDocsAreNotStale() throws IOException {
    boolean update = Boolean.getBoolean("iepdr.updateDocs");
    Files.createDirectories(DOCS);
    Set<String> expectedFiles = new TreeSet<>();
    for (String code : Cli.BOOK.jurisdictions()) {
      Jurisdiction j = Cli.BOOK.jurisdiction(code);
      String generated = RuleCatalogue.render(RuleCatalogue.Format.MARKDOWN, j, j.rules());
      Path file = DOCS.resolve(code + ".md");
      expectedFiles.add(code + ".md");
      if (update) {
        Files.writeString(file, generated);
      }
      assertThat(Files.exists(file)).as(file + " is missing; regenerate it (see this test's Javadoc)").isTrue();
      assertThat(Files.readString(file)).as(file + " is stale; regenerate it (see this test's Javadoc)")
          .isEqualTo(generated);
    }
    Set<String> present = new TreeSet<>();
    try (Stream<Path> s = Files.list(DOCS)) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).forEach(present::add);
    }
    present.remove("README.md");
    assertThat(present).as("catalogues of jurisdictions that are no longer installed").isEqualTo(expectedFiles);
  }

  @Test
  void theCatalogueListsEveryRuleWithItsQuotedSentence() {
    for (String code : Cli.BOOK.jurisdictions()) {
      Jurisdiction j = Cli.BOOK.jurisdiction(code);
      String md = RuleCatalogue.render(RuleCatalogue.Format.MARKDOWN, j, j.rules());
      j.rules().forEach(r -> {
        assertThat(md).contains("## " + r.descriptor().id());
        r.descriptor().citations().forEach(c -> assertThat(md).contains("> " + c.quote().replace("\n", " ")));
      });
    }
  }
}
