package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The dispute-resolution processes a case can pass through, each with its CADRE stage.
 */
@API(status = MAINTAINED, since = "0.2.0")
public enum DisputeProcess {
  /** An IEP team meeting (34 CFR 300.322): where disagreements start and are first worked on. */
  IEP_MEETING(CadreStage.I_PREVENTION, false),
  /** An IEP meeting run by a neutral facilitator; voluntary and optional under IDEA. */
  FACILITATED_IEP(CadreStage.III_CONFLICT_MANAGEMENT, false),
  /** Mediation (34 CFR 300.506); voluntary, and every state must offer it. */
  MEDIATION(CadreStage.III_CONFLICT_MANAGEMENT, true),
  /** The resolution meeting after a parent's due process complaint (34 CFR 300.510). */
  RESOLUTION_MEETING(CadreStage.IV_PROCEDURAL_SAFEGUARDS, true),
  /** A state (Missouri: child) complaint (34 CFR 300.151-300.153). */
  STATE_COMPLAINT(CadreStage.IV_PROCEDURAL_SAFEGUARDS, true),
  /** A due process hearing (34 CFR 300.507-300.515). */
  DUE_PROCESS_HEARING(CadreStage.IV_PROCEDURAL_SAFEGUARDS, true),
  /** An expedited due process hearing on discipline (34 CFR 300.532). */
  EXPEDITED_HEARING(CadreStage.IV_PROCEDURAL_SAFEGUARDS, true),
  /** A civil action in state or federal court (34 CFR 300.516). */
  JUDICIAL_REVIEW(CadreStage.V_LEGAL_REVIEW, true);

  private final CadreStage stage;
  private final boolean requiredByIdea;

  DisputeProcess(CadreStage stage, boolean requiredByIdea) {
    this.stage = stage;
    this.requiredByIdea = requiredByIdea;
  }

  /**
   * Returns the process's stage on the CADRE continuum.
   *
   * @return the stage
   */
  public CadreStage cadreStage() {
    return stage;
  }

  /**
   * Returns whether IDEA requires every state to make the process available (facilitation is
   * optional; an IEP meeting is not a dispute process as such).
   *
   * @return true for the processes IDEA mandates
   */
  public boolean requiredByIdea() {
    return requiredByIdea;
  }
}
