package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;
import static org.iepdr.core.process.DisputeProcess.STATE_COMPLAINT;
import static org.iepdr.core.simulation.SimulationWalkTest.p;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleId;
import org.junit.jupiter.api.Test;

/**
 * Pins the {@link Simulator} facade (its own module among several, reformed jurisdictions, models, the
 * service-loaded baseline) and the population run of {@link MonteCarlo}: every dispute counted once,
 * progress after each chunk in increasing counts, work on daemon worker threads when there are several,
 * an interrupted caller keeping its interrupt, and each reform compared with the baseline dispute by
 * dispute exactly as {@link SimulationModel#dispute} draws them.
 */
class SimulatorTest {

  /** A fresh simulator for Testland with fixed durations (no class-init sharing between tests). */
  private static Simulator testland() {
    return Simulator.of(List.of(new Testland(SimulationWalkTest.LADDER, Optional.empty(),
        SimulationWalkTest.fixedRules())), "zz");
  }

  /** Behavioural parameters with every outcome possible. */
  private static SimulationParameters params() {
    Map<DisputeProcess, ProcessParameters> ps = SimulationWalkTest.start(MEDIATION, 1, STATE_COMPLAINT, 1);
    ps.put(MEDIATION, p().held(0.8).resolved(0.6).partly(0.2).escalateAfterPartly(0.5).escalateAfterNot(0.9)
        .districtCost(100).putNext(STATE_COMPLAINT, 1.0).putNext(RESOLUTION_MEETING, 1.0).build());
    ps.put(STATE_COMPLAINT, p().held(0.6).resolved(0.7).escalateAfterNot(0.3).districtCost(300)
        .putNext(MEDIATION, 1.0).putNext(RESOLUTION_MEETING, 1.0).build());
    ps.put(RESOLUTION_MEETING, p().held(0.6).resolved(0.4).escalateAfterNot(0.5).districtCost(500)
        .putNext(DUE_PROCESS_HEARING, 1.0).build());
    ps.put(DUE_PROCESS_HEARING, p().held(1.0).resolved(1.0).districtCost(16_000).build());
    return Testland.parameters().putAllProcessParameters(ps).build();
  }

  private static SimulationRun.Builder run(long disputes) {
    return SimulationRun.builder().disputes(disputes).seed(77).parameters(params());
  }

  // --- the facade ----------------------------------------------------------------------------------------

  @Test
  void aSimulatorAnswersForItsCodeInUpperCase() {
    Simulator sim = testland();
    assertThat(sim.toString()).isEqualTo("Simulator[ZZ]");
    assertThat(sim.baseline().code()).isEqualTo("ZZ");
    assertThat(sim.defaults().name()).isEqualTo("ZZ defaults (Mississippi 2015-16 figures)");
    SimulationModel m = sim.model(params());
    assertThat(m.name()).isEqualTo(Simulator.BASELINE).isEqualTo("baseline");
    assertThat(m.jurisdiction()).isSameAs(sim.baseline());
  }

  @Test
  void loadFindsTheInstalledModules() {
    Simulator sim = Simulator.load("us");
    assertThat(sim.toString()).isEqualTo("Simulator[US]");
    assertThat(sim.baseline().rules()).hasSameSizeAs(RuleBook.load().jurisdiction("US").rules()).isNotEmpty();
  }

  @Test
  void theReformedModuleIsTheJurisdictionsOwnWhereverItIsListed() {
    // the federal module comes first; the reform must wrap Testland's module, and keep the federal one
    Simulator sim = Simulator.of(List.of(new IdeaModule(), ReformsTest.state()), "ZZ");
    Reform wrap = Reform.of("wrap", "the same module, wrapped", (m, j) -> ReformedModule.of(m).build(), p -> p);
    Jurisdiction reformed = sim.jurisdiction(wrap);
    assertThat(reformed).isNotSameAs(sim.baseline());
    assertThat(reformed.code()).isEqualTo("ZZ");
    assertThat(reformed.rule(ReformsTest.LEAD_TIME)).isPresent();
    assertThat(reformed.rule(RuleId.of("IDEA.RESOLUTION.MEETING_15_DAYS"))).isPresent();
    assertThat(reformed.rules()).hasSameSizeAs(sim.baseline().rules());
  }

