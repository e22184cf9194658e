package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;
import static org.iepdr.core.process.DisputeProcess.STATE_COMPLAINT;
import static org.iepdr.core.simulation.SimulationWalkTest.p;

import java.util.Map;
import org.iepdr.core.process.DisputeProcess;
import org.junit.jupiter.api.Test;

/**
 * Pins the population counters: what {@link Tally#record} counts for one walk (reached, held, resolved,
 * partly, cost, days per process; the dispute's outcome, time to its end and to its resolution, cost
 * and squared cost), that tallies merge by addition, and how {@link Simulator#result} turns a tally into
 * shares, costs per dispute and mean days.
 */
class TallyTest {

  private static final int MED = 2;
  private static final int SC = 3;
  private static final int RES = 4;
  private static final int HEAR = 5;

  /** A model whose processes cost 100 (mediation), 250 (state complaint), 40 (resolution), 16,000 (hearing). */
  private static SimulationModel costly() {
    Map<DisputeProcess, ProcessParameters> ps = SimulationWalkTest.start(MEDIATION, 1);
    ps.put(MEDIATION, p().districtCost(100).build());
    ps.put(STATE_COMPLAINT, p().districtCost(250).build());
    ps.put(RESOLUTION_MEETING, p().districtCost(40).build());
    ps.put(DUE_PROCESS_HEARING, p().districtCost(16_000).build());
    return SimulationWalkTest.model(SimulationWalkTest.fixedRules(), ps);
  }

  /** Mediation 0-7 partly (held), state complaint 7-17 withdrawn, resolution meeting 17-30 resolved. */
  private static final int[] RESOLVED_AFTER_THREE = {
      MED, 0, 7, 1 | SimulationModel.HELD,
      SC, 7, 17, 2,
      RES, 17, 30, 0 | SimulationModel.HELD};

  /** Resolution meeting 0-15 unsettled (held), hearing 15-40 held with nothing resolved. */
  private static final int[] UNRESOLVED_HEARING = {
      RES, 0, 15, 2 | SimulationModel.HELD,
      HEAR, 15, 40, 2 | SimulationModel.HELD};

  @Test
  void oneWalkIsCountedProcessByProcess() {
    SimulationModel m = costly();
    Tally t = new Tally(30);
    long[] out = new long[3];
    t.record(m, RESOLVED_AFTER_THREE, 3, out);
    assertThat(t.disputes).isEqualTo(1);
    assertThat(t.reached).containsExactly(0, 0, 1, 1, 1, 0);
    assertThat(t.held).containsExactly(0, 0, 1, 0, 1, 0);
    assertThat(t.resolved).containsExactly(0, 0, 0, 0, 1, 0);
    assertThat(t.partly).containsExactly(0, 0, 1, 0, 0, 0);
    // the withdrawn complaint costs nothing
    assertThat(t.cost).containsExactly(0, 0, 100, 0, 40, 0);
    assertThat(t.days).containsExactly(0, 0, 7, 10, 13, 0);
    assertThat(t.outcomes).containsExactly(1, 0, 0);
    // day 30 is the last bin of a tally for walks of at most 30 days
    assertThat(t.timeToEnd).hasSize(31);
    assertThat(t.timeToEnd[30]).isEqualTo(1);
    assertThat(t.timeToResolution[30]).isEqualTo(1);
    assertThat(t.costSum).isEqualTo(140);
    assertThat(t.costSquares).isEqualTo(140 * 140);
    // packed for pairing: outcome RESOLVED, day 30, cost 140
    assertThat(out).containsExactly(0, 30, 140);
  }

  @Test
  void anUnresolvedDisputeCountsTowardsTheEndButNotTheResolution() {
    SimulationModel m = costly();
    Tally t = new Tally(m.maxDay);
    long[] out = new long[3];
    t.record(m, UNRESOLVED_HEARING, 2, out);
    assertThat(t.held).containsExactly(0, 0, 0, 0, 1, 1);
    // held, nothing resolved: neither resolved nor partly
    assertThat(t.resolved).containsOnly(0L);
    assertThat(t.partly).containsOnly(0L);
    assertThat(t.outcomes).containsExactly(0, 0, 1);
    assertThat(t.timeToEnd[40]).isEqualTo(1);
    assertThat(t.timeToResolution).containsOnly(0L);
    assertThat(t.costSum).isEqualTo(16_040);
    assertThat(t.costSquares).isEqualTo(16_040L * 16_040L);
    assertThat(out).containsExactly(2, 40, 16_040);
  }

  @Test
  void aWalkWithNoVisitsIsANotResolvedDisputeOfZeroDays() {
    Tally t = new Tally(10);
    long[] out = new long[3];
    t.record(costly(), new int[SimulationModel.scratchSize()], 0, out);
    assertThat(t.disputes).isEqualTo(1);
    assertThat(t.outcomes).containsExactly(0, 0, 1);
    assertThat(t.timeToEnd[0]).isEqualTo(1);
    assertThat(out).containsExactly(2, 0, 0);
  }

