package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs with parameter draws per replicate: both intervals, reproducible, and nothing changed when off. */
class ReplicatesTest {

  static final Simulator US = SimulationTest.US;
  static final ParameterUncertainty UNCERTAINTY = new ParameterUncertainty(Map.of(
      "processes.STATE_COMPLAINT.held", ParameterDistribution.beta(37, 61, 1.0, ""),
      "processes.MEDIATION.resolved", ParameterDistribution.uniform(0.74, 0.94)));

  @Test
  void withoutReplicatesTheUncertaintyChangesNothing() {
    SimulationRun plain = SimulationRun.builder().disputes(20_000).seed(5).build();
    SimulationReport a = US.run(plain);
    SimulationReport b = US.run(SimulationRun.builder().from(plain).uncertainty(UNCERTAINTY).build());
    assertThat(b).isEqualTo(a);
    assertThat(a.withParameters()).isEmpty();
    assertThat(a.toCsvRecords().get(0)[11]).isEmpty();
  }

  @Test
  void replicatesWidenTheIntervalAndDoNotDependOnTheThreads() {
    SimulationRun run = SimulationRun.builder().disputes(20_000).seed(5).uncertainty(UNCERTAINTY).replicates(40)
        .threads(1).build();
    SimulationReport one = US.run(run);
    SimulationReport two = US.run(SimulationRun.builder().from(run).threads(2).build());
    assertThat(two).isEqualTo(one);
    // the point estimates are those of the run without replicates
    SimulationReport plain = US.run(SimulationRun.builder().disputes(20_000).seed(5).build());
    assertThat(one.models()).isEqualTo(plain.models());
    Proportion held = one.baseline().process(org.iepdr.core.process.DisputeProcess.STATE_COMPLAINT).orElseThrow()
        .held();
    Interval withParameters = one.withParameters("baseline", "STATE_COMPLAINT", "held").orElseThrow();
    // Beta(38, 25) has a standard deviation near 0.061: its 95% interval is far wider than the noise's
    assertThat(withParameters.upper() - withParameters.lower()).isGreaterThan(3 * (held.upper() - held.lower()));
    assertThat(withParameters.contains(held.estimate())).isTrue();
    assertThat(one.summary()).contains("{a-b} 95% including parameter uncertainty (40 parameter draws");
    String[] row = one.toCsvRecords().stream().filter(r -> r[6].equals("STATE_COMPLAINT") && r[7].equals("held"))
        .findFirst().orElseThrow();
    assertThat(Double.parseDouble(row[11])).isCloseTo(withParameters.lower(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(row[4]).isEqualTo("40");
  }
}
