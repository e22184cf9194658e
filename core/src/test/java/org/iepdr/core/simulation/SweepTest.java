package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class SweepTest {

  static final Simulator US = SimulationTest.US;

  @Property(tries = 8)
  void aSweepPointEqualsASingleRunWithThatValue(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int which,
      @ForAll @IntRange(min = 0, max = 4) int point) {
    String path = List.of("processes.MEDIATION.resolved", "processes.STATE_COMPLAINT.held",
        "processes.DUE_PROCESS_HEARING.districtCost", "processes.IEP_MEETING.next.MEDIATION").get(which);
    Sweep sweep = switch (which) {
      case 2 -> new Sweep(path, 0, 20_000, 5_000);
      case 3 -> new Sweep(path, 0, 40, 10);
      default -> new Sweep(path, 0.5, 0.9, 0.1);
    };
    SimulationRun run = SimulationRun.builder().disputes(3_000).seed(seed).threads(2)
        .addReform(Reforms.byName(Reforms.NO_FACILITATION)).build();
    Sweep.Result result = US.sweep(run, sweep, done -> { });
    assertThat(result.points()).hasSize(5);
    double value = sweep.values().get(point);
    SimulationReport single = US.run(SimulationRun.builder().from(run)
        .parameters(ParameterPaths.withValue(US.defaults(), path, value)).build());
    assertThat(result.points().get(point).value()).isEqualTo(value);
    assertThat(result.points().get(point).report()).isEqualTo(single);
  }

  @Test
  void aReformParameterSweepSetsTheReformsValueAndBadTargetsAreRefused() {
    ReformDefinition med = new ReformDefinition("mediation-rate", "d", List.of(), List.of(),
        java.util.Map.of("processes.MEDIATION.resolved", 0.9), "");
    SimulationRun run = SimulationRun.builder().disputes(1_000).seed(4).addReform(med.toReform()).build();
    Sweep.Result r = US.sweep(run, Sweep.parse("reform.mediation-rate.processes.MEDIATION.resolved=0.5:0.7:0.2"),
        done -> { });
    SimulationReport single = US.run(SimulationRun.builder().from(run).reforms(List.of(new ReformDefinition(
        "mediation-rate", "d", List.of(), List.of(), java.util.Map.of("processes.MEDIATION.resolved", 0.7), "")
        .toReform())).build());
    assertThat(r.points().get(1).report()).isEqualTo(single);
    assertThatThrownBy(() -> US.sweep(SimulationRun.builder().disputes(10).seed(1).build(),
        Sweep.parse("reform.mediation-rate.lead-time=0:2:1"), done -> { }))
        .hasMessage("field 'sweep' was 'reform.mediation-rate.lead-time'; allowed: a reform of the run: none given");
    assertThatThrownBy(() -> US.sweep(run, Sweep.parse("reform.mediation-rate.lead-time=0:2:1"), done -> { }))
        .hasMessageContaining("a reform that replaces a rule by a lead time (this one has none)");
    assertThatThrownBy(() -> Sweep.parse("reform.x.lead-time=0:400:100")).hasMessage(
        "field 'lead-time' was 400; allowed: whole days from 0 to 365");
    assertThatThrownBy(() -> Sweep.parse("reform.x.lead-time=0:3:0.5")).hasMessageContaining("whole days");
    assertThatThrownBy(() -> Sweep.parse("reform.x=0:3:1")).hasMessageContaining("reform.NAME.lead-time");
    assertThatThrownBy(() -> US.sweep(SimulationRun.builder().disputes(10).seed(1)
        .addReform(Reforms.byName(Reforms.NO_FACILITATION)).build(),
        Sweep.parse("reform." + Reforms.NO_FACILITATION + ".lead-time=0:2:1"), done -> { }))
        .hasMessageContaining("a parameter of a reform defined as data");
  }

  @Test
  void valuesAreFromPlusKStepsUpToTheEndAndTheTextIsParsed() {
    Sweep s = Sweep.parse("processes.MEDIATION.resolved=0.5:0.9:0.1");
    assertThat(s).isEqualTo(new Sweep("processes.MEDIATION.resolved", 0.5, 0.9, 0.1));
    assertThat(s.values()).containsExactly(0.5, 0.6, 0.7, 0.8, 0.9);
    assertThat(new Sweep("horizonDays", 1, 10, 4).values()).containsExactly(1.0, 5.0, 9.0);
    assertThatThrownBy(() -> Sweep.parse("processes.MEDIATION.resolved=0.5:1.5:0.5"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("field 'processes.MEDIATION.resolved' was 1.5; allowed: a probability from 0 to 1");
    assertThatThrownBy(() -> Sweep.parse("processes.MEDIATION.resolvd=0:1:0.5"))
        .hasMessageContaining("'processes.MEDIATION.resolvd'");
    assertThatThrownBy(() -> Sweep.parse("x=1:2")).hasMessageContaining("PATH=FROM:TO:STEP");
    assertThatThrownBy(() -> Sweep.parse("horizonDays=1:3000:1")).hasMessageContaining("at most 1000 points");
    assertThatThrownBy(() -> Sweep.parse("horizonDays=10:1:1")).hasMessageContaining("at least from");
    assertThatThrownBy(() -> Sweep.parse("horizonDays=1:10:0")).hasMessageContaining("more than 0");
  }

  @Test
  void theCurveAndTheCsvNameTheParameterAndEveryPoint() {
    Sweep.Result r = US.sweep(SimulationRun.builder().disputes(2_000).seed(3).build(),
        new Sweep("processes.MEDIATION.resolved", 0.6, 0.8, 0.2), done -> { });
    assertThat(r.summary()).startsWith("US: sweep of processes.MEDIATION.resolved from 0.6 to 0.8 by 0.2 (2 points),"
        + " 2,000 disputes each, seed 3 (the same disputes and random numbers at every point)\n");
    List<String[]> rows = r.toCsvRecords();
    assertThat(rows).hasSize(2 * r.points().get(0).report().toCsvRecords().size());
    assertThat(rows.get(0)[0]).isEqualTo("processes.MEDIATION.resolved");
    assertThat(rows.get(0)[1]).isEqualTo("0.6");
    assertThat(rows.get(rows.size() - 1)[1]).isEqualTo("0.8");
    assertThat(Sweep.Result.CSV_HEADER.subList(0, 3)).containsExactly("sweep_parameter", "sweep_value", "state");
  }
}