  @Test
  void talliesMergeByAddingEveryCounter() {
    SimulationModel m = costly();
    long[] out = new long[3];
    Tally a = new Tally(m.maxDay);
    a.record(m, RESOLVED_AFTER_THREE, 3, out);
    Tally b = new Tally(m.maxDay);
    b.record(m, UNRESOLVED_HEARING, 2, out);
    b.record(m, RESOLVED_AFTER_THREE, 3, out);
    a.add(b);
    assertThat(a.disputes).isEqualTo(3);
    assertThat(a.outcomes).containsExactly(2, 0, 1);
    assertThat(a.reached).containsExactly(0, 0, 2, 2, 3, 1);
    assertThat(a.held).containsExactly(0, 0, 2, 0, 3, 1);
    assertThat(a.resolved).containsExactly(0, 0, 0, 0, 2, 0);
    assertThat(a.partly).containsExactly(0, 0, 2, 0, 0, 0);
    assertThat(a.cost).containsExactly(0, 0, 200, 0, 120, 16_000);
    assertThat(a.days).containsExactly(0, 0, 14, 20, 41, 25);
    assertThat(a.costSum).isEqualTo(140 + 16_040 + 140);
    assertThat(a.costSquares).isEqualTo(2 * 140 * 140 + 16_040L * 16_040L);
    assertThat(a.timeToEnd[30]).isEqualTo(2);
    assertThat(a.timeToEnd[40]).isEqualTo(1);
    assertThat(a.timeToResolution[30]).isEqualTo(2);
    assertThat(a.timeToResolution[40]).isZero();
  }

  @Test
  void aModelResultIsTheTallyAsSharesPerDisputeAndMeans() {
    SimulationModel m = costly();
    long[] out = new long[3];
    Tally t = new Tally(m.maxDay);
    t.record(m, RESOLVED_AFTER_THREE, 3, out);
    t.record(m, UNRESOLVED_HEARING, 2, out);
    t.record(m, RESOLVED_AFTER_THREE, 3, out);
    t.record(m, new int[SimulationModel.scratchSize()], 0, out);
    ModelResult r = Simulator.result(m, t);
    assertThat(r.name()).isEqualTo("test");
    assertThat(r.disputes()).isEqualTo(4);
    // only the processes with parameters, in ladder order (no facilitation here)
    assertThat(r.processes()).extracting(ProcessResult::process)
        .containsExactly(MEDIATION, STATE_COMPLAINT, RESOLUTION_MEETING, DUE_PROCESS_HEARING);
    ProcessResult med = r.process(MEDIATION).orElseThrow();
    assertThat(med.reached()).isEqualTo(Proportion.wilson(2, 4));
    assertThat(med.held()).isEqualTo(Proportion.wilson(2, 2));
    assertThat(med.resolved()).isEqualTo(Proportion.wilson(0, 2));
    assertThat(med.partly()).isEqualTo(Proportion.wilson(2, 2));
    assertThat(med.totalCost()).isEqualTo(200);
    assertThat(med.costPerDispute()).isEqualTo(50.0); // 200 / 4 disputes
    assertThat(med.meanDays()).isEqualTo(7.0); // 14 days / 2 reached
    ProcessResult res = r.process(RESOLUTION_MEETING).orElseThrow();
    // reached 3 times: 13 + 15 + 13 days
    assertThat(res.meanDays()).isCloseTo(41.0 / 3, within(1e-12));
    assertThat(res.resolved()).isEqualTo(Proportion.wilson(2, 3));
    assertThat(r.process(DisputeProcess.FACILITATED_IEP)).isEmpty();
    assertThat(r.resolved()).isEqualTo(Proportion.wilson(2, 4));
    assertThat(r.partly()).isEqualTo(Proportion.wilson(0, 4));
    assertThat(r.notResolved()).isEqualTo(Proportion.wilson(2, 4));
    // costs {140, 16,040, 140, 0}
    // the normal interval of these four costs reaches below zero; a cost interval is cut at 0 (issue 21)
    Estimate normal = Estimate.of(16_320, 2.0 * 140 * 140 + 16_040.0 * 16_040, 4);
    assertThat(normal.lower()).isNegative();
    assertThat(r.costPerDispute()).isEqualTo(new Estimate(normal.mean(), 0.0, normal.upper(), 4));
    assertThat(r.costPerDispute().mean()).isEqualTo(4_080.0);
    assertThat(r.timeToResolution().n()).isEqualTo(2);
    assertThat(r.timeToResolution().median().days()).isEqualTo(30);
    assertThat(r.timeToEnd().n()).isEqualTo(4);
    assertThat(r.bounds()).isEqualTo(m.bounds());
  }

  @Test
  void aProcessNoDisputeReachedHasZeroMeanDays() {
    SimulationModel m = costly();
    Tally t = new Tally(m.maxDay);
    t.record(m, UNRESOLVED_HEARING, 2, new long[3]);
    ProcessResult med = Simulator.result(m, t).process(MEDIATION).orElseThrow();
    assertThat(med.meanDays()).isZero();
    assertThat(med.costPerDispute()).isZero();
    assertThat(Simulator.result(m, t).process(DUE_PROCESS_HEARING).orElseThrow().costPerDispute())
        .isEqualTo(16_000.0);
  }
}