  @Test
  void aReformThatLeavesTheRulesAloneRunsOnTheBaselineItself() {
    Simulator sim = testland();
    assertThat(sim.jurisdiction(Reform.nothing("control"))).isSameAs(sim.baseline());
  }

  @Test
  void aReformMustReformTheJurisdictionsOwnModule() {
    Simulator sim = testland();
    Reform elsewhere = Reform.of("elsewhere", "swaps in the federal module", (m, j) -> new IdeaModule(), p -> p);
    assertThatThrownBy(() -> sim.jurisdiction(elsewhere)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo("reform 'elsewhere'.rules");
      assertThat(e.value()).isEqualTo("US");
      assertThat(e.allowed()).isEqualTo("a module for ZZ");
    });
  }

  @Test
  void aReformsModelHasTheReformsNameRulesAndParameters() {
    Simulator sim = testland();
    Reform r = Reform.of("quick", "mediation within 7 days and free", (m, j) -> ReformedModule.of(m).build(),
        q -> q.with(MEDIATION, p().held(1.0).build()));
    SimulationModel m = sim.model(r, params());
    assertThat(m.name()).isEqualTo("quick");
    assertThat(m.jurisdiction()).isNotSameAs(sim.baseline());
    assertThat(m.parameters().process(MEDIATION).districtCost()).isZero();
    assertThat(m.parameters().process(STATE_COMPLAINT)).isEqualTo(params().process(STATE_COMPLAINT));
  }

  // --- the population run --------------------------------------------------------------------------------

  @Test
  void everyDisputeIsCountedOnceAndProgressIsReportedAfterEachChunk() {
    int chunk = MonteCarlo.CHUNK; // 16,384
    List<Long> progress = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    SimulationReport r = testland().run(run(chunk + 5).build(), done -> {
      progress.add(done);
      threads.add(Thread.currentThread());
    });
    assertThat(progress).containsExactly((long) chunk, chunk + 5L);
    // one thread: the caller does the work
    assertThat(threads).containsOnly(Thread.currentThread());
    assertThat(r.disputes()).isEqualTo(chunk + 5L);
    assertThat(r.baseline().disputes()).isEqualTo(chunk + 5L);
    assertThat(r.baseline().resolved().count() + r.baseline().partly().count() + r.baseline().notResolved().count())
        .isEqualTo(chunk + 5L);
    assertThat(r.baseline().timeToEnd().n()).isEqualTo(chunk + 5L);
  }

  @Test
  void aPopulationOfExactlyOneChunkIsOneChunk() {
    List<Long> progress = new ArrayList<>();
    testland().run(run(MonteCarlo.CHUNK).threads(2).build(), progress::add);
    assertThat(progress).containsExactly((long) MonteCarlo.CHUNK);
    List<Long> one = new ArrayList<>();
    testland().run(run(1).build(), one::add);
    assertThat(one).containsExactly(1L);
  }

  @Test
  void severalThreadsWorkOnDaemonWorkersAndGiveTheSameResults() {
    long n = 2L * MonteCarlo.CHUNK + 3;
    List<Long> progress = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
    Simulator sim = testland();
    SimulationReport two = sim.run(run(n).threads(2).build(), done -> {
      progress.add(done);
      threads.add(Thread.currentThread());
    });
    assertThat(progress).hasSize(3);
    assertThat(progress).contains(n);
    assertThat(progress).allSatisfy(d -> assertThat(d).isPositive().isLessThanOrEqualTo(n));
    assertThat(threads).allSatisfy(t -> {
      assertThat(t).isNotSameAs(Thread.currentThread());
      assertThat(t.getName()).startsWith("iepdr-simulation-");
      // a daemon never keeps the JVM alive after its caller gave up
      assertThat(t.isDaemon()).isTrue();
    });
    SimulationReport one = sim.run(run(n).threads(1).build());
    assertThat(two).isEqualTo(one);
    assertThat(one.baseline().disputes()).isEqualTo(n);
    // the three chunks hold disputes 0..n-1: the count of each outcome matches the per-dispute draws
    SimulationModel m = sim.model(params());
    long resolved = 0;
    for (long i = 0; i < n; i++) {
      resolved += m.dispute(77, i).outcome() == Outcome.RESOLVED ? 1 : 0;
    }
    assertThat(one.baseline().resolved().count()).isEqualTo(resolved);
  }

  @Test
  void progressCountsOnlyGrow() {
    long n = 3L * MonteCarlo.CHUNK;
    List<Long> progress = new ArrayList<>();
    testland().run(run(n).build(), progress::add);
    assertThat(progress).containsExactly((long) MonteCarlo.CHUNK, 2L * MonteCarlo.CHUNK, n);
  }

  @Test
  void aCallerInterruptedWhileWaitingGetsAnExceptionAndKeepsItsInterrupt() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    Simulator sim = testland();
    try {
      Thread.currentThread().interrupt();
      // the workers wait in their first progress report, so they are alive when the caller joins them
      assertThatThrownBy(() -> sim.run(run(2L * MonteCarlo.CHUNK).threads(2).build(), done -> {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      })).isInstanceOf(IllegalStateException.class).hasMessage("simulation interrupted");
      assertThat(Thread.interrupted()).as("the caller's interrupt is restored").isTrue();
    } finally {
      Thread.interrupted();
      release.countDown();
    }
  }

  @Test
  void eachReformIsComparedWithTheBaselineDisputeByDispute() {
    Simulator sim = testland();
    Reform r = Reform.ofParameters("weaker-mediation", "mediation resolves less", p -> p.with(MEDIATION,
        ProcessParameters.builder().from(p.process(MEDIATION)).resolved(0.3).build()));
    int n = 3_000;
    SimulationReport report = sim.run(run(n).addReform(r).build());
    assertThat(SimulationProperties.names(report)).containsExactly("baseline", "weaker-mediation");
    SimulationModel base = sim.model(params());
    SimulationModel reformed = sim.model(r, params());
    long gained = 0;
    long lost = 0;
    long changed = 0;
    long costDiff = 0;
    long dayDiff = 0;
    for (long i = 0; i < n; i++) {
      SimulatedDispute a = base.dispute(77, i);
      SimulatedDispute b = reformed.dispute(77, i);
      boolean ra = a.outcome() == Outcome.RESOLVED;
      boolean rb = b.outcome() == Outcome.RESOLVED;
      gained += rb && !ra ? 1 : 0;
      lost += ra && !rb ? 1 : 0;
      costDiff += b.districtCost() - a.districtCost();
      dayDiff += b.days() - a.days();
      changed += a.outcome() != b.outcome() || a.days() != b.days() || a.districtCost() != b.districtCost() ? 1 : 0;
    }
    assertThat(lost).isPositive();
    Comparison c = report.comparisons().get(0);
    assertThat(c.reform()).isEqualTo("weaker-mediation");
    assertThat(c.changed().count()).isEqualTo(changed);
    assertThat(c.changed().total()).isEqualTo(n);
    assertThat(c.resolvedDifference().n()).isEqualTo(n);
    assertThat(c.resolvedDifference().mean()).isEqualTo((double) (gained - lost) / n);
    assertThat(c.costDifference().mean()).isEqualTo((double) costDiff / n);
    assertThat(c.daysDifference().mean()).isEqualTo((double) dayDiff / n);
  }
}
