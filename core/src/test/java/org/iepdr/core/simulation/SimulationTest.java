package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.FACILITATED_IEP;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;

import java.time.LocalDate;
import java.util.List;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

class SimulationTest {

  static final Simulator US = Simulator.of(List.of(new IdeaModule()), "US");

  @Test
  void wilsonIntervalOfThePublishedFiepFigure() {
    Proportion p = Proportion.wilson(83, 86);
    assertThat(p.estimate()).isCloseTo(0.9651, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(p.lower()).isCloseTo(0.9023, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(p.upper()).isCloseTo(0.9881, org.assertj.core.data.Offset.offset(1e-3));
    Proportion none = Proportion.wilson(0, 12);
    assertThat(none.lower()).isZero();
    assertThat(none.upper()).isCloseTo(0.2425, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void quantilesAndTheirOrderStatisticIntervalsComeFromTheHistogram() {
    long[] h = new long[101];
    for (int d = 1; d <= 100; d++) {
      h[d] = 1;
    }
    DaysDistribution dist = DaysDistribution.of(h);
    assertThat(dist.n()).isEqualTo(100);
    assertThat(dist.median().days()).isEqualTo(50);
    // r = floor(50 - 1.96 * 5) = 40, s = ceil(50 + 9.8) = 60
    assertThat(dist.median().lower()).isEqualTo(40);
    assertThat(dist.median().upper()).isEqualTo(60);
    assertThat(dist.p90().days()).isEqualTo(90);
    assertThat(dist.mean().mean()).isEqualTo(50.5);
  }

  @Test
  void federalProjectionFromTheRulesOwnPlans() {
    Timeline t = US.project(LocalDate.of(2026, 9, 1), List.of(RESOLUTION_MEETING, DUE_PROCESS_HEARING), Pace.LATEST);
    assertThat(t.act(ProposedAct.RESOLUTION_MEETING).orElseThrow().latest()).contains(LocalDate.of(2026, 9, 16));
    assertThat(t.act(ProposedAct.DUE_PROCESS_HEARING).orElseThrow().earliest()).contains(LocalDate.of(2026, 10, 2));
    assertThat(t.act(ProposedAct.HEARING_DECISION).orElseThrow().latest()).contains(LocalDate.of(2026, 11, 15));
    assertThat(t.end()).isEqualTo(LocalDate.of(2026, 11, 15));
    Timeline fast = US.project(LocalDate.of(2026, 9, 1), List.of(RESOLUTION_MEETING, DUE_PROCESS_HEARING),
        Pace.EARLIEST);
    assertThat(fast.act(ProposedAct.RESOLUTION_MEETING).orElseThrow().on()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(fast.act(ProposedAct.HEARING_DECISION).orElseThrow().on()).isEqualTo(LocalDate.of(2026, 10, 2));
  }

  @Test
  void projectionRefusesAStepThePathDoesNotAllow() {
    assertThatThrownBy(() -> US.project(LocalDate.of(2026, 9, 1), List.of(FACILITATED_IEP), Pace.LATEST))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("IEP_MEETING -> FACILITATED_IEP");
    assertThatThrownBy(() -> US.project(LocalDate.of(2026, 9, 1), List.of(DisputeProcess.MEDIATION,
        DUE_PROCESS_HEARING), Pace.LATEST)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void modelBoundsComeFromThePlansNotFromConstants() {
    SimulationModel m = US.model(US.defaults());
    DurationBounds resolution = m.bounds().stream().filter(b -> b.process() == RESOLUTION_MEETING).findFirst()
        .orElseThrow();
    LocalDate t = SimulationParameters.DEFAULT_REFERENCE_START;
    LocalDate latest = US.baseline().plan(ProposedAct.RESOLUTION_MEETING, t).latest().orElseThrow();
    assertThat(resolution.maxDays()).isEqualTo((int) java.time.temporal.ChronoUnit.DAYS.between(t, latest));
    assertThat(resolution.openEnded()).isFalse();
    DurationBounds hearing = m.bounds().stream().filter(b -> b.process() == DUE_PROCESS_HEARING).findFirst()
        .orElseThrow();
    assertThat(hearing.fromComplaint()).isTrue();
    assertThat(t.plusDays(hearing.minDays())).isEqualTo(US.baseline().plan(ProposedAct.DUE_PROCESS_HEARING, t)
        .earliest().orElseThrow());
    assertThat(t.plusDays(hearing.maxDays())).isEqualTo(US.baseline().plan(ProposedAct.HEARING_DECISION, t)
        .latest().orElseThrow());
  }

  @Test
  void theTraceOfEachDisputeIsWhatThePopulationCounts() {
    SimulationModel m = US.model(US.defaults());
    int n = 5_000;
    long[] reached = new long[DisputeProcess.values().length];
    long resolved = 0;
    long cost = 0;
    for (int i = 0; i < n; i++) {
      SimulatedDispute d = m.dispute(11, i);
      d.visits().forEach(v -> reached[v.process().ordinal()]++);
      resolved += d.outcome() == Outcome.RESOLVED ? 1 : 0;
      cost += d.districtCost();
      for (SimulatedDispute.Visit v : d.visits()) {
        assertThat(v.ended()).isAfterOrEqualTo(v.entered());
        assertThat(v.onTheWay()).isBetween(v.entered(), v.ended());
      }
    }
    SimulationReport r = US.run(SimulationRun.builder().disputes(n).seed(11).build());
    for (ProcessResult p : r.baseline().processes()) {
      assertThat(p.reached().count()).as(p.process().name()).isEqualTo(reached[p.process().ordinal()]);
    }
    assertThat(r.baseline().resolved().count()).isEqualTo(resolved);
    assertThat(r.baseline().costPerDispute().mean()).isEqualTo((double) cost / n);
  }

  @Test
  void csvRecordsHaveTheHeadersWidthAndDotDecimals() {
    SimulationReport r = US.run(SimulationRun.builder().disputes(1000).seed(3)
        .addReform(Reform.nothing("control")).build());
    assertThat(r.toCsvRecords()).isNotEmpty().allSatisfy(row -> {
      assertThat(row).hasSize(SimulationReport.CSV_HEADER.size());
      assertThat(row[3]).doesNotContain(",");
    });
    assertThat(r.summary()).contains("[control vs baseline");
    assertThat(r.comparisons().get(0).changed().count()).isZero();
  }

  @Test
  void badParametersAreRefusedWithTheField() {
    assertThatThrownBy(() -> ProcessParameters.builder().resolved(0.7).partly(0.4).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("partly");
    assertThatThrownBy(() -> ProcessParameters.builder().held(1.5).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("held");
    assertThatThrownBy(() -> SimulationRun.builder().disputes(0).seed(1).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("disputes");
    assertThatThrownBy(() -> SimulationRun.builder().disputes(1).seed(1).addReform(Reform.nothing("a"))
        .addReform(Reform.nothing("a")).build()).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Reforms.byName("abolish-idea")).isInstanceOf(InvalidInputException.class);
  }
}
