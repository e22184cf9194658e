package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.FACILITATED_IEP;
import static org.iepdr.core.process.DisputeProcess.IEP_MEETING;
import static org.iepdr.core.process.DisputeProcess.JUDICIAL_REVIEW;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;
import static org.iepdr.core.process.DisputeProcess.STATE_COMPLAINT;
import static org.iepdr.core.simulation.SimulationModel.SLOT_DAYS;
import static org.iepdr.core.simulation.SimulationModel.SLOT_ESCALATE;
import static org.iepdr.core.simulation.SimulationModel.SLOT_HELD;
import static org.iepdr.core.simulation.SimulationModel.SLOT_NEXT;
import static org.iepdr.core.simulation.SimulationModel.SLOT_ON_THE_WAY;
import static org.iepdr.core.simulation.SimulationModel.SLOT_OUTCOME;
import static org.iepdr.core.simulation.Testland.START;
import static org.iepdr.core.simulation.Testland.window;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * Pins the Monte Carlo walk of {@link SimulationModel} step by step in Testland, where every lawful
 * bound is set by a test rule: which process comes next, whether it takes place, how it ends, when it
 * ends, whether the family goes on, the hearing's count from the complaint, the day of the act on the
 * way, and which uniform each of these draws reads. Probabilities of 0 and 1 make a walk deterministic;
 * a chosen seed makes one draw exactly 0, 0.25, 0.5 or the largest uniform below 1, to test each
 * comparison on its boundary.
 */
class SimulationWalkTest {

  /** Every simulated step Testland allows (the model itself keeps the hearing after its complaint only). */
  static final EscalationPath LADDER = Testland.path()
      .step(IEP_MEETING, FACILITATED_IEP, MEDIATION, STATE_COMPLAINT, RESOLUTION_MEETING)
      .step(FACILITATED_IEP, MEDIATION, STATE_COMPLAINT)
      .step(MEDIATION, STATE_COMPLAINT, RESOLUTION_MEETING)
      .step(STATE_COMPLAINT, FACILITATED_IEP, MEDIATION, RESOLUTION_MEETING)
      .step(RESOLUTION_MEETING, MEDIATION, DUE_PROCESS_HEARING)
      .step(DUE_PROCESS_HEARING, JUDICIAL_REVIEW)
      .build();

  /**
   * Fixed durations: facilitation 3 days, mediation 7, a state complaint 10 (forwarded on days 2 to 8),
   * a resolution meeting 15; the hearing decision 40 days after the complaint (hearing on days 20 to 30
   * after it).
   */
  static List<Rule> fixedRules() {
    List<Rule> r = new ArrayList<>();
    r.add(window("ZZ.FIEP.MEETING", ProposedAct.FACILITATED_IEP_MEETING, 3, 3));
    r.add(window("ZZ.MEDIATION.SESSION", ProposedAct.MEDIATION_SESSION, 7, 7));
    r.add(window("ZZ.COMPLAINT.FORWARD", ProposedAct.STATE_COMPLAINT_FORWARDING, 2, 8));
    r.add(window("ZZ.COMPLAINT.DECISION", ProposedAct.STATE_COMPLAINT_DECISION, 10, 10));
    r.add(window("ZZ.RESOLUTION.MEETING", ProposedAct.RESOLUTION_MEETING, 15, 15));
    r.add(window("ZZ.HEARING.HELD", ProposedAct.DUE_PROCESS_HEARING, 20, 30));
    r.add(window("ZZ.HEARING.DECISION", ProposedAct.HEARING_DECISION, 40, 40));
    return r;
  }

  static SimulationModel model(List<Rule> rules, Map<DisputeProcess, ProcessParameters> processes) {
    return SimulationModel.compile("test", Testland.jurisdiction(LADDER, rules.toArray(Rule[]::new)),
        Testland.parameters().putAllProcessParameters(processes).build());
  }

