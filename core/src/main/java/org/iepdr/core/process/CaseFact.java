package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A fact a case's events show about one process: that it was requested, held, declined, settled,
 * decided or withdrawn. {@link CaseStatus} computes them once per case; the conditions of an
 * {@link EscalationPath}'s steps and advice ({@link CaseCondition}) are written over them.
 *
 * <p>Each fact belongs to one process ({@link #process()}); the facts of a due process complaint's
 * resolution period and hearing belong to {@link DisputeProcess#RESOLUTION_MEETING} and
 * {@link DisputeProcess#DUE_PROCESS_HEARING}. A fact {@link #closes() closes} the processes whose latest
 * instance it ends: offering a closed process again needs a reason ({@link Reopening}). A new request
 * of a process starts a new instance and clears the facts of the earlier one.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum CaseFact {
  /** A facilitated IEP meeting was requested. */
  FACILITATION_REQUESTED(DisputeProcess.FACILITATED_IEP),
  /** A party declined the facilitation request (a {@code DECLINED} reply). */
  FACILITATION_DECLINED(DisputeProcess.FACILITATED_IEP, DisputeProcess.FACILITATED_IEP),
  /** The facilitated IEP meeting was held. */
  FACILITATION_HELD(DisputeProcess.FACILITATED_IEP, DisputeProcess.FACILITATED_IEP),
  /** The facilitation request was withdrawn. */
  FACILITATION_WITHDRAWN(DisputeProcess.FACILITATED_IEP, DisputeProcess.FACILITATED_IEP),

  /** Mediation was requested, or the parties agreed to mediate. */
  MEDIATION_REQUESTED(DisputeProcess.MEDIATION),
  /** A party declined the mediation request (mediation is voluntary, 34 CFR 300.506(b)(1)(i)). */
  MEDIATION_DECLINED(DisputeProcess.MEDIATION, DisputeProcess.MEDIATION),
  /** A mediation session was held. */
  MEDIATION_HELD(DisputeProcess.MEDIATION),
  /** The parties signed a mediation agreement (34 CFR 300.506(b)(6)). */
  MEDIATION_AGREEMENT_SIGNED(DisputeProcess.MEDIATION, DisputeProcess.MEDIATION),
  /**
   * Mediation ended without agreement: a party withdrew, or the parties agreed in writing that no
   * agreement is possible after a session.
   */
  MEDIATION_ENDED_WITHOUT_AGREEMENT(DisputeProcess.MEDIATION, DisputeProcess.MEDIATION),

  /** A state (Missouri: child) complaint was filed. */
  STATE_COMPLAINT_FILED(DisputeProcess.STATE_COMPLAINT),
  /** The state complaint was filed and is neither decided, withdrawn nor dismissed. */
  STATE_COMPLAINT_PENDING(DisputeProcess.STATE_COMPLAINT),
  /** The state agency issued its written decision (34 CFR 300.152(a)(5)). */
  STATE_COMPLAINT_DECIDED(DisputeProcess.STATE_COMPLAINT, DisputeProcess.STATE_COMPLAINT),
  /** The state complaint was withdrawn. */
  STATE_COMPLAINT_WITHDRAWN(DisputeProcess.STATE_COMPLAINT, DisputeProcess.STATE_COMPLAINT),
  /** The state complaint was dismissed. */
  STATE_COMPLAINT_DISMISSED(DisputeProcess.STATE_COMPLAINT, DisputeProcess.STATE_COMPLAINT),

  /** A due process complaint was filed. */
  DUE_PROCESS_COMPLAINT_FILED(DisputeProcess.RESOLUTION_MEETING),
  /** The due process complaint was filed and is neither decided, settled, withdrawn nor dismissed. */
  DUE_PROCESS_COMPLAINT_PENDING(DisputeProcess.RESOLUTION_MEETING),
  /** The resolution meeting was held. */
  RESOLUTION_MEETING_HELD(DisputeProcess.RESOLUTION_MEETING),
  /** Both parties waived the resolution meeting in writing (34 CFR 300.510(a)(3)(i), (c)(1)). */
  RESOLUTION_MEETING_WAIVED(DisputeProcess.RESOLUTION_MEETING),
  /**
   * While the complaint was pending and before a resolution meeting was held, the parties agreed to
   * mediate (34 CFR 300.510(a)(3)(ii)): mediation takes the resolution meeting's place.
   */
  MEDIATION_INSTEAD_OF_RESOLUTION_MEETING(DisputeProcess.RESOLUTION_MEETING),
  /** The parties agreed in writing that no agreement is possible (34 CFR 300.510(c)(2)). */
  NO_AGREEMENT_POSSIBLE(DisputeProcess.RESOLUTION_MEETING),
  /** The parties signed a resolution agreement (34 CFR 300.510(d)), not voided since. */
  RESOLUTION_AGREEMENT_SIGNED(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.RESOLUTION_MEETING,
      DisputeProcess.DUE_PROCESS_HEARING),
  /** The due process complaint was withdrawn. */
  DUE_PROCESS_COMPLAINT_WITHDRAWN(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.RESOLUTION_MEETING,
      DisputeProcess.DUE_PROCESS_HEARING),
  /** The due process complaint was dismissed. */
  DUE_PROCESS_COMPLAINT_DISMISSED(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.RESOLUTION_MEETING,
      DisputeProcess.DUE_PROCESS_HEARING),
  /** The due process hearing was held. */
  HEARING_HELD(DisputeProcess.DUE_PROCESS_HEARING),
  /** The hearing officer issued the hearing decision (34 CFR 300.515(a)). */
  HEARING_DECISION_ISSUED(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.RESOLUTION_MEETING,
      DisputeProcess.DUE_PROCESS_HEARING),

  /** An expedited due process complaint was filed (34 CFR 300.532). */
  EXPEDITED_COMPLAINT_FILED(DisputeProcess.EXPEDITED_HEARING),
  /** The expedited complaint was filed and is neither decided, withdrawn nor dismissed. */
  EXPEDITED_COMPLAINT_PENDING(DisputeProcess.EXPEDITED_HEARING),
  /** The expedited hearing was held. */
  EXPEDITED_HEARING_HELD(DisputeProcess.EXPEDITED_HEARING),
  /** The expedited hearing decision was issued (34 CFR 300.532(c)(2)). */
  EXPEDITED_DECISION_ISSUED(DisputeProcess.EXPEDITED_HEARING, DisputeProcess.EXPEDITED_HEARING),
  /** The expedited complaint was withdrawn. */
  EXPEDITED_COMPLAINT_WITHDRAWN(DisputeProcess.EXPEDITED_HEARING, DisputeProcess.EXPEDITED_HEARING),
  /** The expedited complaint was dismissed. */
  EXPEDITED_COMPLAINT_DISMISSED(DisputeProcess.EXPEDITED_HEARING, DisputeProcess.EXPEDITED_HEARING);

  private final DisputeProcess process;
  private final Set<DisputeProcess> closes;

  CaseFact(DisputeProcess process, DisputeProcess... closes) {
    this.process = process;
    Set<DisputeProcess> c = EnumSet.noneOf(DisputeProcess.class);
    c.addAll(java.util.Arrays.asList(closes));
    this.closes = java.util.Collections.unmodifiableSet(c);
  }

  /**
   * Returns the process the fact is about.
   *
   * @return the process
   */
  public DisputeProcess process() {
    return process;
  }

  /**
   * Returns the processes whose latest instance the fact ends (decided, settled, declined, withdrawn).
   *
   * @return the processes closed, empty for a fact that ends nothing
   */
  public Set<DisputeProcess> closes() {
    return closes;
  }

  /**
   * Returns the facts about a process.
   *
   * @param process the process
   * @return the facts whose {@link #process()} it is
   */
  public static Set<CaseFact> about(DisputeProcess process) {
    java.util.Objects.requireNonNull(process, "process");
    Set<CaseFact> s = EnumSet.noneOf(CaseFact.class);
    for (CaseFact f : values()) {
      if (f.process == process) {
        s.add(f);
      }
    }
    return s;
  }
}
