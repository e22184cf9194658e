package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing grows faster than its input (issue 13), through the tool: {@code iepdr check} on a generated
 * file of 100,000 events (the reader's default limit), each a receipt of a request that is not in the
 * file sent by a person who is not, answers with its 200,000 problems, each located, and exit 2. 40,000
 * such events took 28 s in error location before it was made linear.
 *
 * <p>The bound is {@link #BUDGET}, 60 seconds, reading, locating and printing included (writing the
 * file is not). Measured on the 2-core development machine at a load average of about 5 (other builds
 * running): 8 seconds for the command in its own process, 17 seconds in this test (a cold JIT, the
 * 30 MB of messages written to memory), which is its cost in CI; the bound leaves a loaded CI machine
 * 3.5 times that, while the quadratic location fails it (about 28 s for 40,000 events, so minutes for
 * 100,000).
 */
class CheckSizeTest {

  private static final Duration BUDGET = Duration.ofSeconds(60);
  private static final int N = 100_000;

  @Test
  void checkLocatesTheProblemsOfOneHundredThousandEventsWithBadReferences(@TempDir Path tmp) throws IOException {
    StringBuilder sb = new StringBuilder(130 * N).append("{\"id\":\"big\",\"state\":\"MO\",\"district\":\"D\",")
        .append("\"student\":{\"id\":\"s\"},\"parties\":[{\"id\":\"parent\",\"role\":\"PARENT\"},")
        .append("{\"id\":\"lea\",\"role\":\"LEA\"}],\"events\":[\n");
    Instant t0 = Instant.parse("2026-01-05T16:00:00Z");
    for (int i = 0; i < N; i++) {
      sb.append(i == 0 ? "" : ",\n").append("{\"type\":\"receipt\",\"id\":\"rc").append(i).append("\",\"at\":\"")
          .append(t0.plusSeconds(60L * i)).append("\",\"request\":\"nope").append(i)
          .append("\",\"recipient\":\"LEA\",\"sentBy\":\"ghost").append(i).append("\"}");
    }
    Path f = tmp.resolve("big.json");
    Files.writeString(f, sb.append("\n]}\n"));
    Cli.Result r = assertTimeoutPreemptively(BUDGET, () -> Cli.run("check", f.toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("iepdr check: " + 2 * N + " problems in the case file:")
        .contains("big.json:2:", "$.events[0].request: event 'rc0': request: 'nope0' is not an event of the case",
            "big.json:" + (N + 1) + ":", "$.events[" + (N - 1) + "].sentBy: event 'rc" + (N - 1) + "'")
        .doesNotContain("internal error");
  }
}
