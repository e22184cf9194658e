package org.iepdr.rules.missouri.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.FACILITATED_IEP;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.simulation.Pace;
import org.iepdr.core.simulation.ProcessResult;
import org.iepdr.core.simulation.Proportion;
import org.iepdr.core.simulation.Reform;
import org.iepdr.core.simulation.Reforms;
import org.iepdr.core.simulation.SimulationModel;
import org.iepdr.core.simulation.SimulationReport;
import org.iepdr.core.simulation.SimulationRun;
import org.iepdr.core.simulation.Simulator;
import org.iepdr.core.simulation.Timeline;
import org.iepdr.rules.missouri.MissouriModule;
import org.junit.jupiter.api.Test;

/** The simulation package run on Missouri's rules: projection, calibration, reforms, lawful timelines. */
class MissouriSimulationTest {

  static final Simulator MO = Simulator.of(List.of(new IdeaModule(), new MissouriModule()), "MO");
  static final List<Reform> REFORMS = Reforms.names().stream().map(Reforms::byName).toList();
  static final List<SimulationModel> MODELS = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(MO.model(MO.defaults())), REFORMS.stream().map(r -> MO.model(r, MO.defaults())))
      .toList();

  /**
   * Checked by hand: request reaches DESE 2026-09-01; FIEP no earlier than 10 days later, 09-11; mediation
   * agreed and mediator chosen that day: session by 09-26 (15 days; a Saturday, which RSMo 1.040 keeps),
   * completed by 10-12 (30 days reach Sunday 10-11, which RSMo 1.040 excludes); due process complaint
   * 10-12: resolution meeting by 10-27 (15 days, federal: no roll), the 30-day resolution period ends
   * 11-11 so the hearing may start 11-12, and the decision is due 45 days after 11-11: 12-26.
   */
  @Test
  void projectionFromAFacilitationRequestToTheLatestHearingDecision() {
    Timeline t = MO.project(LocalDate.of(2026, 9, 1),
        List.of(FACILITATED_IEP, MEDIATION, RESOLUTION_MEETING, DUE_PROCESS_HEARING), Pace.LATEST);
    assertThat(t.act(ProposedAct.FACILITATED_IEP_MEETING).orElseThrow().earliest()).contains(LocalDate.of(2026, 9, 11));
    assertThat(t.act(ProposedAct.FACILITATED_IEP_MEETING).orElseThrow().on()).isEqualTo(LocalDate.of(2026, 9, 11));
    assertThat(t.act(ProposedAct.MEDIATION_SESSION).orElseThrow().latest()).contains(LocalDate.of(2026, 9, 26));
    assertThat(t.act(ProposedAct.MEDIATION_COMPLETION).orElseThrow().latest()).contains(LocalDate.of(2026, 10, 12));
    assertThat(t.act(ProposedAct.RESOLUTION_MEETING).orElseThrow().trigger()).isEqualTo(LocalDate.of(2026, 10, 12));
    assertThat(t.act(ProposedAct.RESOLUTION_MEETING).orElseThrow().latest()).contains(LocalDate.of(2026, 10, 27));
    assertThat(t.act(ProposedAct.DUE_PROCESS_HEARING).orElseThrow().earliest()).contains(LocalDate.of(2026, 11, 12));
    assertThat(t.act(ProposedAct.HEARING_DECISION).orElseThrow().latest()).contains(LocalDate.of(2026, 12, 26));
    assertThat(t.end()).isEqualTo(LocalDate.of(2026, 12, 26));
  }

  @Test
  void theFiveDayReformReplacesTheLeadTimeRuleAndMovesTheProjection() {
    var reformed = MO.jurisdiction(Reforms.byName(Reforms.FIEP_LEAD_TIME_5));
    assertThat(reformed.rule(RuleId.of("MO.FIEP.LEAD_TIME"))).isEmpty();
    assertThat(reformed.rule(RuleId.of("REFORM.MO.FIEP.LEAD_TIME.CALENDAR_5"))).isPresent();
    assertThat(reformed.plan(ProposedAct.FACILITATED_IEP_MEETING, LocalDate.of(2026, 9, 1)).earliest())
        .contains(LocalDate.of(2026, 9, 6));
    assertThat(MO.jurisdiction(Reforms.byName(Reforms.MEDIATION_ATTORNEYS)).rule(RuleId.of("MO.MEDIATION.NO_ATTORNEYS")))
        .isEmpty();
    assertThat(MO.model(Reforms.byName(Reforms.NO_FACILITATION), MO.defaults()).nextFrom(
        org.iepdr.core.process.DisputeProcess.IEP_MEETING)).doesNotContain(FACILITATED_IEP).contains(MEDIATION);
  }

  @Test
  void calibratedDefaultsReproduceThePublishedMissouriFigures() {
    SimulationReport r = MO.run(SimulationRun.builder().disputes(200_000).seed(2026).threads(2).build());
    ProcessResult fiep = r.baseline().process(FACILITATED_IEP).orElseThrow();
    double consensus = fiep.resolved().estimate() + fiep.partly().estimate();
    assertThat(Proportion.wilson(83, 86).contains(consensus)).as("FIEP consensus %s", consensus).isTrue();
    ProcessResult mediation = r.baseline().process(MEDIATION).orElseThrow();
    assertThat(mediation.resolved().lower()).isLessThan(0.84);
    assertThat(mediation.resolved().upper()).isGreaterThan(0.84);
    ProcessResult hearing = r.baseline().process(DUE_PROCESS_HEARING).orElseThrow();
    assertThat((double) hearing.totalCost() / hearing.held().count()).isEqualTo(16_000.0);
  }

  @Property
  void aSimulatedMissouriTimelineBreaksNoRuleOfItsOwnJurisdiction(@ForAll long seed,
      @ForAll @LongRange(min = 0, max = 1L << 40) long index) {
    for (SimulationModel m : MODELS) {
      Case c = m.toCase(seed, index);
      assertThat(m.jurisdiction().evaluate(c).findings()).as(m.name())
          .filteredOn(f -> f.kind() == FindingKind.VIOLATION).isEmpty();
    }
  }
}
