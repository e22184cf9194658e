package org.iepdr.json.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.simulation.ProcessResult;
import org.iepdr.core.simulation.ReformDefinition;
import org.iepdr.core.simulation.SimulationReport;
import org.iepdr.core.simulation.SimulationRun;
import org.iepdr.core.simulation.Simulator;
import org.iepdr.core.simulation.Sweep;
import org.iepdr.core.time.DayPeriod;
import org.junit.jupiter.api.Test;

/** Sweeping a reform's rule parameter: the bundled FIEP lead-time reform on Missouri and Mississippi. */
class ReformSweepTest {

  private static final Simulator MO = Simulator.load("MO");
  private static final Simulator MS = Simulator.load("MS");

  /** The bundled reform with its lead time set by hand (not through {@code at}). */
  private static ReformDefinition withLeadTime(int days) {
    ReformDefinition r = ReformFile.bundled("fiep-lead-time-5");
    return new ReformDefinition(r.name(), r.description(), r.ruleChanges().stream()
        .map(c -> new ReformDefinition.RuleChange(c.state(), c.rule(), java.util.Optional.of(DayPeriod.calendarDays(days))))
        .toList(), r.removedProcesses(), r.parameterChanges(), r.parameterNote());
  }

  @Property(tries = 6)
  void aLeadTimeSweepPointEqualsASingleRunWithThatLeadTime(@ForAll long seed, @ForAll boolean missouri,
      @ForAll @IntRange(min = 0, max = 4) int point) {
    Simulator sim = missouri ? MO : MS;
    Sweep sweep = Sweep.parse("reform.fiep-lead-time-5.lead-time=0:20:5");
    SimulationRun run = SimulationRun.builder().disputes(3_000).seed(seed).threads(2)
        .addReform(ReformFile.bundled("fiep-lead-time-5").toReform()).build();
    Sweep.Result result = sim.sweep(run, sweep, done -> { });
    assertThat(result.points()).hasSize(5);
    int days = (int) (double) sweep.values().get(point);
    SimulationReport single = sim.run(SimulationRun.builder().from(run).reforms(List.of(withLeadTime(days).toReform()))
        .build());
    assertThat(result.points().get(point).value()).isEqualTo(days);
    assertThat(result.points().get(point).report()).isEqualTo(single);
    // common random numbers: the baseline is the same at every point
    assertThat(result.points().get(point).report().models().get(0))
        .isEqualTo(result.points().get(0).report().models().get(0));
  }

  @Test
  void aLongerLeadTimeDelaysTheFacilitatedMeetingAndTheCurveSaysWhatReachedDueProcess() {
    Sweep.Result r = MO.sweep(SimulationRun.builder().disputes(20_000).seed(3).threads(2)
        .addReform(ReformFile.bundled("fiep-lead-time-5").toReform()).build(),
        Sweep.parse("reform.fiep-lead-time-5.lead-time=0:20:10"), done -> { });
    double[] days = new double[3];
    for (int k = 0; k < 3; k++) {
      ProcessResult fiep = r.points().get(k).report().models().get(1).processes().stream()
          .filter(p -> p.process() == DisputeProcess.FACILITATED_IEP).findFirst().orElseThrow();
      days[k] = fiep.meanDays();
    }
    assertThat(days[1]).isGreaterThan(days[0]);
    assertThat(days[2]).isGreaterThan(days[1]);
    assertThat(r.summary()).startsWith("MO: sweep of reform.fiep-lead-time-5.lead-time from 0 to 20 by 10 (3 points)")
        .contains("reached due process", "\n10           fiep-lead-time-5 ");
  }
}
