package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.message.Facts;
import org.iepdr.core.message.Message;
import org.iepdr.core.message.MessageCatalog;
import org.iepdr.core.process.CaseCondition;
import org.iepdr.core.process.CaseFact;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.process.Reopening;
import org.iepdr.core.process.Step;
import org.iepdr.core.process.StepDate;

/**
 * The federal escalation path: the processes IDEA makes available to every parent and agency, and
 * how they follow one another. State modules extend it with {@link EscalationPath#toBuilder}.
 *
 * <p>The steps read the case ({@link CaseCondition}): after a signed mediation or resolution agreement the
 * next step is carrying it out, with enforcement in court if the district does not (34 CFR 300.506(b)(7),
 * 300.510(d)(2)); after a waiver of the resolution meeting, an agreement that no agreement is possible, or
 * mediation in the resolution meeting's place, the hearing, from the first day it may be held
 * (300.510(b)-(c)); a pending expedited complaint awaits its expedited hearing (300.532(c)(2)); a civil
 * action follows a decision (300.516(a)), not a pending complaint. A closed process is open again only as
 * the {@link Reopening reopenings} say.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FederalEscalation {

  private static final String PART_300 = "34 CFR Part 300";

  // ---- Wording: every condition and reason of the federal path, as keys of core's catalog
  // (messages_en.properties, messages_es.properties: STEP.US.<FROM>.<TO>[.<situation>], REOPENING.US.<PROCESS>).
  static final Message IEP_TO_MEDIATION = worded("STEP.US.IEP_MEETING.MEDIATION");
  static final Message IEP_TO_STATE_COMPLAINT = worded("STEP.US.IEP_MEETING.STATE_COMPLAINT");
  static final Message IEP_TO_RESOLUTION = worded("STEP.US.IEP_MEETING.RESOLUTION_MEETING");
  static final Message IEP_TO_EXPEDITED = worded("STEP.US.IEP_MEETING.EXPEDITED_HEARING");
  static final Message MEDIATION_TO_STATE_COMPLAINT = worded("STEP.US.MEDIATION.STATE_COMPLAINT");
  static final Message MEDIATION_ENDED_TO_STATE_COMPLAINT = worded("STEP.US.MEDIATION.STATE_COMPLAINT.ended");
  static final Message MEDIATION_TO_RESOLUTION = worded("STEP.US.MEDIATION.RESOLUTION_MEETING");
  static final Message MEDIATION_ENDED_TO_RESOLUTION = worded("STEP.US.MEDIATION.RESOLUTION_MEETING.ended");
  static final Message MEDIATION_TO_HEARING = worded("STEP.US.MEDIATION.DUE_PROCESS_HEARING.complaint_pending");
  static final Message MEDIATION_AGREEMENT_TO_COURT = worded("STEP.US.MEDIATION.JUDICIAL_REVIEW.agreement_signed");
  static final Message STATE_COMPLAINT_TO_MEDIATION = worded("STEP.US.STATE_COMPLAINT.MEDIATION");
  static final Message DECIDED_STATE_COMPLAINT_TO_MEDIATION = worded("STEP.US.STATE_COMPLAINT.MEDIATION.decided");
  static final Message STATE_COMPLAINT_TO_RESOLUTION = worded("STEP.US.STATE_COMPLAINT.RESOLUTION_MEETING");
  static final Message RESOLUTION_TO_MEDIATION = worded("STEP.US.RESOLUTION_MEETING.MEDIATION.complaint_pending");
  static final Message RESOLUTION_TO_HEARING = worded("STEP.US.RESOLUTION_MEETING.DUE_PROCESS_HEARING.not_settled");
  static final Message RESOLUTION_AGREEMENT_TO_COURT = worded("STEP.US.RESOLUTION_MEETING.JUDICIAL_REVIEW.agreement_signed");
  static final Message HEARING_AFTER_WAIVER = worded("STEP.US.DUE_PROCESS_HEARING.DUE_PROCESS_HEARING.waived");
  static final Message HEARING_AFTER_NO_AGREEMENT = worded("STEP.US.DUE_PROCESS_HEARING.DUE_PROCESS_HEARING.no_agreement_possible");
  static final Message HEARING_PENDING = worded("STEP.US.DUE_PROCESS_HEARING.DUE_PROCESS_HEARING.pending");
  static final Message DECISION_PENDING = worded("STEP.US.DUE_PROCESS_HEARING.DUE_PROCESS_HEARING.decision_pending");
  static final Message EXPEDITED_DECISION_PENDING = worded("STEP.US.EXPEDITED_HEARING.EXPEDITED_HEARING.decision_pending");
  static final Message HEARING_TO_COURT = worded("STEP.US.DUE_PROCESS_HEARING.JUDICIAL_REVIEW.decided");
  static final Message EXPEDITED_PENDING = worded("STEP.US.EXPEDITED_HEARING.EXPEDITED_HEARING.pending");
  static final Message EXPEDITED_TO_COURT = worded("STEP.US.EXPEDITED_HEARING.JUDICIAL_REVIEW.decided");
  static final Message MEDIATION_AGAIN = worded("REOPENING.US.MEDIATION");
  static final Message STATE_COMPLAINT_AGAIN = worded("REOPENING.US.STATE_COMPLAINT");
  static final Message DUE_PROCESS_AGAIN = worded("REOPENING.US.RESOLUTION_MEETING");
  static final Message EXPEDITED_AGAIN = worded("REOPENING.US.EXPEDITED_HEARING");
  // ---- End of wording.


  /** The mediation ended without agreement or was declined, and no agreement was signed after all. */
  private static final CaseCondition MEDIATION_FAILED = CaseCondition.showsAny(
      CaseFact.MEDIATION_ENDED_WITHOUT_AGREEMENT, CaseFact.MEDIATION_DECLINED)
      .andNot(CaseFact.MEDIATION_AGREEMENT_SIGNED);

  /**
   * The condition of the step from mediation to the hearing of a pending due process complaint, for states to
   * reword the step with an equal condition.
   */
  public static final CaseCondition MEDIATION_WHILE_COMPLAINT_PENDING = new CaseCondition(
      Set.of(CaseFact.DUE_PROCESS_COMPLAINT_PENDING),
      Set.of(CaseFact.MEDIATION_INSTEAD_OF_RESOLUTION_MEETING, CaseFact.MEDIATION_REQUESTED),
      Set.of(CaseFact.MEDIATION_AGREEMENT_SIGNED));

  /**
   * The condition of the step from mediation to judicial review: a signed mediation agreement, for states to
   * reword the step with an equal condition.
   */
  public static final CaseCondition MEDIATION_AGREEMENT_SIGNED = CaseCondition.shows(CaseFact.MEDIATION_AGREEMENT_SIGNED);

  /**
   * The condition of the step from the resolution meeting to the hearing: the complaint is not settled,
   * withdrawn or dismissed; for states to reword the step with an equal condition.
   */
  public static final CaseCondition COMPLAINT_NOT_SETTLED = CaseCondition.showsNone(
      CaseFact.RESOLUTION_AGREEMENT_SIGNED, CaseFact.DUE_PROCESS_COMPLAINT_WITHDRAWN,
      CaseFact.DUE_PROCESS_COMPLAINT_DISMISSED);

  /** A mediation that did not end in a signed agreement and took no pending complaint's resolution meeting's place. */
  private static final CaseCondition MEDIATION_NOT_SETTLED =
      CaseCondition.showsNone(CaseFact.MEDIATION_AGREEMENT_SIGNED, CaseFact.DUE_PROCESS_COMPLAINT_PENDING);

  private static final EscalationPath PATH = EscalationPath.builder("IDEA Part B")
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, IEP_TO_MEDIATION, "34 CFR 300.506(a)")
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT, IEP_TO_STATE_COMPLAINT, "34 CFR 300.153")
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.RESOLUTION_MEETING, IEP_TO_RESOLUTION, "34 CFR 300.507, 300.510")
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.EXPEDITED_HEARING, IEP_TO_EXPEDITED, "34 CFR 300.532")
      // Mediation: to a state complaint or due process unless it ended in a signed agreement; to the hearing
      // when it took a pending complaint's resolution meeting's place; to court to enforce a signed agreement.
      .step(new Step(DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT, MEDIATION_ENDED_TO_STATE_COMPLAINT,
          "34 CFR 300.506(b)(1)(i), 300.153").when(MEDIATION_FAILED))
      .step(new Step(DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT, MEDIATION_TO_STATE_COMPLAINT,
          "34 CFR 300.153").when(CaseCondition.showsNone(CaseFact.MEDIATION_AGREEMENT_SIGNED)))
      .step(new Step(DisputeProcess.MEDIATION, DisputeProcess.RESOLUTION_MEETING, MEDIATION_ENDED_TO_RESOLUTION,
          "34 CFR 300.506(b)(1)(i), 300.507").when(MEDIATION_FAILED.andNot(CaseFact.DUE_PROCESS_COMPLAINT_PENDING)))
      .step(new Step(DisputeProcess.MEDIATION, DisputeProcess.RESOLUTION_MEETING, MEDIATION_TO_RESOLUTION,
          "34 CFR 300.506(b)(1)(ii), 300.507").when(MEDIATION_NOT_SETTLED))
      .step(new Step(DisputeProcess.MEDIATION, DisputeProcess.DUE_PROCESS_HEARING, MEDIATION_TO_HEARING,
          "34 CFR 300.510(a)(3)(ii), (b)-(c), 300.515(a)").when(MEDIATION_WHILE_COMPLAINT_PENDING)
          .opening(StepDate.FIRST_HEARING_DAY))
      .step(new Step(DisputeProcess.MEDIATION, DisputeProcess.JUDICIAL_REVIEW, MEDIATION_AGREEMENT_TO_COURT,
          "34 CFR 300.506(b)(6), (b)(7)").when(MEDIATION_AGREEMENT_SIGNED))
      // State complaint.
      .step(new Step(DisputeProcess.STATE_COMPLAINT, DisputeProcess.MEDIATION, DECIDED_STATE_COMPLAINT_TO_MEDIATION,
          "34 CFR 300.506(a)").when(CaseCondition.shows(CaseFact.STATE_COMPLAINT_DECIDED)))
      .step(new Step(DisputeProcess.STATE_COMPLAINT, DisputeProcess.MEDIATION, STATE_COMPLAINT_TO_MEDIATION,
          "34 CFR 300.152(a)(3)(ii), (b)(1)(ii)"))
      .step(DisputeProcess.STATE_COMPLAINT, DisputeProcess.RESOLUTION_MEETING, STATE_COMPLAINT_TO_RESOLUTION,
          "34 CFR 300.152(c)")
      // Resolution period.
      .step(new Step(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.MEDIATION, RESOLUTION_TO_MEDIATION,
          "34 CFR 300.510(a)(3)(ii)").when(CaseCondition.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING)))
      .step(new Step(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.DUE_PROCESS_HEARING, RESOLUTION_TO_HEARING,
          "34 CFR 300.510(b)-(c)").when(COMPLAINT_NOT_SETTLED)
          .opening(StepDate.FIRST_HEARING_DAY))
      .step(new Step(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.JUDICIAL_REVIEW, RESOLUTION_AGREEMENT_TO_COURT,
          "34 CFR 300.510(d)-(e)").when(CaseCondition.shows(CaseFact.RESOLUTION_AGREEMENT_SIGNED)))
      // The hearing a pending complaint awaits, then a civil action once it is decided.
      .step(new Step(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.DUE_PROCESS_HEARING, HEARING_AFTER_WAIVER,
          "34 CFR 300.510(c)(1), 300.515(a)").when(CaseCondition.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING,
              CaseFact.RESOLUTION_MEETING_WAIVED).andNot(CaseFact.HEARING_HELD)).opening(StepDate.FIRST_HEARING_DAY))
      .step(new Step(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.DUE_PROCESS_HEARING, HEARING_AFTER_NO_AGREEMENT,
          "34 CFR 300.510(c)(2), 300.515(a)").when(CaseCondition.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING,
              CaseFact.NO_AGREEMENT_POSSIBLE).andNot(CaseFact.HEARING_HELD)).opening(StepDate.FIRST_HEARING_DAY))
      .step(new Step(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.DUE_PROCESS_HEARING, HEARING_PENDING,
          "34 CFR 300.510(b)-(c), 300.515(a)").when(CaseCondition.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING)
              .andNot(CaseFact.HEARING_HELD)).opening(StepDate.FIRST_HEARING_DAY))
      .step(new Step(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.DUE_PROCESS_HEARING, DECISION_PENDING,
          "34 CFR 300.515(a), (c)").when(CaseCondition.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING,
              CaseFact.HEARING_HELD)))
      .step(new Step(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.JUDICIAL_REVIEW, HEARING_TO_COURT,
          "34 CFR 300.516(a)-(b)").when(CaseCondition.shows(CaseFact.HEARING_DECISION_ISSUED)))
      .step(new Step(DisputeProcess.EXPEDITED_HEARING, DisputeProcess.EXPEDITED_HEARING, EXPEDITED_PENDING,
          "34 CFR 300.532(c)(2)").when(CaseCondition.shows(CaseFact.EXPEDITED_COMPLAINT_PENDING)
              .andNot(CaseFact.EXPEDITED_HEARING_HELD)))
      .step(new Step(DisputeProcess.EXPEDITED_HEARING, DisputeProcess.EXPEDITED_HEARING, EXPEDITED_DECISION_PENDING,
          "34 CFR 300.532(c)(2)").when(CaseCondition.shows(CaseFact.EXPEDITED_COMPLAINT_PENDING,
              CaseFact.EXPEDITED_HEARING_HELD)))
      .step(new Step(DisputeProcess.EXPEDITED_HEARING, DisputeProcess.JUDICIAL_REVIEW, EXPEDITED_TO_COURT,
          "34 CFR 300.532(c)(5), 300.516").when(CaseCondition.shows(CaseFact.EXPEDITED_DECISION_ISSUED)))
      // Why a closed process is open again.
      .reopening(new Reopening(DisputeProcess.MEDIATION, MEDIATION_AGAIN, "34 CFR 300.506(a), (b)(1)(i)"))
      .reopening(new Reopening(DisputeProcess.STATE_COMPLAINT, STATE_COMPLAINT_AGAIN, "34 CFR 300.153(a), (c)"))
      .reopening(new Reopening(DisputeProcess.RESOLUTION_MEETING, DUE_PROCESS_AGAIN, "34 CFR 300.513(c), 300.507(a)(2)"))
      .reopening(new Reopening(DisputeProcess.EXPEDITED_HEARING, EXPEDITED_AGAIN, "34 CFR 300.532(a)"))
      .build();

  private FederalEscalation() {}

  /** A phrase of core's catalog that states no facts. */
  private static Message worded(String key) {
    return Message.of(MessageCatalog.core(), key, Facts.none());
  }

  /**
   * Returns the federal path.
   *
   * @return the path
   */
  public static EscalationPath path() {
    return PATH;
  }

  /**
   * Returns the name of the regulation the path comes from.
   *
   * @return "34 CFR Part 300"
   */
  static String source() {
    return PART_300;
  }
}