  /** Parameters: the start goes to the given processes with the given weights. */
  static Map<DisputeProcess, ProcessParameters> start(Object... processAndWeight) {
    Map<DisputeProcess, ProcessParameters> m = new EnumMap<>(DisputeProcess.class);
    ProcessParameters.Builder b = ProcessParameters.builder().escalateAfterNot(1.0);
    for (int i = 0; i < processAndWeight.length; i += 2) {
      b.putNext((DisputeProcess) processAndWeight[i], ((Number) processAndWeight[i + 1]).doubleValue());
    }
    m.put(IEP_MEETING, b.build());
    return m;
  }

  static ProcessParameters.Builder p() {
    return ProcessParameters.builder();
  }

  /** A process that always takes place and resolves everything: the walk ends there. */
  static ProcessParameters resolves(long cost) {
    return p().held(1.0).resolved(1.0).districtCost(cost).build();
  }

  static SimulatedDispute.Visit visit(DisputeProcess p, int entered, int ended, int way, boolean held, Outcome o) {
    return new SimulatedDispute.Visit(p, START.plusDays(entered), START.plusDays(ended), START.plusDays(way), held, o);
  }

  /** The dispute whose draw for one purpose of one process mixes to {@code mixed} (see Testland). */
  static SimulatedDispute drawn(SimulationModel m, DisputeProcess process, int purpose, long mixed) {
    int slot = Testland.slot(process, purpose);
    long key = Testland.keyFor(slot, mixed);
    assertThat(SimulationModel.uniform(key, slot)).isLessThan(1.0);
    return m.dispute(Testland.seedFor(key), 0);
  }

  // --- outcomes and escalation -------------------------------------------------------------------------

