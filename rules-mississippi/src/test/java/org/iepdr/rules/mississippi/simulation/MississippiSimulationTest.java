package org.iepdr.rules.mississippi.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;
import static org.iepdr.core.process.DisputeProcess.STATE_COMPLAINT;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.simulation.ModelResult;
import org.iepdr.core.simulation.Pace;
import org.iepdr.core.simulation.Proportion;
import org.iepdr.core.simulation.Reforms;
import org.iepdr.core.simulation.SimulationModel;
import org.iepdr.core.simulation.SimulationRun;
import org.iepdr.core.simulation.Simulator;
import org.iepdr.core.simulation.Timeline;
import org.iepdr.rules.mississippi.MississippiModule;
import org.junit.jupiter.api.Test;

/** The simulation package run on Mississippi's rules: calibration on the 2015-16 report, lawful timelines. */
class MississippiSimulationTest {

  static final Simulator MS = Simulator.of(List.of(new IdeaModule(), new MississippiModule()), "MS");
  static final List<SimulationModel> MODELS = List.of(MS.model(MS.defaults()),
      MS.model(Reforms.byName(Reforms.FIEP_LEAD_TIME_5), MS.defaults()),
      MS.model(Reforms.byName(Reforms.NO_FACILITATION), MS.defaults()));

  /**
   * Checked by hand: complaint filed 2026-09-01; MDE forwards it within 3 business days (Friday 09-04;
   * Monday 09-07 is Labor Day); decision by 10-31 (60 days).
   */
  @Test
  void projectionOfAStateComplaint() {
    Timeline t = MS.project(LocalDate.of(2026, 9, 1), List.of(STATE_COMPLAINT), Pace.LATEST);
    assertThat(t.act(ProposedAct.STATE_COMPLAINT_FORWARDING).orElseThrow().latest()).contains(LocalDate.of(2026, 9, 4));
    assertThat(t.act(ProposedAct.STATE_COMPLAINT_DECISION).orElseThrow().latest()).contains(LocalDate.of(2026, 10, 31));
  }

  @Test
  void calibratedDefaultsReproduceTheMississippi2015To16Report() {
    ModelResult r = MS.run(SimulationRun.builder().disputes(200_000).seed(2016).threads(2).build()).baseline();
    long complaints = r.process(STATE_COMPLAINT).orElseThrow().reached().count();
    long mediations = r.process(MEDIATION).orElseThrow().reached().count();
    long dueProcess = r.process(RESOLUTION_MEETING).orElseThrow().reached().count();
    double all = complaints + mediations + dueProcess;
    assertThat(Proportion.wilson(61, 88).contains(complaints / all)).as("complaints %s", complaints / all).isTrue();
    assertThat(Proportion.wilson(15, 88).contains(mediations / all)).as("mediations %s", mediations / all).isTrue();
    assertThat(Proportion.wilson(12, 88).contains(dueProcess / all)).as("due process %s", dueProcess / all).isTrue();
    assertThat(Proportion.wilson(37, 61).contains(r.process(STATE_COMPLAINT).orElseThrow().held().estimate())).isTrue();
    assertThat(Proportion.wilson(25, 37).contains(r.process(STATE_COMPLAINT).orElseThrow().resolved().estimate()))
        .isTrue();
    assertThat(Proportion.wilson(10, 15).contains(r.process(MEDIATION).orElseThrow().held().estimate())).isTrue();
    assertThat(Proportion.wilson(7, 12).contains(r.process(RESOLUTION_MEETING).orElseThrow().held().estimate()))
        .isTrue();
    double adjudicated = (double) r.process(DUE_PROCESS_HEARING).orElseThrow().held().count() / dueProcess;
    assertThat(Proportion.wilson(0, 12).contains(adjudicated)).as("adjudicated %s", adjudicated).isTrue();
  }

  @Property
  void aSimulatedMississippiTimelineBreaksNoRuleOfItsOwnJurisdiction(@ForAll long seed,
      @ForAll @LongRange(min = 0, max = 1L << 40) long index) {
    for (SimulationModel m : MODELS) {
      Case c = m.toCase(seed, index);
      assertThat(m.jurisdiction().evaluate(c).findings()).as(m.name())
          .filteredOn(f -> f.kind() == FindingKind.VIOLATION).isEmpty();
    }
  }
}
