package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.report.Section618Element;
import org.iepdr.core.report.Section618Report;
import org.junit.jupiter.api.Test;

/**
 * A simulated year's Section 618 table: counted by the library's counter from the materialised disputes,
 * in agreement with the walks, and compared with published figures with hand-checkable numbers.
 */
class SimulatedSection618Test {

  private static final Simulator US = SimulationTest.US;

  /** Every dispute goes straight to the given process (the other first steps weigh 0). */
  private static SimulationParameters straightTo(DisputeProcess first) {
    SimulationParameters p = US.defaults();
    for (DisputeProcess q : List.of(DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT,
        DisputeProcess.RESOLUTION_MEETING)) {
      p = ParameterPaths.withValue(p, "processes.IEP_MEETING.next." + q.name(), q == first ? 1.0 : 0.0);
    }
    return p;
  }

  @Test
  void complaintsThatAreAllDecidedWithFindingsFillOneOneAAndOneOneB() {
    SimulationParameters p = straightTo(DisputeProcess.STATE_COMPLAINT);
    p = ParameterPaths.withValue(p, "processes.STATE_COMPLAINT.held", 1.0);
    p = ParameterPaths.withValue(p, "processes.STATE_COMPLAINT.resolved", 1.0);
    Section618Report r = SimulatedSection618.count(US.model(p), 100, 3, 1);
    assertThat(r.count(Section618Element.COMPLAINTS)).isEqualTo(100);
    assertThat(r.count(Section618Element.COMPLAINTS_WITH_REPORTS)).isEqualTo(100);
    assertThat(r.count(Section618Element.REPORTS_WITH_NONCOMPLIANCE)).isEqualTo(100);
    assertThat(r.count(Section618Element.REPORTS_WITHIN_TIMELINES)).isEqualTo(100);
    assertThat(r.count(Section618Element.COMPLAINTS_WITHDRAWN)).isZero();
    assertThat(r.count(Section618Element.MEDIATION_REQUESTS)).isZero();
    assertThat(r.year().toString()).isEqualTo("2026-27");
    assertThat(r.consistent()).isTrue();
  }

  @Test
  void mediationsNeverHeldAreWithdrawnOrNotHeld() {
    SimulationParameters p = straightTo(DisputeProcess.MEDIATION);
    p = ParameterPaths.withValue(p, "processes.MEDIATION.held", 0.0);
    p = ParameterPaths.withValue(p, "processes.MEDIATION.escalateAfterNot", 0.0);
    Section618Report r = SimulatedSection618.count(US.model(p), 50, 4, 2);
    assertThat(r.count(Section618Element.MEDIATION_REQUESTS)).isEqualTo(50);
    assertThat(r.count(Section618Element.MEDIATIONS_WITHDRAWN)).isEqualTo(50);
    assertThat(r.count(Section618Element.MEDIATIONS_HELD)).isZero();
  }

  @Test
  void anUnsettledComplaintTheFamilyTakesNoFurtherIsWithdrawnNotPending() {
    SimulationParameters p = straightTo(DisputeProcess.RESOLUTION_MEETING);
    p = ParameterPaths.withValue(p, "processes.RESOLUTION_MEETING.held", 1.0);
    p = ParameterPaths.withValue(p, "processes.RESOLUTION_MEETING.resolved", 0.0);
    p = ParameterPaths.withValue(p, "processes.RESOLUTION_MEETING.escalateAfterNot", 0.0);
    Section618Report r = SimulatedSection618.count(US.model(p), 40, 5, 1);
    assertThat(r.count(Section618Element.DUE_PROCESS_COMPLAINTS)).isEqualTo(40);
    assertThat(r.count(Section618Element.RESOLUTION_MEETINGS)).isEqualTo(40);
    assertThat(r.count(Section618Element.RESOLUTION_AGREEMENTS)).isZero();
    assertThat(r.count(Section618Element.DUE_PROCESS_PENDING)).isZero();
    assertThat(r.count(Section618Element.DUE_PROCESS_WITHDRAWN)).isEqualTo(40);
  }

  /** The counter, reading the materialised cases, counts what the walks did. */
  @Test
  void theTableCountsWhatTheWalksDid() {
    SimulationModel m = US.model(US.defaults());
    int n = 1500;
    long seed = 11;
    long complaints = 0, reports = 0, mediations = 0, held = 0, agreements = 0, dpc = 0, meetings = 0,
        settlements = 0, hearings = 0;
    for (int i = 0; i < n; i++) {
      for (SimulatedDispute.Visit v : m.dispute(seed, i).visits()) {
        boolean agreed = v.held() && v.outcome() != Outcome.NOT_RESOLVED;
        switch (v.process()) {
          case STATE_COMPLAINT -> {
            complaints++;
            reports += v.held() ? 1 : 0;
          }
          case MEDIATION -> {
            mediations++;
            held += v.held() ? 1 : 0;
            agreements += agreed ? 1 : 0;
          }
          case RESOLUTION_MEETING -> {
            dpc++;
            meetings += v.held() ? 1 : 0;
            settlements += agreed ? 1 : 0;
          }
          case DUE_PROCESS_HEARING -> hearings += v.held() ? 1 : 0;
          default -> { }
        }
      }
    }
    Section618Report r = SimulatedSection618.count(m, n, seed, 2);
    assertThat(r.requestsNotCounted()).isZero();
    assertThat(r.count(Section618Element.COMPLAINTS)).isEqualTo(complaints);
    assertThat(r.count(Section618Element.COMPLAINTS_WITH_REPORTS)).isEqualTo(reports);
    assertThat(r.count(Section618Element.MEDIATION_REQUESTS)).isEqualTo(mediations);
    assertThat(r.count(Section618Element.MEDIATIONS_HELD)).isEqualTo(held);
    assertThat(r.count(Section618Element.MEDIATION_AGREEMENTS_DUE_PROCESS)
        + r.count(Section618Element.MEDIATION_AGREEMENTS_NOT_DUE_PROCESS)).isEqualTo(agreements);
    assertThat(r.count(Section618Element.DUE_PROCESS_COMPLAINTS)).isEqualTo(dpc);
    assertThat(r.count(Section618Element.RESOLUTION_MEETINGS)).isEqualTo(meetings);
    assertThat(r.count(Section618Element.RESOLUTION_AGREEMENTS)).isEqualTo(settlements);
    assertThat(r.count(Section618Element.HEARINGS_ADJUDICATED)).isEqualTo(hearings);
    assertThat(r.count(Section618Element.DUE_PROCESS_PENDING)).isZero();
    assertThat(r.consistent()).isTrue();
    assertThat(SimulatedSection618.count(m, n, seed, 1).counts()).isEqualTo(r.counts());
  }

