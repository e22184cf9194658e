package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's answers through {@code check}: exit 2 with a specific message, never an internal error. */
class CaseFileEdgesTest {

  static String bundled() throws IOException {
    return Files.readString(Path.of("cases/mo-fiep-on-time.json"));
  }

  @Test
  void aSentAtAtTheEdgeOfJavaTimeIsBadInputNamingTheField(@TempDir Path tmp) throws IOException {
    String text = bundled().replaceFirst("\"events\"\\s*:\\s*\\[", "\"events\": [{\"type\": \"meeting\", \"id\": \"edge\","
        + " \"at\": \"2026-03-02T10:00Z\", \"kind\": \"IEP\", \"documents\": [{\"kind\": \"AGENDA\","
        + " \"sentAt\": \"-999999999-01-01T00:00Z\"}]},");
    Path f = tmp.resolve("edge.json");
    Files.writeString(f, text);
    Cli.Result r = Cli.run("check", f.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("$.events[0].documents[0].sentAt", "outside the years 0001 to 9999")
        .doesNotContain("internal error");
  }

  @Test
  void aFileWithAByteOrderMarkIsRead(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("bom.json");
    Files.write(f, ("\uFEFF" + bundled()).getBytes(StandardCharsets.UTF_8));
    assertThat(Cli.run("check", f.toString()).code()).isIn(0, 1);
  }

  @Test
  void aFileWithAByteThatIsNotUtf8IsBadInputWithItsLine(@TempDir Path tmp) throws IOException {
    byte[] bytes = bundled().replaceFirst("\"district\"\\s*:\\s*\"", "\"district\": \"\u00e9").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if ((bytes[i] & 0xff) == 0xC3) {
        bytes[i] = (byte) 0xFF;
        break;
      }
    }
    Path f = tmp.resolve("latin.json");
    Files.write(f, bytes);
    Cli.Result r = Cli.run("check", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).containsPattern("latin\\.json:\\d+:\\d+: \\$: invalid UTF-8");
  }
}
