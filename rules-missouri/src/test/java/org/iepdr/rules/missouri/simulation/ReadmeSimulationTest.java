package org.iepdr.rules.missouri.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.FACILITATED_IEP;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.iepdr.core.simulation.Pace;
import org.iepdr.core.simulation.Reforms;
import org.iepdr.core.simulation.SimulationReport;
import org.iepdr.core.simulation.SimulationRun;
import org.iepdr.core.simulation.Simulator;
import org.iepdr.core.simulation.Timeline;
import org.junit.jupiter.api.Test;

/** The README's simulation example, run as printed there (between the markers). */
class ReadmeSimulationTest {

  @Test
  void theReadmeSimulationExampleRuns() throws IOException {
    StringBuilder out = new StringBuilder();
    // README-SIMULATION-START
    Simulator mo = Simulator.load("MO");
    Timeline t = mo.project(LocalDate.of(2026, 9, 1),
        List.of(FACILITATED_IEP, MEDIATION, RESOLUTION_MEETING, DUE_PROCESS_HEARING), Pace.LATEST);
    out.append(t.describe());   // ... the latest hearing decision: 2026-12-26
    SimulationReport r = mo.run(SimulationRun.builder().disputes(1_000_000).seed(42).threads(2)
        .addReform(Reforms.byName("fiep-lead-time-5")).build());
    out.append(r.summary());
    // README-SIMULATION-END
    assertThat(t.end()).isEqualTo(LocalDate.of(2026, 12, 26));
    assertThat(out.toString()).contains("2026-12-26").contains("fiep-lead-time-5");
    String source = Files.readString(Paths.get(
        "src/test/java/org/iepdr/rules/missouri/simulation/ReadmeSimulationTest.java"), StandardCharsets.UTF_8);
    String snippet = source.substring(source.indexOf('\n', source.indexOf("// README-SIMULATION-START")) + 1,
        source.indexOf("    // README-SIMULATION-END"));
    assertThat(strip(Files.readString(Paths.get("../README.md"), StandardCharsets.UTF_8))).contains(strip(snippet));
  }

  private static String strip(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
