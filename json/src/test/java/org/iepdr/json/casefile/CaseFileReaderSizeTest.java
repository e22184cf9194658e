package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Nothing grows faster than its input (issue 13), through the reader: locating the core's problems in
 * the file (40,000 events with a bad reference took 28 s, each problem searched every event) and setting
 * aside the problems that follow from a value already refused are linear in the file plus the problems.
 * Each case file here has 100,000 events (the default limit) or one array of 100,000 elements, and
 * 100,000 to 200,000 problems.
 *
 * <p>The bound is {@link #BUDGET}, 60 seconds per file, reading and locating included (building the
 * text is not). Measured on the 2-core development machine: at a load average of about 3, 2 to 5 seconds
 * per file; at about 5 (other builds running), 2 to 13 seconds, about 22 seconds for the class, which is
 * its cost in CI. The bound leaves a loaded CI machine 4.5 times the slowest measured file, while the
 * quadratic search fails it (before the fix, 10,000 events with bad references took 5 s and 20,000 events
 * with references to refused requests 24 s: 25 times that for 100,000).
 */
class CaseFileReaderSizeTest {

  private static final Duration BUDGET = Duration.ofSeconds(60);
  private static final int N = 100_000;

  /** The i-th instant: one a minute from 5 January 2026. */
  private static String at(int i) {
    return Instant.parse("2026-01-05T10:00:00Z").plusSeconds(60L * i).toString();
  }

  private static String events(int n, IntFunction<String> event) {
    StringBuilder sb = new StringBuilder(130 * n);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(event.apply(i));
    }
    return CaseFileReaderTest.minimal(sb.toString());
  }

  private static String receipt(int i, String request) {
    return "{\"type\":\"receipt\",\"id\":\"rc" + i + "\",\"at\":\"" + at(i) + "\",\"request\":\"" + request
        + "\",\"recipient\":\"LEA\",\"sentBy\":\"ghost" + i + "\"}";
  }

  /**
   * A case file of 100,000 receipts, each of a request that is not in the file and sent by a person who
   * is not: the same text {@code iepdr check} reads (its test in the tool's module runs the command on it).
   *
   * @return the file's text
   */
  static String badReferences() {
    return events(N, i -> receipt(i, "nope" + i));
  }

  @Test
  void oneHundredThousandEventsWithBadReferencesAreLocated() {
    String json = badReferences();
    CaseFileException e = assertTimeoutPreemptively(BUDGET,
        () -> CaseFileReaderHostileTest.failure(CaseFileReaderTest.READER, json));
    List<CaseFileProblem> ps = e.problems();
    assertThat(ps).hasSize(2 * N);
    assertThat(ps.get(0).path()).isEqualTo("$.events[0].request");
    assertThat(ps.get(0).message()).isEqualTo("event 'rc0': request: 'nope0' is not an event of the case");
    assertThat(ps.get(2 * N - 1).path()).isEqualTo("$.events[" + (N - 1) + "].sentBy");
    assertThat(ps.get(2 * N - 1).message()).startsWith("event 'rc" + (N - 1) + "': sentBy: 'ghost" + (N - 1) + "' is not");
    // in the order of the file, each at its own line and column
    assertThat(ps.get(2 * N - 1).column()).isGreaterThan(ps.get(2 * N - 2).column());
  }

  @Test
  void oneHundredThousandReferencesToRefusedRequestsAddNothing() {
    // 50,000 requests of an unknown kind (each refused by the reader), each received once: the core's
    // "'rqi' is not an event" follows from the refusal and is not reported again
    String json = events(N, i -> i % 2 == 0
        ? "{\"type\":\"request\",\"id\":\"rq" + i + "\",\"at\":\"" + at(i) + "\",\"kind\":\"NONSENSE\",\"filedBy\":\"parent\"}"
        : receipt(i, "rq" + (i - 1)));
    CaseFileException e = assertTimeoutPreemptively(BUDGET,
        () -> CaseFileReaderHostileTest.failure(CaseFileReaderTest.READER, json));
    List<CaseFileProblem> ps = e.problems();
    assertThat(ps).hasSize(N);
    assertThat(ps).filteredOn(p -> p.path().endsWith(".kind")).hasSize(N / 2);
    assertThat(ps).filteredOn(p -> p.path().endsWith(".sentBy")).hasSize(N / 2);
    assertThat(ps).noneMatch(p -> p.path().endsWith(".request"));
  }

  @Test
  void oneMeetingWithOneHundredThousandUnknownAttendees() {
    StringBuilder attendees = new StringBuilder();
    for (int i = 0; i < N; i++) {
      attendees.append(i == 0 ? "" : ",").append("\"ghost").append(i).append('"');
    }
    String json = CaseFileReaderTest.minimal("{\"type\":\"meeting\",\"id\":\"m\",\"at\":\"" + at(0)
        + "\",\"kind\":\"IEP\",\"attendees\":[" + attendees + "]}");
    CaseFileException e = assertTimeoutPreemptively(BUDGET,
        () -> CaseFileReaderHostileTest.failure(CaseFileReaderTest.READER, json));
    assertThat(e.problems()).hasSize(N);
    assertThat(e.problems().get(N - 1).path()).isEqualTo("$.events[0].attendees[" + (N - 1) + "]");
  }
}
