package org.iepdr.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A tiny run of the service's load test (the full one is benchmarks/run.sh's): the fat jar started on a
 * free port, a few hundred evaluations from 4 workers, every answer 200 and the same as the first for
 * its case, then a graceful stop. Skipped when the reactor has not packaged the service yet (the full
 * {@code mvn verify} packages service/ before benchmarks/).
 */
class ServiceLoadSmokeTest {

  static final Path JAR = Path.of("../service/target/iepdr-service.jar");

  @Test
  void aSmallLoadGetsEveryAnswerRightAndMeasuresIt() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(JAR), "no service jar at " + JAR + " (mvn package builds it)");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ServiceLoad.Result r = ServiceLoad.run(new ServiceLoad.Options(300, 100, 4, JAR, Path.of("../examples/cases"),
        "128m", null), new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals(0, r.errors(), "errors");
    assertEquals(300, r.latenciesNanos().length);
    assertTrue(r.latenciesNanos()[0] > 0, "every latency is measured");
    assertTrue(r.perSecond() > 0);
    assertTrue(r.percentileMillis(50) <= r.percentileMillis(99));
    assertTrue(r.heapAfterMiB() > 0 && r.heapMaxMiB() >= r.heapAfterMiB(), "heap " + r.heapAfterMiB() + " of "
        + r.heapMaxMiB());
    assertTrue(r.serverCpuMicros() > 0 && r.clientCpuMicros() > 0, "CPU per request " + r.serverCpuMicros() + " / "
        + r.clientCpuMicros());
    assertTrue(r.perSecondByCpuOn2Cores() > 0);
    String line = r.line("1.00,1.00,1.00");
    assertTrue(line.startsWith("SERVICE requests=300 workers=4 "), line);
    assertTrue(line.contains(" errors=0 "), line);
  }

  @Test
  void theCasesAreTheJsonFilesOfTheDirectory() throws Exception {
    assertTrue(ServiceLoad.cases(Path.of("../examples/cases")).size() >= 10);
  }
}
