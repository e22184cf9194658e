package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.FACILITATED_IEP;
import static org.iepdr.core.process.DisputeProcess.IEP_MEETING;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;
import static org.iepdr.core.process.DisputeProcess.STATE_COMPLAINT;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.immutables.value.Value;

/**
 * The behavioural parameters of a Monte Carlo run: for each process, the {@link ProcessParameters}
 * (does it take place, how does it end, what does it cost, where does the family go next), and the
 * reference dates the lawful durations are computed for.
 *
 * <p>Every dispute starts as a disagreement at {@link DisputeProcess#IEP_MEETING}; the parameters of
 * {@code IEP_MEETING} say which process the family turns to first. A process with no parameters is
 * never entered.
 *
 * <h2>Calibrated defaults</h2>
 * {@link #missouri()} and {@link #mississippi()} are calibrated on the published programme figures
 * below; each {@link ProcessParameters#source()} names the figure
 * its numbers come from, or says "assumption" where nothing is published:
 * <ul>
 *   <li>Missouri FIEP 2016-2018: consensus on some or all issues in 83 of 86 meetings (CADRE,
 *       "Spotlight on Missouri: Facilitated IEP Program", September 2018): {@code resolved + partly = 83/86} for {@code FACILITATED_IEP}; the split
 *       between all and some issues is not published and is taken as even.
 *   <li>Missouri mediation: "resolves over 84% of cases when both parties participate in good faith"
 *       (the Special Ed Start Guide article "Missouri IEP Mediation: How the Free Process Works and When
 *       to Use It"): {@code resolved = 0.84} for a mediation that takes place; "Free to both parties. DESE
 *       absorbs the cost." (the same article): district cost 0; the FIEP facilitator's fee is paid by
 *       DESE (DESE's "Facilitated IEP Process" flyer, 2016-2017): district cost 0.
 *   <li>"Missouri due process costs districts an average of approximately $16,000 to litigate" (the same
 *       article): district cost 16,000 for a {@code DUE_PROCESS_HEARING}.
 *   <li>Mississippi 2015-16 (MDE dispute resolution report, EMAPS): 61 written complaints
 *       (37 reports, 25 with findings, 24 withdrawn or dismissed): {@code STATE_COMPLAINT held = 37/61},
 *       {@code resolved = 25/37}; 15 mediation requests (10 held): {@code MEDIATION held = 10/15}; 12 due
 *       process complaints (7 resolution meetings, 3 settlement agreements, 0 fully adjudicated):
 *       {@code RESOLUTION_MEETING held = 7/12}, {@code resolved = 3/7}, and a hearing rate chosen inside
 *       the 95% interval of 0/12; first-process weights 61 : 15 : 12 for complaint, mediation, due
 *       process. Missouri has no published counts of its own: its complaint and resolution figures
 *       borrow Mississippi's, and say so.
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
public abstract class SimulationParameters {

  /** The first day of the reference period the lawful durations are computed for, by default. */
  public static final LocalDate DEFAULT_REFERENCE_START = LocalDate.of(2026, 9, 1);

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SimulationParameters}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableSimulationParameters.Builder {
    Builder() {}
  }

  /**
   * Returns a name for the parameter set, shown in reports.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the parameters of each process a dispute may enter; {@code IEP_MEETING} holds the weights
   * of the first process.
   *
   * @return the parameters by process
   */
  public abstract Map<DisputeProcess, ProcessParameters> processParameters();

  /**
   * Returns the first trigger date of the reference period: lawful durations are the bounds that hold
   * for every trigger date from this day for {@link #horizonDays()} days (see {@link SimulationModel}).
   * Simulated cases start on this day.
   *
   * @return the date; defaults to 2026-09-01
   */
  @Value.Default
  public LocalDate referenceStart() {
    return DEFAULT_REFERENCE_START;
  }

  /**
   * Returns the length of the reference period in days.
   *
   * @return 1 to 3660; defaults to 366
   */
  @Value.Default
  public int horizonDays() {
    return 366;
  }

  /**
   * Returns the parameters of a process, if it may be entered.
   *
   * @param process the process
   * @return the parameters, or null when the process is never entered
   */
  @org.jspecify.annotations.Nullable
  public final ProcessParameters process(DisputeProcess process) {
    Objects.requireNonNull(process, "process");
    return processParameters().get(process);
  }

  /**
   * Returns a copy with one process's parameters replaced (or added).
   *
   * @param process the process
   * @param parameters its new parameters
   * @return the new parameter set
   */
  public final SimulationParameters with(DisputeProcess process, ProcessParameters parameters) {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(parameters, "parameters");
    Map<DisputeProcess, ProcessParameters> m = new EnumMap<>(DisputeProcess.class);
    m.putAll(processParameters());
    m.put(process, parameters);
    return builder().from(this).processParameters(m).build();
  }

  @Value.Check
  void check() {
    if (horizonDays() < 1 || horizonDays() > 3660) {
      throw new InvalidInputException("simulationParameters.horizonDays", horizonDays(), "1 to 3660 days");
    }
    if (!processParameters().containsKey(IEP_MEETING)) {
      throw new InvalidInputException("simulationParameters.processParameters", processParameters().keySet(),
          "parameters for IEP_MEETING, the start of every dispute");
    }
  }

  /**
   * Returns the calibrated defaults for a jurisdiction: {@link #missouri()} for {@code "MO"},
   * {@link #mississippi()} for {@code "MS"}, and Mississippi's federal-process figures for any other
   * code (no facilitation step).
   *
   * <p>The same values, with their evidence and sources, are the bundled parameter files of
   * {@code iepdr-json} ({@code org/iepdr/json/simulation/parameters-*.json}), which {@code iepdr simulate}
   * runs. The core keeps this typed copy because it reads no file and must simulate without
   * {@code iepdr-json}; {@code ParameterFileTest} fails when a value, a path, the name or the reference
   * start of a file differs from this copy, so a change must be made in both.
   *
   * @param code the jurisdiction's code
   * @return the defaults
   */
  public static SimulationParameters defaults(String code) {
    switch (java.util.Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT)) {
      case "MO":
        return missouri();
      case "MS":
        return mississippi();
      default:
        return builder().from(mississippi()).name(code.toUpperCase(Locale.ROOT) + " defaults (Mississippi 2015-16"
            + " figures)").build();
    }
  }

  // --- shared figures -------------------------------------------------------------------------------

  private static final String MS_REPORT = "Mississippi Department of Education, dispute resolution report 2015-16"
      + " (EMAPS)";
  private static final String FIEP_SPOTLIGHT = "CADRE, \"Spotlight on Missouri: Facilitated IEP Program\","
      + " September 2018";
  private static final String MO_MEDIATION = "Special Ed Start Guide, \"Missouri IEP Mediation: How the Free"
      + " Process Works and When to Use It\" (specialedstartguide.com)";
  private static final String MO_FIEP_FLYER = "Missouri DESE, \"Facilitated IEP Process\" flyer, 2016-2017";

  /** Missouri FIEP: consensus on some or all issues in 83 of 86 meetings. */
  static final double FIEP_CONSENSUS = 83.0 / 86.0;
  /** Missouri mediation: over 84% resolved. */
  static final double MO_MEDIATION_RESOLVED = 0.84;
  /** Missouri due process: about $16,000 to a district. */
  static final long DUE_PROCESS_COST = 16_000L;
  /** Mississippi 2015-16: 37 reports of 61 written complaints. */
  static final double COMPLAINT_REPORTED = 37.0 / 61.0;
  /** Mississippi 2015-16: 25 reports with findings of 37. */
  static final double COMPLAINT_FINDINGS = 25.0 / 37.0;
  /** Mississippi 2015-16: 10 mediations held of 15 requests. */
  static final double MEDIATION_HELD = 10.0 / 15.0;
  /** Mississippi 2015-16: 7 resolution meetings of 12 due process complaints. */
  static final double RESOLUTION_HELD = 7.0 / 12.0;
  /** Mississippi 2015-16: 3 settlement agreements, taken as reached in the 7 resolution meetings. */
  static final double RESOLUTION_SETTLED = 3.0 / 7.0;
  /**
   * Mississippi 2015-16: 0 of 12 complaints fully adjudicated. The share of unsettled, held resolution
   * meetings that go on to a hearing is set so that about 2.5% of complaints are adjudicated, inside the
   * 95% Wilson interval of 0/12 (0 to 24%).
   */
  static final double MS_HEARING_AFTER_RESOLUTION = 0.075;

  private static ProcessParameters complaint(Map<DisputeProcess, Double> next, double escalate, String where) {
    return ProcessParameters.builder()
        .held(COMPLAINT_REPORTED).resolved(COMPLAINT_FINDINGS).partly(0.0)
        .escalateAfterNot(escalate).districtCost(0L).openEndedDays(30)
        .putAllNext(next)
        .source("held = 37/61 reports, resolved = 25/37 with findings: " + MS_REPORT + where
            + "; district cost 0 and escalation: assumptions")
        .build();
  }

  private static ProcessParameters resolution(double toHearing, String where) {
    return ProcessParameters.builder()
        .held(RESOLUTION_HELD).resolved(RESOLUTION_SETTLED).partly(0.0)
        .escalateAfterNot(toHearing).districtCost(0L)
        .putNext(DUE_PROCESS_HEARING, 1.0)
        .source("held = 7/12 resolution meetings, resolved = 3/7 settlement agreements: " + MS_REPORT + where)
        .build();
  }

  private static ProcessParameters hearing(String source) {
    return ProcessParameters.builder()
        .held(1.0).resolved(1.0).districtCost(DUE_PROCESS_COST)
        .source(source)
        .build();
  }

  /**
   * Returns Missouri's calibrated defaults (see the class documentation for every figure).
   *
   * @return the defaults
   */
  public static SimulationParameters missouri() {
    return builder()
        .name("Missouri defaults")
        .putProcessParameter(IEP_MEETING, ProcessParameters.builder()
            .escalateAfterNot(1.0)
            .putNext(FACILITATED_IEP, 40.0).putNext(MEDIATION, 15.0 * 60.0 / 88.0)
            .putNext(STATE_COMPLAINT, 61.0 * 60.0 / 88.0).putNext(RESOLUTION_MEETING, 12.0 * 60.0 / 88.0)
            .source("assumption: 40% of Missouri disputes start with a FIEP (no published share); the other 60%"
                + " split 61 : 15 : 12 (complaint : mediation : due process) as in " + MS_REPORT)
            .build())
        .putProcessParameter(FACILITATED_IEP, ProcessParameters.builder()
            .held(1.0).resolved(FIEP_CONSENSUS / 2).partly(FIEP_CONSENSUS / 2)
            .escalateAfterPartly(0.3).escalateAfterNot(0.8).districtCost(0L).openEndedDays(21)
            .putNext(MEDIATION, 60.0).putNext(STATE_COMPLAINT, 25.0).putNext(RESOLUTION_MEETING, 15.0)
            .source("resolved + partly = 83/86 consensus on some or all issues: " + FIEP_SPOTLIGHT
                + " (split even: assumption); district cost 0, DESE pays the facilitator: " + MO_FIEP_FLYER
                + "; escalation and next steps: assumptions")
            .build())
        .putProcessParameter(MEDIATION, ProcessParameters.builder()
            .held(MEDIATION_HELD).resolved(MO_MEDIATION_RESOLVED).partly(0.0)
            .escalateAfterNot(0.6).districtCost(0L).openEndedDays(30)
            .putNext(STATE_COMPLAINT, 40.0).putNext(RESOLUTION_MEETING, 60.0)
            .source("resolved = 0.84 (over 84% resolved) and cost 0 (free, DESE absorbs the cost): " + MO_MEDIATION
                + "; held = 10/15: " + MS_REPORT + " (no Missouri figure); escalation: assumption")
            .build())
        .putProcessParameter(STATE_COMPLAINT, complaint(Map.of(MEDIATION, 50.0, RESOLUTION_MEETING, 50.0), 0.3,
            " (no Missouri figure)"))
        .putProcessParameter(RESOLUTION_MEETING, resolution(0.5, " (no Missouri figure); hearing after an unsettled"
            + " meeting 0.5: assumption"))
        .putProcessParameter(DUE_PROCESS_HEARING, hearing("district cost about $16,000: " + MO_MEDIATION
            + "; a decision ends the administrative dispute (judicial review is not simulated)"))
        .build();
  }

  /**
   * Returns Mississippi's calibrated defaults (see the class documentation for every figure).
   *
   * @return the defaults
   */
  public static SimulationParameters mississippi() {
    Map<DisputeProcess, Double> formal = Map.of(STATE_COMPLAINT, 61.0, MEDIATION, 15.0, RESOLUTION_MEETING, 12.0);
    return builder()
        .name("Mississippi defaults")
        .putProcessParameter(IEP_MEETING, ProcessParameters.builder()
            .escalateAfterNot(1.0)
            .putNext(FACILITATED_IEP, 20.0).putNext(STATE_COMPLAINT, 61.0 * 80.0 / 88.0)
            .putNext(MEDIATION, 15.0 * 80.0 / 88.0).putNext(RESOLUTION_MEETING, 12.0 * 80.0 / 88.0)
            .source("first formal process 61 : 15 : 12 (complaint : mediation : due process): " + MS_REPORT
                + "; 20% start with facilitation: assumption (no published count)")
            .build())
        .putProcessParameter(FACILITATED_IEP, ProcessParameters.builder()
            .held(1.0).resolved(FIEP_CONSENSUS / 2).partly(FIEP_CONSENSUS / 2)
            .escalateAfterPartly(0.3).escalateAfterNot(0.8).districtCost(0L).openEndedDays(21)
            .putAllNext(formal)
            .source("resolved + partly = 83/86: Missouri's FIEP figure (" + FIEP_SPOTLIGHT + "), no Mississippi"
                + " figure; next steps 61 : 15 : 12 as in " + MS_REPORT)
            .build())
        .putProcessParameter(MEDIATION, ProcessParameters.builder()
            .held(MEDIATION_HELD).resolved(MO_MEDIATION_RESOLVED).partly(0.0)
            .escalateAfterNot(0.1).districtCost(0L).openEndedDays(30)
            .putNext(STATE_COMPLAINT, 61.0).putNext(RESOLUTION_MEETING, 12.0)
            .source("held = 10/15: " + MS_REPORT + "; resolved = 0.84: Missouri's figure (" + MO_MEDIATION
                + "), no Mississippi figure; escalation: assumption")
            .build())
        .putProcessParameter(STATE_COMPLAINT, complaint(Map.of(MEDIATION, 15.0, RESOLUTION_MEETING, 12.0), 0.1, ""))
        .putProcessParameter(RESOLUTION_MEETING, resolution(MS_HEARING_AFTER_RESOLUTION, "; hearing rate inside the 95%"
            + " interval of 0 of 12 fully adjudicated"))
        .putProcessParameter(DUE_PROCESS_HEARING, hearing("district cost about $16,000: Missouri's figure (" + MO_MEDIATION
            + "), no Mississippi figure"))
        .build();
  }
}
