package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;

class SimulationProperties {

  static final Simulator US = SimulationTest.US;
  static final SimulationParameters PARAMS = US.defaults();
  static final SimulationModel MODEL = US.model(PARAMS);

  @Property(tries = 12)
  void theSameSeedGivesTheSameResultsOnOneAndOnTwoThreads(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60_000) int disputes) {
    SimulationRun one = SimulationRun.builder().disputes(disputes).seed(seed).threads(1)
        .addReform(Reforms.byName(Reforms.NO_FACILITATION)).build();
    SimulationReport a = US.run(one);
    SimulationReport b = US.run(SimulationRun.builder().from(one).threads(2).build());
    assertThat(b).isEqualTo(a);
    assertThat(b.toCsvRecords()).containsExactlyElementsOf(a.toCsvRecords());
  }

  @Property(tries = 12)
  void aReformThatChangesNothingChangesNoResult(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 20_000) int disputes) {
    Reform rebuilt = Reform.of("rebuilt", "the same module, wrapped and recompiled",
        (m, j) -> ReformedModule.of(m).build(), p -> SimulationParameters.builder().from(p).build());
    SimulationReport r = US.run(SimulationRun.builder().disputes(disputes).seed(seed)
        .addReform(Reform.nothing("control")).addReform(rebuilt).build());
    for (ModelResult m : r.models().subList(1, 3)) {
      assertThat(m.processes()).isEqualTo(r.baseline().processes());
      assertThat(m.timeToEnd()).isEqualTo(r.baseline().timeToEnd());
      assertThat(m.timeToResolution()).isEqualTo(r.baseline().timeToResolution());
      assertThat(m.costPerDispute()).isEqualTo(r.baseline().costPerDispute());
      assertThat(m.bounds()).isEqualTo(r.baseline().bounds());
    }
    for (Comparison c : r.comparisons()) {
      assertThat(c.changed().count()).isZero();
      assertThat(c.resolvedDifference().mean()).isZero();
    }
  }

  @Property(tries = 300)
  void aSimulatedTimelineBreaksNoFederalRule(@ForAll long seed, @ForAll @LongRange(min = 0, max = 1L << 40) long index) {
    Case c = MODEL.toCase(seed, index);
    Evaluation e = MODEL.jurisdiction().evaluate(c);
    assertThat(e.findings()).filteredOn(f -> f.kind() == FindingKind.VIOLATION).isEmpty();
  }

  @Property(tries = 200)
  void everyDrawnDurationLiesWithinTheRulesBounds(@ForAll long seed, @ForAll @LongRange(min = 0) long index) {
    SimulatedDispute d = MODEL.dispute(seed, index);
    java.time.LocalDate complaint = null;
    for (SimulatedDispute.Visit v : d.visits()) {
      if (v.process() == org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING) {
        complaint = v.entered();
      }
      if (!v.held()) {
        continue;
      }
      DurationBounds b = MODEL.bounds().stream().filter(x -> x.process() == v.process()).findFirst().orElseThrow();
      java.time.LocalDate anchor = b.fromComplaint() ? complaint : v.entered();
      assertThat(v.ended()).isBetween(anchor.plusDays(b.minDays()), anchor.plusDays(b.maxDays()));
    }
    assertThat(d.visits().stream().map(SimulatedDispute.Visit::process).distinct().count())
        .isEqualTo(d.visits().size());
  }

  @Property(tries = 50)
  void commonRandomNumbersAParametersOnlyReformLeavesDisputesItDoesNotTouchAlone(@ForAll long seed,
      @ForAll @LongRange(min = 0) long index) {
    SimulationModel reformed = US.model(Reforms.attorneysInMediation(0.5), PARAMS);
    SimulatedDispute a = MODEL.dispute(seed, index);
    SimulatedDispute b = reformed.dispute(seed, index);
    boolean mediated = a.visits().stream().anyMatch(v -> v.process() == org.iepdr.core.process.DisputeProcess.MEDIATION
        && v.held());
    if (!mediated) {
      assertThat(b).isEqualTo(a);
    }
  }

  static List<String> names(SimulationReport r) {
    return r.models().stream().map(ModelResult::name).toList();
  }
}