  @Test
  void aPartlyResolvedProcessGoesOnWithTheEscalateAfterPartlyProbability() {
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(1.0).resolved(0.0).partly(1.0).escalateAfterPartly(1.0).escalateAfterNot(0.0)
        .districtCost(100).putNext(STATE_COMPLAINT, 1.0).build());
    ps.put(STATE_COMPLAINT, resolves(250));
    SimulationModel m = model(fixedRules(), ps);
    for (long i = 0; i < 20; i++) {
      SimulatedDispute d = m.dispute(1, i);
      assertThat(d.visits()).hasSize(2);
      assertThat(d.visits().get(0)).isEqualTo(visit(MEDIATION, 0, 7, 7, true, Outcome.PARTLY));
      SimulatedDispute.Visit complaint = d.visits().get(1);
      assertThat(complaint.process()).isEqualTo(STATE_COMPLAINT);
      assertThat(complaint.entered()).isEqualTo(START.plusDays(7));
      assertThat(complaint.ended()).isEqualTo(START.plusDays(17));
      // forwarded 2 to 8 days after its filing on day 7
      assertThat(complaint.onTheWay()).isBetween(START.plusDays(9), START.plusDays(15));
      assertThat(complaint.held()).isTrue();
      assertThat(complaint.outcome()).isEqualTo(Outcome.RESOLVED);
      assertThat(d.outcome()).isEqualTo(Outcome.RESOLVED);
      assertThat(d.days()).isEqualTo(17);
      assertThat(d.districtCost()).isEqualTo(350);
      assertThat(d.start()).isEqualTo(START);
      assertThat(d.index()).isEqualTo(i);
    }
  }

  @Test
  void aPartlyResolvedProcessEndsTheDisputeWhenTheFamilyDoesNotGoOnAfterPartly() {
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(1.0).partly(1.0).escalateAfterPartly(0.0).escalateAfterNot(1.0)
        .putNext(STATE_COMPLAINT, 1.0).build());
    ps.put(STATE_COMPLAINT, resolves(0));
    SimulatedDispute d = model(fixedRules(), ps).dispute(2, 0);
    assertThat(d.visits()).containsExactly(visit(MEDIATION, 0, 7, 7, true, Outcome.PARTLY));
    assertThat(d.outcome()).isEqualTo(Outcome.PARTLY);
    assertThat(d.days()).isEqualTo(7);
  }

  @Test
  void nothingResolvedGoesOnWithTheEscalateAfterNotProbability() {
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(1.0).resolved(0.0).partly(0.0).escalateAfterPartly(0.0).escalateAfterNot(1.0)
        .districtCost(100).putNext(STATE_COMPLAINT, 1.0).build());
    ps.put(STATE_COMPLAINT, p().held(1.0).resolved(0.0).escalateAfterNot(0.0).districtCost(250).build());
    SimulatedDispute d = model(fixedRules(), ps).dispute(3, 0);
    assertThat(d.visits()).hasSize(2);
    assertThat(d.visits().get(0)).isEqualTo(visit(MEDIATION, 0, 7, 7, true, Outcome.NOT_RESOLVED));
    assertThat(d.visits().get(1).outcome()).isEqualTo(Outcome.NOT_RESOLVED);
    assertThat(d.outcome()).isEqualTo(Outcome.NOT_RESOLVED);
    assertThat(d.days()).isEqualTo(17);
    assertThat(d.districtCost()).isEqualTo(350);
  }

  @Test
  void aResolvedProcessEndsTheDisputeEvenWhenTheFamilyWouldGoOn() {
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(1.0).resolved(1.0).escalateAfterPartly(1.0).escalateAfterNot(1.0)
        .putNext(STATE_COMPLAINT, 1.0).build());
    ps.put(STATE_COMPLAINT, resolves(0));
    SimulatedDispute d = model(fixedRules(), ps).dispute(4, 0);
    assertThat(d.visits()).containsExactly(visit(MEDIATION, 0, 7, 7, true, Outcome.RESOLVED));
  }

  @Test
  void aProcessThatDoesNotTakePlaceEndsNotResolvedCostsNothingAndTheFamilyMayGoOn() {
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(0.0).resolved(1.0).escalateAfterNot(1.0).districtCost(100)
        .putNext(STATE_COMPLAINT, 1.0).build());
    ps.put(STATE_COMPLAINT, resolves(250));
    SimulationModel m = model(fixedRules(), ps);
    for (long i = 0; i < 20; i++) {
      SimulatedDispute d = m.dispute(5, i);
      assertThat(d.visits()).hasSize(2);
      SimulatedDispute.Visit declined = d.visits().get(0);
      assertThat(declined.held()).isFalse();
      assertThat(declined.outcome()).isEqualTo(Outcome.NOT_RESOLVED);
      // declined on a day from entry to the latest lawful day 7; no act on the way
      assertThat(declined.ended()).isBetween(START, START.plusDays(7));
      assertThat(declined.onTheWay()).isEqualTo(declined.ended());
      assertThat(d.visits().get(1).entered()).isEqualTo(declined.ended());
      assertThat(d.districtCost()).isEqualTo(250);
    }
  }

  @Test
  void aDueProcessComplaintWhoseResolutionMeetingDoesNotTakePlaceEndsTheWalk() {
    Map<DisputeProcess, ProcessParameters> ps = start(RESOLUTION_MEETING, 1);
    ps.put(RESOLUTION_MEETING, p().held(0.0).escalateAfterNot(1.0).putNext(DUE_PROCESS_HEARING, 1.0).build());
    ps.put(DUE_PROCESS_HEARING, resolves(16_000));
    SimulationModel m = model(fixedRules(), ps);
    for (long i = 0; i < 20; i++) {
      SimulatedDispute d = m.dispute(6, i);
      assertThat(d.visits()).hasSize(1);
      assertThat(d.visits().get(0).held()).isFalse();
      assertThat(d.visits().get(0).ended()).isBetween(START, START.plusDays(15));
      assertThat(d.outcome()).isEqualTo(Outcome.NOT_RESOLVED);
      assertThat(d.districtCost()).isZero();
    }
  }

  @Test
  void theHearingCountsFromTheComplaintNotFromTheDayItIsEntered() {
    // mediation days 0-7, due process complaint filed on day 7, resolution meeting on day 22 (15 days),
    // hearing decision 40 days after the complaint: day 47 (not 22 + 40); hearing held on days 27 to 37
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(1.0).escalateAfterNot(1.0).putNext(RESOLUTION_MEETING, 1.0).build());
    ps.put(RESOLUTION_MEETING, p().held(1.0).escalateAfterNot(1.0).putNext(DUE_PROCESS_HEARING, 1.0).build());
    ps.put(DUE_PROCESS_HEARING, resolves(16_000));
    SimulationModel m = model(fixedRules(), ps);
    SimulatedDispute first = drawn(m, DUE_PROCESS_HEARING, SLOT_ON_THE_WAY, Testland.U_ZERO);
    assertThat(first.visits()).containsExactly(
        visit(MEDIATION, 0, 7, 7, true, Outcome.NOT_RESOLVED),
        visit(RESOLUTION_MEETING, 7, 22, 22, true, Outcome.NOT_RESOLVED),
        visit(DUE_PROCESS_HEARING, 22, 47, 27, true, Outcome.RESOLVED));
    assertThat(first.days()).isEqualTo(47);
    assertThat(first.districtCost()).isEqualTo(16_000);
    // the largest draw holds the hearing on its latest lawful day, 30 days after the complaint
    SimulatedDispute last = drawn(m, DUE_PROCESS_HEARING, SLOT_ON_THE_WAY, Testland.U_MAX);
    assertThat(last.visits().get(2)).isEqualTo(visit(DUE_PROCESS_HEARING, 22, 47, 37, true, Outcome.RESOLVED));
  }

  @Test
  void aHearingThatDoesNotTakePlaceIsWithdrawnBetweenEntryAndTheLatestDecisionDay() {
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(1.0).escalateAfterNot(1.0).putNext(RESOLUTION_MEETING, 1.0).build());
    ps.put(RESOLUTION_MEETING, p().held(1.0).escalateAfterNot(1.0).putNext(DUE_PROCESS_HEARING, 1.0).build());
    ps.put(DUE_PROCESS_HEARING, p().held(0.0).districtCost(16_000).build());
    SimulationModel m = model(fixedRules(), ps);
    // entered day 22, latest decision day 7 + 40 = 47: withdrawn on day 22 + floor(u * 26)
    SimulatedDispute early = drawn(m, DUE_PROCESS_HEARING, SLOT_DAYS, Testland.U_ZERO);
    assertThat(early.visits().get(2)).isEqualTo(visit(DUE_PROCESS_HEARING, 22, 22, 22, false, Outcome.NOT_RESOLVED));
    SimulatedDispute late = drawn(m, DUE_PROCESS_HEARING, SLOT_DAYS, Testland.U_MAX);
    assertThat(late.visits().get(2)).isEqualTo(visit(DUE_PROCESS_HEARING, 22, 47, 47, false, Outcome.NOT_RESOLVED));
    assertThat(late.districtCost()).isZero();
    assertThat(late.days()).isEqualTo(47);
  }

  @Test
  void aHearingWhoseLatestDayPassedDuringTheResolutionPeriodIsHeldOnTheDayItIsEntered() {
    // resolution meeting on day 25, but the hearing may be held only 5 to 10 days after the complaint:
    // the act on the way falls on the entry day, never before it
    List<Rule> rules = fixedRules();
    rules.set(4, window("ZZ.RESOLUTION.MEETING", ProposedAct.RESOLUTION_MEETING, 25, 25));
    rules.set(5, window("ZZ.HEARING.HELD", ProposedAct.DUE_PROCESS_HEARING, 5, 10));
    Map<DisputeProcess, ProcessParameters> ps = start(RESOLUTION_MEETING, 1);
    ps.put(RESOLUTION_MEETING, p().held(1.0).escalateAfterNot(1.0).putNext(DUE_PROCESS_HEARING, 1.0).build());
    ps.put(DUE_PROCESS_HEARING, resolves(0));
    SimulationModel m = model(rules, ps);
    for (long mixed : new long[] {Testland.U_ZERO, Testland.U_HALF, Testland.U_MAX}) {
      SimulatedDispute d = drawn(m, DUE_PROCESS_HEARING, SLOT_ON_THE_WAY, mixed);
      assertThat(d.visits().get(1)).isEqualTo(visit(DUE_PROCESS_HEARING, 25, 40, 25, true, Outcome.RESOLVED));
    }
  }

  // --- the day of the act on the way --------------------------------------------------------------------

  @Test
  void aComplaintIsForwardedWithinItsWindowReadingItsOwnDraw() {
    Map<DisputeProcess, ProcessParameters> ps = start(STATE_COMPLAINT, 1);
    ps.put(STATE_COMPLAINT, resolves(0));
    SimulationModel m = model(fixedRules(), ps);
    // forwarded 2 to 8 days after the filing, decided on day 10
    assertThat(drawn(m, STATE_COMPLAINT, SLOT_ON_THE_WAY, Testland.U_ZERO).visits())
        .containsExactly(visit(STATE_COMPLAINT, 0, 10, 2, true, Outcome.RESOLVED));
    assertThat(drawn(m, STATE_COMPLAINT, SLOT_ON_THE_WAY, Testland.U_MAX).visits())
        .containsExactly(visit(STATE_COMPLAINT, 0, 10, 8, true, Outcome.RESOLVED));
    // 0.5 of the 7 days 2..8: 2 + floor(3.5) = 5
    assertThat(drawn(m, STATE_COMPLAINT, SLOT_ON_THE_WAY, Testland.U_HALF).visits().get(0).onTheWay())
        .isEqualTo(START.plusDays(5));
  }

  @Test
  void aComplaintThatIsWithdrawnHasNoForwardingDayOfItsOwn() {
    Map<DisputeProcess, ProcessParameters> ps = start(STATE_COMPLAINT, 1);
    ps.put(STATE_COMPLAINT, p().held(0.0).build());
    SimulationModel m = model(fixedRules(), ps);
    for (long i = 0; i < 20; i++) {
      SimulatedDispute.Visit v = m.dispute(7, i).visits().get(0);
      assertThat(v.held()).isFalse();
      assertThat(v.onTheWay()).isEqualTo(v.ended());
    }
  }

  @Test
  void aForwardingWindowFromDayZeroStartsOnTheFilingDay() {
    List<Rule> rules = fixedRules();
    rules.set(2, window("ZZ.COMPLAINT.FORWARD", ProposedAct.STATE_COMPLAINT_FORWARDING, 0, 8));
    Map<DisputeProcess, ProcessParameters> ps = start(STATE_COMPLAINT, 1);
    ps.put(STATE_COMPLAINT, resolves(0));
    SimulationModel m = model(rules, ps);
    assertThat(drawn(m, STATE_COMPLAINT, SLOT_ON_THE_WAY, Testland.U_ZERO).visits().get(0).onTheWay())
        .isEqualTo(START);
    assertThat(drawn(m, STATE_COMPLAINT, SLOT_ON_THE_WAY, Testland.U_MAX).visits().get(0).onTheWay())
        .isEqualTo(START.plusDays(8));
  }

  @Test
  void aForwardingWindowOfDayZeroOnlyIsTheFilingDay() {
    List<Rule> rules = fixedRules();
    rules.set(2, window("ZZ.COMPLAINT.FORWARD", ProposedAct.STATE_COMPLAINT_FORWARDING, 0, 0));
    Map<DisputeProcess, ProcessParameters> ps = start(STATE_COMPLAINT, 1);
    ps.put(STATE_COMPLAINT, resolves(0));
    SimulationModel m = model(rules, ps);
    assertThat(drawn(m, STATE_COMPLAINT, SLOT_ON_THE_WAY, Testland.U_MAX).visits())
        .containsExactly(visit(STATE_COMPLAINT, 0, 10, 0, true, Outcome.RESOLVED));
  }

  // --- the drawn last day -------------------------------------------------------------------------------

  /** Mediation between 5 (completion's earliest) and 20 (the session's latest) days. */
  static SimulationModel wideMediation(ProcessParameters mediation) {
    List<Rule> rules = fixedRules();
    rules.set(1, window("ZZ.MEDIATION.SESSION", ProposedAct.MEDIATION_SESSION, -1, 20));
    rules.add(window("ZZ.MEDIATION.COMPLETION", ProposedAct.MEDIATION_COMPLETION, 5, -1));
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, mediation);
    return model(rules, ps);
  }

  @Test
  void theLastDayOfAProcessThatTakesPlaceSpansItsLawfulBoundsExactly() {
    SimulationModel m = wideMediation(resolves(0));
    // u = 0 gives the earliest lawful day; the largest u gives 5 + floor(u * 16) = 20, the latest
    assertThat(drawn(m, MEDIATION, SLOT_DAYS, Testland.U_ZERO).visits())
        .containsExactly(visit(MEDIATION, 0, 5, 5, true, Outcome.RESOLVED));
    assertThat(drawn(m, MEDIATION, SLOT_DAYS, Testland.U_MAX).visits())
        .containsExactly(visit(MEDIATION, 0, 20, 20, true, Outcome.RESOLVED));
    // u = 0.5: 5 + floor(8) = 13
    assertThat(drawn(m, MEDIATION, SLOT_DAYS, Testland.U_HALF).days()).isEqualTo(13);
  }

  @Test
  void aProcessThatDoesNotTakePlaceEndsBetweenEntryAndItsLatestLawfulDay() {
    SimulationModel m = wideMediation(p().held(0.0).build());
    assertThat(drawn(m, MEDIATION, SLOT_DAYS, Testland.U_ZERO).visits())
        .containsExactly(visit(MEDIATION, 0, 0, 0, false, Outcome.NOT_RESOLVED));
    // 0 + floor(u * 21) = 20
    assertThat(drawn(m, MEDIATION, SLOT_DAYS, Testland.U_MAX).visits())
        .containsExactly(visit(MEDIATION, 0, 20, 20, false, Outcome.NOT_RESOLVED));
  }

  @Test
  void overManyDisputesEveryLawfulDayIsDrawn() {
    SimulationModel m = wideMediation(resolves(0));
    boolean[] seen = new boolean[21];
    for (long i = 0; i < 2_000; i++) {
      int days = m.dispute(9, i).days();
      assertThat(days).isBetween(5, 20);
      seen[days] = true;
    }
    for (int d = 5; d <= 20; d++) {
      assertThat(seen[d]).as("day %d", d).isTrue();
    }
  }

  // --- each draw reads its own uniform, and each comparison is strict --------------------------------

  @Test
  void whetherAProcessTakesPlaceReadsItsHeldDraw() {
    // held with the smallest positive probability: only the draw exactly 0 makes it take place
    SimulationModel tiny = wideMediation(p().held(Double.MIN_VALUE).resolved(1.0).build());
    assertThat(drawn(tiny, MEDIATION, SLOT_HELD, Testland.U_ZERO).visits().get(0).held()).isTrue();
    assertThat(drawn(tiny, MEDIATION, SLOT_HELD, Testland.U_MAX).visits().get(0).held()).isFalse();
    // probability 0: never, not even at the draw 0
    SimulationModel never = wideMediation(p().held(0.0).resolved(1.0).build());
    assertThat(drawn(never, MEDIATION, SLOT_HELD, Testland.U_ZERO).visits().get(0).held()).isFalse();
    // probability 1: even at the largest draw
    SimulationModel always = wideMediation(p().held(1.0).resolved(1.0).build());
    assertThat(drawn(always, MEDIATION, SLOT_HELD, Testland.U_MAX).visits().get(0).held()).isTrue();
  }

  @Test
  void theOutcomeReadsItsOutcomeDrawAgainstResolvedThenResolvedPlusPartly() {
    SimulationModel tinyResolved = wideMediation(p().held(1.0).resolved(Double.MIN_VALUE).build());
    assertThat(drawn(tinyResolved, MEDIATION, SLOT_OUTCOME, Testland.U_ZERO).outcome()).isEqualTo(Outcome.RESOLVED);
    assertThat(drawn(tinyResolved, MEDIATION, SLOT_OUTCOME, Testland.U_MAX).outcome())
        .isEqualTo(Outcome.NOT_RESOLVED);
    SimulationModel tinyPartly = wideMediation(p().held(1.0).resolved(0.0).partly(Double.MIN_VALUE).build());
    assertThat(drawn(tinyPartly, MEDIATION, SLOT_OUTCOME, Testland.U_ZERO).outcome()).isEqualTo(Outcome.PARTLY);
    SimulationModel neither = wideMediation(p().held(1.0).build());
    assertThat(drawn(neither, MEDIATION, SLOT_OUTCOME, Testland.U_ZERO).outcome()).isEqualTo(Outcome.NOT_RESOLVED);
    // resolved 0.5, partly 0.5: the draw 0.5 is the first that is not "resolved"
    SimulationModel halves = wideMediation(p().held(1.0).resolved(0.5).partly(0.5).build());
    assertThat(drawn(halves, MEDIATION, SLOT_OUTCOME, Testland.U_QUARTER).outcome()).isEqualTo(Outcome.RESOLVED);
    assertThat(drawn(halves, MEDIATION, SLOT_OUTCOME, Testland.U_HALF).outcome()).isEqualTo(Outcome.PARTLY);
    assertThat(drawn(halves, MEDIATION, SLOT_OUTCOME, Testland.U_MAX).outcome()).isEqualTo(Outcome.PARTLY);
  }

  @Test
  void goingOnReadsTheEscalateDraw() {
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(STATE_COMPLAINT, resolves(0));
    ps.put(MEDIATION, p().held(1.0).escalateAfterNot(Double.MIN_VALUE).putNext(STATE_COMPLAINT, 1.0).build());
    SimulationModel tiny = model(fixedRules(), ps);
    assertThat(drawn(tiny, MEDIATION, SLOT_ESCALATE, Testland.U_ZERO).visits()).hasSize(2);
    assertThat(drawn(tiny, MEDIATION, SLOT_ESCALATE, Testland.U_MAX).visits()).hasSize(1);
    ps.put(MEDIATION, p().held(1.0).escalateAfterNot(0.0).putNext(STATE_COMPLAINT, 1.0).build());
    SimulationModel never = model(fixedRules(), ps);
    assertThat(drawn(never, MEDIATION, SLOT_ESCALATE, Testland.U_ZERO).visits()).hasSize(1);
  }

  /** Mediation always unresolved and going on, to a state complaint or a due process complaint. */
  static SimulationModel fromMediation(double toComplaint, double toDueProcess) {
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(1.0).escalateAfterNot(1.0).putNext(STATE_COMPLAINT, toComplaint)
        .putNext(RESOLUTION_MEETING, toDueProcess).build());
    ps.put(STATE_COMPLAINT, resolves(0));
    ps.put(RESOLUTION_MEETING, resolves(0));
    return model(fixedRules(), ps);
  }

  static DisputeProcess second(SimulatedDispute d) {
    return d.visits().get(1).process();
  }

  @Test
  void theNextProcessIsDrawnOverCumulativeWeightsInLadderOrder() {
    SimulationModel m = fromMediation(1.0, 1.0);
    // two equal weights: [0, 0.5) picks the first (state complaint), [0.5, 1) the second
    assertThat(second(drawn(m, MEDIATION, SLOT_NEXT, Testland.U_ZERO))).isEqualTo(STATE_COMPLAINT);
    assertThat(second(drawn(m, MEDIATION, SLOT_NEXT, Testland.U_QUARTER))).isEqualTo(STATE_COMPLAINT);
    assertThat(second(drawn(m, MEDIATION, SLOT_NEXT, Testland.U_HALF))).isEqualTo(RESOLUTION_MEETING);
    assertThat(second(drawn(m, MEDIATION, SLOT_NEXT, Testland.U_MAX))).isEqualTo(RESOLUTION_MEETING);
    // weights 3 : 1: 0.5 of 4 = 2 falls in the first's [0, 3)
    SimulationModel uneven = fromMediation(3.0, 1.0);
    assertThat(second(drawn(uneven, MEDIATION, SLOT_NEXT, Testland.U_HALF))).isEqualTo(STATE_COMPLAINT);
    assertThat(second(drawn(uneven, MEDIATION, SLOT_NEXT, Testland.U_MAX))).isEqualTo(RESOLUTION_MEETING);
  }

  @Test
  void theLargestDrawPicksTheLastProcessEvenWhenRoundingLeavesNothingOver() {
    // weights 0.3 and 0.7: u * 1.0 - 0.3 - 0.7 is exactly 0.0 in doubles for the largest u (1 - 2^-53),
    // which is not below 0: the walk falls back on the last open process
    SimulationModel m = fromMediation(0.3, 0.7);
    double target = (1.0 - 0x1.0p-53) * (0.3 + 0.7);
    target -= 0.3;
    target -= 0.7;
    assertThat(target).isEqualTo(0.0);
    assertThat(second(drawn(m, MEDIATION, SLOT_NEXT, Testland.U_MAX))).isEqualTo(RESOLUTION_MEETING);
  }

  @Test
  void overManyDisputesTheNextProcessFollowsTheWeights() {
    SimulationModel m = fromMediation(3.0, 1.0);
    int complaints = 0;
    int n = 4_000;
    for (long i = 0; i < n; i++) {
      complaints += second(m.dispute(12, i)) == STATE_COMPLAINT ? 1 : 0;
    }
    // expected 3,000 (sd 27): 2,850 to 3,150 is more than 5 sd wide
    assertThat(complaints).isBetween(2_850, 3_150);
  }

  @Test
  void aVisitedProcessIsNeitherEnteredAgainNorWeighed() {
    // mediation -> state complaint -> {facilitation 1, mediation 1000 (visited), due process 1}: the
    // visited mediation's weight is left out, so facilitation and due process share the draw evenly
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(1.0).escalateAfterNot(1.0).putNext(STATE_COMPLAINT, 1.0).build());
    ps.put(STATE_COMPLAINT, p().held(1.0).escalateAfterNot(1.0).putNext(FACILITATED_IEP, 1.0)
        .putNext(MEDIATION, 1000.0).putNext(RESOLUTION_MEETING, 1.0).build());
    ps.put(FACILITATED_IEP, resolves(0));
    ps.put(RESOLUTION_MEETING, resolves(0));
    SimulationModel m = model(fixedRules(), ps);
    assertThat(drawn(m, STATE_COMPLAINT, SLOT_NEXT, Testland.U_QUARTER).visits().get(2).process())
        .isEqualTo(FACILITATED_IEP);
    assertThat(drawn(m, STATE_COMPLAINT, SLOT_NEXT, Testland.U_HALF).visits().get(2).process())
        .isEqualTo(RESOLUTION_MEETING);
    int facilitated = 0;
    for (long i = 0; i < 1_000; i++) {
      SimulatedDispute d = m.dispute(13, i);
      assertThat(d.visits()).hasSize(3);
      facilitated += d.visits().get(2).process() == FACILITATED_IEP ? 1 : 0;
    }
    // expected 500 (sd 16)
    assertThat(facilitated).isBetween(420, 580);
  }

  @Test
  void aFamilyWithNowhereLeftToGoEndsTheWalk() {
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(1.0).escalateAfterNot(1.0).build()); // goes on, but to nothing
    SimulatedDispute d = model(fixedRules(), ps).dispute(14, 0);
    assertThat(d.visits()).containsExactly(visit(MEDIATION, 0, 7, 7, true, Outcome.NOT_RESOLVED));
    assertThat(d.days()).isEqualTo(7);
    // and a start that leads nowhere gives a dispute with no visits
    SimulatedDispute none = model(fixedRules(), start()).dispute(14, 0);
    assertThat(none.visits()).isEmpty();
    assertThat(none.outcome()).isEqualTo(Outcome.NOT_RESOLVED);
    assertThat(none.days()).isZero();
  }

  @Test
  void theWalkWritesEachVisitAsProcessEntryEndAndFlags() {
    Map<DisputeProcess, ProcessParameters> ps = start(MEDIATION, 1);
    ps.put(MEDIATION, p().held(1.0).partly(1.0).escalateAfterPartly(1.0).putNext(STATE_COMPLAINT, 1.0).build());
    ps.put(STATE_COMPLAINT, p().held(0.0).build());
    SimulationModel m = model(fixedRules(), ps);
    int[] v = new int[SimulationModel.scratchSize()];
    int n = m.walk(SimulationModel.disputeKey(15, 0), v);
    assertThat(n).isEqualTo(2);
    // mediation (index 2), days 0 to 7, PARTLY (1) | HELD (4)
    assertThat(new int[] {v[0], v[1], v[2], v[3]}).containsExactly(2, 0, 7, 1 | SimulationModel.HELD);
    // state complaint (index 3) entered on day 7, NOT_RESOLVED (2), not held
    assertThat(v[4]).isEqualTo(3);
    assertThat(v[5]).isEqualTo(7);
    assertThat(v[6]).isBetween(7, 17);
    assertThat(v[7]).isEqualTo(2);
  }
}
