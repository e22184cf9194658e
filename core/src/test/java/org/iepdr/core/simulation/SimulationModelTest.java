package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.FACILITATED_IEP;
import static org.iepdr.core.process.DisputeProcess.IEP_MEETING;
import static org.iepdr.core.process.DisputeProcess.JUDICIAL_REVIEW;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;
import static org.iepdr.core.process.DisputeProcess.STATE_COMPLAINT;
import static org.iepdr.core.simulation.SimulationWalkTest.fixedRules;
import static org.iepdr.core.simulation.SimulationWalkTest.p;
import static org.iepdr.core.simulation.SimulationWalkTest.start;
import static org.iepdr.core.simulation.Testland.START;
import static org.iepdr.core.simulation.Testland.window;

import java.util.List;
import java.util.Map;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleId;
import org.junit.jupiter.api.Test;

/**
 * Pins how {@link SimulationModel#compile} turns plans into lawful bounds (the tightest offsets over
 * the reference period, open-ended processes, a window of one day, a window that closes before it
 * opens) and the ladder into the steps {@link SimulationModel#nextFrom} reports.
 */
class SimulationModelTest {

  private static Map<DisputeProcess, ProcessParameters> everyProcess() {
    Map<DisputeProcess, ProcessParameters> ps = start(FACILITATED_IEP, 1, MEDIATION, 1, STATE_COMPLAINT, 1,
        RESOLUTION_MEETING, 1);
    ps.put(FACILITATED_IEP, p().openEndedDays(21).build());
    ps.put(MEDIATION, p().build());
    ps.put(STATE_COMPLAINT, p().build());
    ps.put(RESOLUTION_MEETING, p().build());
    ps.put(DUE_PROCESS_HEARING, p().build());
    return ps;
  }

  private static DurationBounds bounds(SimulationModel m, DisputeProcess p) {
    return m.bounds().stream().filter(b -> b.process() == p).findFirst().orElseThrow();
  }

  private static SimulationModel compile(List<Rule> rules, int horizonDays) {
    return SimulationModel.compile("m", Testland.jurisdiction(SimulationWalkTest.LADDER, rules.toArray(Rule[]::new)),
        Testland.parameters().horizonDays(horizonDays).putAllProcessParameters(everyProcess()).build());
  }

  @Test
  void boundsAreTheOffsetsThePlansGiveInLadderOrder() {
    SimulationModel m = SimulationWalkTest.model(fixedRules(), everyProcess());
    assertThat(m.bounds()).extracting(DurationBounds::process)
        .containsExactly(FACILITATED_IEP, MEDIATION, STATE_COMPLAINT, RESOLUTION_MEETING, DUE_PROCESS_HEARING);
    assertThat(bounds(m, MEDIATION)).isEqualTo(new DurationBounds(MEDIATION, false, 7, 7, false,
        List.of(RuleId.of("ZZ.MEDIATION.SESSION"))));
    // the forwarding's earliest day (2) is below the decision's (10): the decision sets both ends
    assertThat(bounds(m, STATE_COMPLAINT)).isEqualTo(new DurationBounds(STATE_COMPLAINT, false, 10, 10, false,
        List.of(RuleId.of("ZZ.COMPLAINT.DECISION"), RuleId.of("ZZ.COMPLAINT.FORWARD"))));
    assertThat(bounds(m, DUE_PROCESS_HEARING)).isEqualTo(new DurationBounds(DUE_PROCESS_HEARING, true, 40, 40,
        false, List.of(RuleId.of("ZZ.HEARING.DECISION"), RuleId.of("ZZ.HEARING.HELD"))));
    // the walk's longest dispute: 3 + 7 + 10 + 15 + 40 days
    assertThat(m.maxDay).isEqualTo(75);
    assertThat(m.name()).isEqualTo("test");
    assertThat(m.parameters().name()).isEqualTo("test");
    assertThat(m.jurisdiction().code()).isEqualTo("ZZ");
  }

  @Test
  void aLeadTimeWithoutADeadlineIsOpenEndedFromItsEarliestDay() {
    List<Rule> rules = fixedRules();
    rules.set(0, window("ZZ.FIEP.MEETING", ProposedAct.FACILITATED_IEP_MEETING, 10, -1));
    SimulationModel m = SimulationWalkTest.model(rules, everyProcess());
    // no latest day: openEndedDays (21) past the earliest, day 10
    assertThat(bounds(m, FACILITATED_IEP)).isEqualTo(new DurationBounds(FACILITATED_IEP, false, 10, 31, true,
        List.of(RuleId.of("ZZ.FIEP.MEETING"))));
  }

  @Test
  void aProcessNoRuleSpeaksToIsOpenEndedFromEntry() {
    List<Rule> rules = fixedRules();
    rules.remove(1); // no mediation rule
    SimulationModel m = SimulationWalkTest.model(rules, everyProcess());
    assertThat(bounds(m, MEDIATION)).isEqualTo(new DurationBounds(MEDIATION, false, 0, 30, true, List.of()));
  }

  @Test
  void aDeadlineOnTheTriggerDayIsADeadline() {
    List<Rule> rules = fixedRules();
    rules.set(4, window("ZZ.RESOLUTION.MEETING", ProposedAct.RESOLUTION_MEETING, -1, 0));
    SimulationModel m = SimulationWalkTest.model(rules, everyProcess());
    assertThat(bounds(m, RESOLUTION_MEETING).minDays()).isZero();
    assertThat(bounds(m, RESOLUTION_MEETING).maxDays()).isZero();
    assertThat(bounds(m, RESOLUTION_MEETING).openEnded()).isFalse();
  }

