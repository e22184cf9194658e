package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The five stages of the CADRE Continuum of Dispute Resolution Processes and Practices.
 */
@API(status = MAINTAINED, since = "0.2.0")
public enum CadreStage {
  /** Stage I: prevention (parent engagement, communication skills). */
  I_PREVENTION("prevention"),
  /** Stage II: early disagreement resolution. */
  II_DISAGREEMENT("early disagreement resolution"),
  /** Stage III: conflict management with a third party (facilitation, mediation). */
  III_CONFLICT_MANAGEMENT("conflict management"),
  /** Stage IV: formal procedural safeguards (resolution meeting, state complaint, due process). */
  IV_PROCEDURAL_SAFEGUARDS("formal procedural safeguards"),
  /** Stage V: legal review (appeals, litigation). */
  V_LEGAL_REVIEW("legal review");

  private final String label;

  CadreStage(String label) {
    this.label = label;
  }

  /**
   * Returns the stage's label as CADRE writes it.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