  /**
   * Hand-checked: 100 of 100 simulated complaints decided against a published 37 of 61. Difference
   * 1 - 37/61 = 24/61 = 0.393443; Wilson(37, 61): centre (0.606557 + 1.920729/61) / (1 + 3.841459/61)
   * = 0.600245, half-width 1.959964 / 1.062975 x sqrt(0.606557 x 0.393443 / 61 + 3.841459 / 14884) = 0.119072,
   * so [0.481173, 0.719316]: neither interval holds the other's value.
   */
  @Test
  void theComparisonArithmetic() {
    SimulationParameters p = straightTo(DisputeProcess.STATE_COMPLAINT);
    p = ParameterPaths.withValue(p, "processes.STATE_COMPLAINT.held", 1.0);
    p = ParameterPaths.withValue(p, "processes.STATE_COMPLAINT.escalateAfterNot", 0.0);
    Map<Section618Element, Long> table = Map.of(Section618Element.COMPLAINTS, 61L,
        Section618Element.COMPLAINTS_WITH_REPORTS, 37L, Section618Element.MEDIATION_REQUESTS, 15L,
        Section618Element.DUE_PROCESS_COMPLAINTS, 12L);
    Section618Calibration pub = new Section618Calibration("a table", "US", "a source", table, List.of(
        Section618Calibration.Check.fromTable("1.1/1", "reports", List.of(Section618Element.COMPLAINTS_WITH_REPORTS),
            List.of(Section618Element.COMPLAINTS), table, "n"),
        new Section618Calibration.Check("B16", "agreements", List.of(Section618Element.MEDIATION_AGREEMENTS_DUE_PROCESS),
            List.of(Section618Element.MEDIATIONS_HELD), 0.69, java.util.OptionalLong.empty(),
            java.util.OptionalLong.empty(), "a restatement")));
    Section618Comparison c = Section618Comparison.run(US, SimulationRun.builder().disputes(100).seed(3)
        .parameters(p).build(), pub);
    Section618Comparison.Row reports = c.rows().get(0);
    assertThat(reports.simulated().orElseThrow().estimate()).isEqualTo(1.0);
    assertThat(reports.difference().orElseThrow()).isCloseTo(24.0 / 61, within(1e-12));
    assertThat(reports.check().publishedInterval().orElseThrow().lower()).isCloseTo(0.481173, within(1e-6));
    assertThat(reports.check().publishedInterval().orElseThrow().upper()).isCloseTo(0.719316, within(1e-6));
    assertThat(reports.publishedInNoiseInterval()).contains(false);
    assertThat(reports.simulatedInPublishedInterval()).contains(false);
    assertThat(reports.publishedInParameterInterval()).isEmpty();
    Section618Comparison.Row b16 = c.rows().get(1);
    assertThat(b16.simulated()).isEmpty();       // no mediation was held: not reached
    assertThat(b16.difference()).isEmpty();
    // 88 published filings over 100 simulated ones
    assertThat(c.scale().orElseThrow()).isCloseTo(0.88, within(1e-12));
    assertThat(c.summary()).contains("100.0% [96.3-100.0]", " 60.7% (37/61)", "+39.3 pp", "not reached",
        "no / - ; no".replace(" ; ", "; "));
    assertThat(c.toCsvRecords().get(0)).startsWith("US", "3", "100");
  }

  @Test
  void parameterDrawsGiveTheIntervalIncludingParameterUncertainty() {
    SimulationParameters p = straightTo(DisputeProcess.STATE_COMPLAINT);
    Section618Calibration pub = new Section618Calibration("t", "US", "s", Map.of(), List.of(
        new Section618Calibration.Check("1.1/1", "reports", List.of(Section618Element.COMPLAINTS_WITH_REPORTS),
            List.of(Section618Element.COMPLAINTS), 0.6, java.util.OptionalLong.empty(),
            java.util.OptionalLong.empty(), "n")));
    ParameterUncertainty u = new ParameterUncertainty(Map.of("processes.STATE_COMPLAINT.held",
        ParameterDistribution.uniform(0.2, 0.4)));
    Section618Comparison c = Section618Comparison.run(US, SimulationRun.builder().disputes(200).seed(8)
        .parameters(p).uncertainty(u).replicates(10).build(), pub);
    Interval with = c.rows().get(0).withParameters().orElseThrow();
    assertThat(with.lower()).isGreaterThan(0.1);
    assertThat(with.upper()).isLessThan(0.5);
    assertThat(c.rows().get(0).publishedInParameterInterval()).contains(false);
    assertThat(c.scale()).isEmpty();
  }
}