  @Test
  void aWindowOfOneDayIsLawfulAndOneThatClosesBeforeItOpensIsRefused() {
    List<Rule> rules = fixedRules();
    rules.set(4, window("ZZ.RESOLUTION.MEETING", ProposedAct.RESOLUTION_MEETING, 7, 7));
    assertThat(bounds(SimulationWalkTest.model(rules, everyProcess()), RESOLUTION_MEETING).minDays()).isEqualTo(7);
    rules.set(4, window("ZZ.RESOLUTION.MEETING", ProposedAct.RESOLUTION_MEETING, 8, 7));
    assertThatThrownBy(() -> SimulationWalkTest.model(rules, everyProcess()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("simulationParameters.referenceStart");
          assertThat(e.allowed()).contains("RESOLUTION_MEETING").contains("ZZ.RESOLUTION.MEETING")
              .contains("earliest offset 8, latest 7");
        });
  }

  @Test
  void theLatestOffsetIsTheSmallestOverTheReferencePeriodAndNoDayBeyondIt() {
    // the decision is due 20 days after a filing in the first three days of the period, 5 after later ones
    Rule varying = new Testland.Window("ZZ.COMPLAINT.DECISION", ProposedAct.STATE_COMPLAINT_DECISION, t -> -1,
        t -> t.isBefore(START.plusDays(3)) ? 20 : 5);
    List<Rule> rules = fixedRules();
    rules.set(3, varying);
    rules.set(2, window("ZZ.COMPLAINT.FORWARD", ProposedAct.STATE_COMPLAINT_FORWARDING, 0, 2));
    assertThat(bounds(compile(rules, 3), STATE_COMPLAINT).maxDays()).isEqualTo(20);
    assertThat(bounds(compile(rules, 4), STATE_COMPLAINT).maxDays()).isEqualTo(5);
  }

  @Test
  void aLatestOffsetOfZeroOnTheFirstDayIsKeptAgainstLaterLargerOnes() {
    Rule varying = new Testland.Window("ZZ.RESOLUTION.MEETING", ProposedAct.RESOLUTION_MEETING, t -> -1,
        t -> t.equals(START) ? 0 : 4);
    List<Rule> rules = fixedRules();
    rules.set(4, varying);
    assertThat(bounds(compile(rules, 2), RESOLUTION_MEETING).maxDays()).isZero();
  }

  @Test
  void theEarliestOffsetIsTheLargestOverTheReferencePeriod() {
    Rule varying = new Testland.Window("ZZ.RESOLUTION.MEETING", ProposedAct.RESOLUTION_MEETING,
        t -> t.equals(START) ? 3 : 6, t -> 15);
    List<Rule> rules = fixedRules();
    rules.set(4, varying);
    assertThat(bounds(compile(rules, 1), RESOLUTION_MEETING).minDays()).isEqualTo(3);
    assertThat(bounds(compile(rules, 2), RESOLUTION_MEETING).minDays()).isEqualTo(6);
  }

  @Test
  void nextStepsAreThoseThePathAllowsAndTheParametersWeighAboveZero() {
    Map<DisputeProcess, ProcessParameters> ps = everyProcess();
    // weight 0 for the state complaint: never drawn, so not a step; facilitation has no parameters
    ps.put(IEP_MEETING, p().putNext(MEDIATION, 1.0).putNext(STATE_COMPLAINT, 0.0).putNext(FACILITATED_IEP, 1.0)
        .putNext(RESOLUTION_MEETING, 2.0).putNext(DUE_PROCESS_HEARING, 5.0).build());
    ps.remove(FACILITATED_IEP);
    // the path allows mediation -> due process and state complaint, not mediation -> facilitation
    ps.put(MEDIATION, p().putNext(FACILITATED_IEP, 1.0).putNext(RESOLUTION_MEETING, 1.0)
        .putNext(STATE_COMPLAINT, 1.0).build());
    // the resolution meeting leads only to the hearing, even where the path and weights allow mediation
    ps.put(RESOLUTION_MEETING, p().putNext(MEDIATION, 1.0).putNext(DUE_PROCESS_HEARING, 1.0).build());
    ps.put(DUE_PROCESS_HEARING, p().putNext(MEDIATION, 1.0).build());
    SimulationModel m = SimulationWalkTest.model(fixedRules(), ps);
    assertThat(m.nextFrom(IEP_MEETING)).containsExactly(MEDIATION, RESOLUTION_MEETING);
    assertThat(m.nextFrom(MEDIATION)).containsExactly(STATE_COMPLAINT, RESOLUTION_MEETING);
    assertThat(m.nextFrom(RESOLUTION_MEETING)).containsExactly(DUE_PROCESS_HEARING);
    assertThat(m.nextFrom(DUE_PROCESS_HEARING)).isEmpty();
    assertThat(m.nextFrom(FACILITATED_IEP)).isEmpty();
    assertThat(m.nextFrom(JUDICIAL_REVIEW)).isEmpty(); // not a simulated process
    assertThat(m.bounds()).extracting(DurationBounds::process).doesNotContain(FACILITATED_IEP);
  }

  @Test
  void theModelNamesItselfItsJurisdictionAndItsBounds() {
    SimulationModel m = SimulationWalkTest.model(fixedRules(), everyProcess());
    assertThat(m.toString()).startsWith("SimulationModel[test, ZZ, [DurationBounds[process=FACILITATED_IEP");
  }

  @Test
  void aDisputeIndexIsZeroOrMore() {
    SimulationModel m = SimulationWalkTest.model(fixedRules(), everyProcess());
    assertThatThrownBy(() -> m.dispute(1, -1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("index");
  }
}
