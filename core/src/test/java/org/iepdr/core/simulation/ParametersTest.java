package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.FACILITATED_IEP;
import static org.iepdr.core.process.DisputeProcess.IEP_MEETING;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;
import static org.iepdr.core.process.DisputeProcess.STATE_COMPLAINT;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.junit.jupiter.api.Test;

/**
 * Pins the validation and defaults of {@link ProcessParameters}, {@link SimulationParameters} and
 * {@link SimulationRun} (each limit exactly on, just inside and just outside), and the calibrated
 * figures of {@link SimulationParameters#missouri()} and {@link SimulationParameters#mississippi()}
 * against the published counts their Javadoc cites.
 */
class ParametersTest {

  private static void refused(Runnable build, String field, String allowed) {
    assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.allowed()).isEqualTo(allowed);
    });
  }

  private static ProcessParameters with(Consumer<ProcessParameters.Builder> set) {
    ProcessParameters.Builder b = ProcessParameters.builder();
    set.accept(b);
    return b.build();
  }

  // --- ProcessParameters -------------------------------------------------------------------------------

  @Test
  void processDefaultsTakePlaceResolveNothingCostNothingAndAreAnAssumption() {
    ProcessParameters p = ProcessParameters.builder().build();
    assertThat(p.held()).isEqualTo(1.0);
    assertThat(p.resolved()).isZero();
    assertThat(p.partly()).isZero();
    assertThat(p.escalateAfterPartly()).isZero();
    assertThat(p.escalateAfterNot()).isZero();
    assertThat(p.districtCost()).isZero();
    assertThat(p.openEndedDays()).isEqualTo(30);
    assertThat(p.next()).isEmpty();
    assertThat(p.source()).isEqualTo("assumption");
  }

  @Test
  void everyProbabilityIsFromZeroToOne() {
    String allowed = "a probability from 0 to 1";
    refused(() -> with(b -> b.held(-0.01)), "processParameters.held", allowed);
    refused(() -> with(b -> b.held(1.01)), "processParameters.held", allowed);
    refused(() -> with(b -> b.resolved(-0.01)), "processParameters.resolved", allowed);
    refused(() -> with(b -> b.partly(-0.01)), "processParameters.partly", allowed);
    refused(() -> with(b -> b.escalateAfterPartly(-0.01)), "processParameters.escalateAfterPartly", allowed);
    refused(() -> with(b -> b.escalateAfterPartly(1.01)), "processParameters.escalateAfterPartly", allowed);
    refused(() -> with(b -> b.escalateAfterNot(-0.01)), "processParameters.escalateAfterNot", allowed);
    refused(() -> with(b -> b.escalateAfterNot(Double.NaN)), "processParameters.escalateAfterNot", allowed);
    assertThatCode(() -> with(b -> b.held(0.0).resolved(1.0).escalateAfterPartly(1.0).escalateAfterNot(0.0)))
        .doesNotThrowAnyException();
  }

  @Test
  void resolvedAndPartlyAddUpToAtMostOneWithinRounding() {
    // 0.75 + 0.5 > 1: partly may be at most 1 - 0.75 = 0.25
    refused(() -> with(b -> b.resolved(0.75).partly(0.5)), "processParameters.partly", "at most 1 - resolved (0.25)");
    assertThat(with(b -> b.resolved(0.75).partly(0.25)).partly()).isEqualTo(0.25);
    // the sum may exceed 1 by rounding, up to exactly 1 + 1e-12 (1.0 + (x - 1.0) == x for x = 1 + 1e-12)
    double slack = (1.0 + 1e-12) - 1.0;
    assertThat(1.0 + slack).isEqualTo(1.0 + 1e-12);
    assertThatCode(() -> with(b -> b.resolved(1.0).partly(slack))).doesNotThrowAnyException();
    // the next double above 1 + 1e-12 is refused
    double over = Math.nextUp(1.0 + 1e-12) - 1.0;
    assertThat(1.0 + over).isEqualTo(Math.nextUp(1.0 + 1e-12));
    assertThatThrownBy(() -> with(b -> b.resolved(1.0).partly(over))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void costIsZeroOrMoreAndOpenEndedDaysUpToTenYears() {
    assertThat(with(b -> b.districtCost(0)).districtCost()).isZero();
    refused(() -> with(b -> b.districtCost(-1)), "processParameters.districtCost", "0 or more dollars");
    assertThat(with(b -> b.openEndedDays(0)).openEndedDays()).isZero();
    assertThat(with(b -> b.openEndedDays(3650)).openEndedDays()).isEqualTo(3650);
    refused(() -> with(b -> b.openEndedDays(-1)), "processParameters.openEndedDays", "0 to 3650 days");
    refused(() -> with(b -> b.openEndedDays(3651)), "processParameters.openEndedDays", "0 to 3650 days");
  }

  @Test
  void nextWeightsAreFiniteAndZeroOrMore() {
    assertThat(with(b -> b.putNext(MEDIATION, 0.0)).next()).containsEntry(MEDIATION, 0.0);
    String allowed = "a finite weight >= 0";
    refused(() -> with(b -> b.putNext(MEDIATION, -1.0)), "processParameters.next[MEDIATION]", allowed);
    refused(() -> with(b -> b.putNext(MEDIATION, Double.NaN)), "processParameters.next[MEDIATION]", allowed);
    refused(() -> with(b -> b.putNext(STATE_COMPLAINT, Double.POSITIVE_INFINITY)),
        "processParameters.next[STATE_COMPLAINT]", allowed);
  }

  // --- SimulationParameters ------------------------------------------------------------------------------

  private static SimulationParameters.Builder minimal() {
    return SimulationParameters.builder().name("p").putProcessParameter(IEP_MEETING, ProcessParameters.builder().build());
  }

  @Test
  void theReferencePeriodIsOneDayToTenYearsFromTheFirstOfSeptember2026() {
    SimulationParameters p = minimal().build();
    assertThat(p.referenceStart()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(p.horizonDays()).isEqualTo(366);
    assertThat(minimal().horizonDays(1).build().horizonDays()).isEqualTo(1);
    assertThat(minimal().horizonDays(3660).build().horizonDays()).isEqualTo(3660);
    refused(() -> minimal().horizonDays(0).build(), "simulationParameters.horizonDays", "1 to 3660 days");
    refused(() -> minimal().horizonDays(3661).build(), "simulationParameters.horizonDays", "1 to 3660 days");
  }

  @Test
  void everyDisputeStartsAtTheIepMeeting() {
    assertThatThrownBy(() -> SimulationParameters.builder().name("p")
        .putProcessParameter(MEDIATION, ProcessParameters.builder().build()).build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("simulationParameters.processParameters"));
  }

  @Test
  void withReplacesOrAddsOneProcessAndLeavesTheOriginalAlone() {
    SimulationParameters p = minimal().build();
    ProcessParameters mediation = ProcessParameters.builder().resolved(0.5).build();
    SimulationParameters q = p.with(MEDIATION, mediation);
    assertThat(p.process(MEDIATION)).isNull();
    assertThat(q.process(MEDIATION)).isSameAs(mediation);
    assertThat(q.process(IEP_MEETING)).isEqualTo(p.process(IEP_MEETING));
    assertThat(q.name()).isEqualTo("p");
  }

  @Test
  void defaultsByCode() {
    assertThat(SimulationParameters.defaults("mo").name()).isEqualTo("Missouri defaults");
    assertThat(SimulationParameters.defaults("MS").name()).isEqualTo("Mississippi defaults");
    SimulationParameters us = SimulationParameters.defaults("us");
    assertThat(us.name()).isEqualTo("US defaults (Mississippi 2015-16 figures)");
    assertThat(us.processParameters()).isEqualTo(SimulationParameters.mississippi().processParameters());
  }

  @Test
  void missouriIsCalibratedOnItsPublishedFigures() {
    SimulationParameters mo = SimulationParameters.missouri();
    // FIEP 2016-2018: consensus on some or all issues in 83 of 86 meetings, split evenly
    ProcessParameters fiep = mo.process(FACILITATED_IEP);
    assertThat(fiep.resolved() + fiep.partly()).isCloseTo(83.0 / 86.0, within(1e-12));
    assertThat(fiep.resolved()).isEqualTo(fiep.partly());
    assertThat(fiep.districtCost()).isZero();
    // mediation: over 84% resolved, free to both parties; 10 of 15 held (Mississippi's count)
    assertThat(mo.process(MEDIATION).resolved()).isEqualTo(0.84);
    assertThat(mo.process(MEDIATION).held()).isEqualTo(10.0 / 15.0);
    assertThat(mo.process(MEDIATION).districtCost()).isZero();
    // due process costs a district about $16,000
    assertThat(mo.process(DUE_PROCESS_HEARING).districtCost()).isEqualTo(16_000);
    // complaints: 37 reports of 61, 25 with findings (Mississippi's counts)
    assertThat(mo.process(STATE_COMPLAINT).held()).isEqualTo(37.0 / 61.0);
    assertThat(mo.process(STATE_COMPLAINT).resolved()).isEqualTo(25.0 / 37.0);
    // 40% start with a FIEP, 60% split 61 : 15 : 12
    var first = mo.process(IEP_MEETING).next();
    assertThat(first.get(FACILITATED_IEP)).isEqualTo(40.0);
    double formal = first.get(MEDIATION) + first.get(STATE_COMPLAINT) + first.get(RESOLUTION_MEETING);
    assertThat(formal).isCloseTo(60.0, within(1e-9));
    assertThat(first.get(STATE_COMPLAINT) / first.get(MEDIATION)).isCloseTo(61.0 / 15.0, within(1e-12));
    assertThat(mo.process(FACILITATED_IEP).source()).contains("83/86");
  }

  @Test
  void mississippisHearingRateLiesInsideTheIntervalOfNoneOfTwelveAdjudicated() {
    SimulationParameters ms = SimulationParameters.mississippi();
    ProcessParameters resolution = ms.process(RESOLUTION_MEETING);
    assertThat(resolution.held()).isEqualTo(7.0 / 12.0);
    assertThat(resolution.resolved()).isEqualTo(3.0 / 7.0);
    // complaints adjudicated = held (7/12) x unsettled (4/7) x to hearing (0.075) = 0.025
    double adjudicated = resolution.held() * (1 - resolution.resolved()) * resolution.escalateAfterNot();
    assertThat(adjudicated).isCloseTo(0.025, within(1e-12));
    assertThat(Proportion.wilson(0, 12).contains(adjudicated)).isTrue();
    assertThat(ms.process(MEDIATION).held()).isEqualTo(10.0 / 15.0);
    var first = ms.process(IEP_MEETING).next();
    assertThat(first.get(STATE_COMPLAINT) / first.get(RESOLUTION_MEETING)).isCloseTo(61.0 / 12.0, within(1e-12));
  }

  // --- SimulationRun -------------------------------------------------------------------------------------

  @Test
  void aRunHasOneToOneThousandTwentyFourThreads() {
    assertThat(SimulationRun.builder().disputes(1).seed(0).build().threads()).isEqualTo(1);
    assertThat(SimulationRun.builder().disputes(1).seed(0).threads(1024).build().threads()).isEqualTo(1024);
    refused(() -> SimulationRun.builder().disputes(1).seed(0).threads(0).build(), "simulationRun.threads", "1 to 1024");
    refused(() -> SimulationRun.builder().disputes(1).seed(0).threads(1025).build(), "simulationRun.threads",
        "1 to 1024");
    refused(() -> SimulationRun.builder().disputes(0).seed(0).build(), "simulationRun.disputes", "1 or more");
  }

  @Test
  void aParameterSetIsAProcessMap() {
    DisputeProcess[] order = SimulationModel.PROCESSES;
    assertThat(order[0]).isEqualTo(IEP_MEETING);
    assertThat(SimulationParameters.mississippi().processParameters().keySet()).containsExactlyInAnyOrder(order);
  }
}
