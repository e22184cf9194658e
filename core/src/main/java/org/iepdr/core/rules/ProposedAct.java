package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Acts a party may plan, each counted from a trigger date, for {@link RuleBook#plan}.
 */
@API(status = MAINTAINED, since = "0.2.0")
public enum ProposedAct {
  /** Holding an IEP meeting; trigger: the date the meeting notice is sent. */
  IEP_MEETING("the date the meeting notice is sent"),
  /** Holding a facilitated IEP meeting; trigger: the date the request reaches the state agency. */
  FACILITATED_IEP_MEETING("the date the facilitation request reaches the state agency"),
  /** Holding the mediation session; trigger: the date the mediator is selected. */
  MEDIATION_SESSION("the date the mediator is selected"),
  /** Completing mediation; trigger: the date both parties agree to mediate. */
  MEDIATION_COMPLETION("the date both parties agree to mediate"),
  /** Forwarding a state complaint to the district; trigger: the date the state agency receives it. */
  STATE_COMPLAINT_FORWARDING("the date the state agency receives the complaint"),
  /** Issuing the state complaint decision; trigger: the filing date. */
  STATE_COMPLAINT_DECISION("the complaint's filing date"),
  /** Challenging a due process complaint's sufficiency; trigger: the date the complaint is received. */
  SUFFICIENCY_CHALLENGE("the date the due process complaint is received"),
  /** Ruling on a sufficiency challenge; trigger: the date the challenge is received. */
  SUFFICIENCY_RULING("the date the sufficiency challenge is received"),
  /** Responding to a due process complaint; trigger: the date the complaint is received. */
  DUE_PROCESS_RESPONSE("the date the due process complaint is received"),
  /** Convening the resolution meeting; trigger: the date the LEA receives the parent's complaint. */
  RESOLUTION_MEETING("the date the LEA receives the parent's due process complaint"),
  /** Starting the due process hearing; trigger: the date the complaint is received. */
  DUE_PROCESS_HEARING("the date the due process complaint is received"),
  /** Reaching and mailing the hearing decision; trigger: the date the complaint is received. */
  HEARING_DECISION("the date the due process complaint is received"),
  /** Disclosing evaluations and recommendations; trigger: the hearing date (counted backward). */
  HEARING_DISCLOSURE("the hearing date"),
  /** Voiding a resolution agreement; trigger: the date the agreement is executed. */
  RESOLUTION_AGREEMENT_VOID("the date the resolution agreement is executed"),
  /** Assigning the hearing officer or commissioner; trigger: the date the hearing body is notified. */
  HEARING_OFFICER_ASSIGNMENT("the date the hearing body receives notice of the complaint"),
  /** Convening an expedited resolution meeting; trigger: the date the complaint is received. */
  EXPEDITED_RESOLUTION_MEETING("the date the expedited due process complaint is received"),
  /** Holding the expedited hearing; trigger: the filing date of the expedited complaint. */
  EXPEDITED_HEARING("the date the expedited due process complaint is filed"),
  /** Deciding the expedited hearing; trigger: the date of the expedited hearing. */
  EXPEDITED_HEARING_DECISION("the date of the expedited hearing");

  private final String trigger;

  ProposedAct(String trigger) {
    this.trigger = trigger;
  }

  /**
   * Returns what the trigger date of a plan for this act means.
   *
   * @return the trigger, in words
   */
  public String trigger() {
    return trigger;
  }
}
