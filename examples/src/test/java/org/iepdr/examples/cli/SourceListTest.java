package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/sources.md} is the list the installed rules' citations generate. When this fails, run this
 * test with {@code -Diepdr.updateDocs=true} and read the diff before committing it.
 */
class SourceListTest {

  static final Path FILE = Path.of("../docs/sources.md");

  @Test
  void theSourceListUnderDocsIsNotStale() throws IOException {
    String generated = SourceList.markdown(Cli.BOOK);
    if (Boolean.getBoolean("iepdr.updateDocs")) {
      Files.writeString(FILE, generated);
    }
    assertThat(Files.exists(FILE)).as(FILE + " is missing; regenerate it (see this test's Javadoc)").isTrue();
    assertThat(Files.readString(FILE)).as(FILE + " is stale; regenerate it (see this test's Javadoc)")
        .isEqualTo(generated);
  }

  @Test
  void everyCitedDocumentIsListedWithItsAuthority() {
    String md = SourceList.markdown(Cli.BOOK);
    for (String code : Cli.BOOK.jurisdictions()) {
      Cli.BOOK.jurisdiction(code).rules().forEach(r -> r.descriptor().citations().forEach(c -> {
        assertThat(md).contains("| " + c.document().replace("|", "\\|"));
        assertThat(md).contains("`" + r.descriptor().id() + "` (");
      }));
    }
    assertThat(md).contains("| RSMo 162.959 <https://statutes.laws.com/missouri/t11/c162/162_959> | STATUTE |");
  }
}
