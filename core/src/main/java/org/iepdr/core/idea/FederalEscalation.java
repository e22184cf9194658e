package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import org.apiguardian.api.API;
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

  // ---- Wording: every condition and reason of the federal path, in one place (for the message bundles).
  static final String IEP_TO_MEDIATION =
      "both parties agree to mediate; available for any matter, before or after a due process complaint";
  static final String IEP_TO_STATE_COMPLAINT = "a public agency violated a requirement of Part B within the last year";
  static final String IEP_TO_RESOLUTION = "a parent files a due process complaint on identification, evaluation,"
      + " placement or FAPE; the LEA convenes a resolution meeting";
  static final String IEP_TO_EXPEDITED = "a parent disputes a disciplinary placement or manifestation determination,"
      + " or the LEA believes the current placement is substantially likely to result in injury";
  static final String MEDIATION_TO_STATE_COMPLAINT = "mediation did not resolve a violation of Part B";
  static final String MEDIATION_ENDED_TO_STATE_COMPLAINT = "mediation ended without agreement or was declined; a"
      + " violation of Part B within the last year can be brought in a state complaint";
  static final String MEDIATION_TO_RESOLUTION =
      "mediation did not resolve the dispute and the parent files a due process complaint";
  static final String MEDIATION_ENDED_TO_RESOLUTION = "mediation ended without agreement or was declined; the parent"
      + " may file a due process complaint";
  static final String MEDIATION_TO_HEARING = "a due process complaint is pending and mediation took the resolution"
      + " meeting's place: unless mediation settles it, the hearing may be held once the resolution period ends (or"
      + " earlier, the day after the parties agree in writing that no agreement is possible); the 45-day decision"
      + " clock starts then";
  static final String MEDIATION_AGREEMENT_TO_COURT = "the mediation agreement is signed: the district carries it"
      + " out; if it does not, the signed agreement is enforceable in a State court or a federal district court";
  static final String STATE_COMPLAINT_TO_MEDIATION =
      "the parties agree to mediate; the 60-day clock may be extended to allow it";
  static final String DECIDED_STATE_COMPLAINT_TO_MEDIATION = "the state complaint is decided; mediation stays"
      + " available for any matter that remains, when both parties agree";
  static final String STATE_COMPLAINT_TO_RESOLUTION = "the issue is also brought in a due process complaint (it is"
      + " set aside in the state complaint until the hearing ends)";
  static final String RESOLUTION_TO_MEDIATION = "both parties agree to use mediation instead of the resolution meeting";
  static final String RESOLUTION_TO_HEARING = "the complaint is not resolved within the 30-day resolution period, as"
      + " adjusted";
  static final String RESOLUTION_AGREEMENT_TO_COURT = "the resolution agreement is signed: either party may void it"
      + " within 3 business days; then the district carries it out, and if it does not, the agreement is"
      + " enforceable in a State court or a federal district court";
  static final String HEARING_AFTER_WAIVER = "both parties waived the resolution meeting in writing: the hearing may"
      + " be held from the day after the waiver, when the 45-day decision clock starts";
  static final String HEARING_AFTER_NO_AGREEMENT = "the parties agreed in writing that no agreement is possible: the"
      + " hearing may be held from the day after, when the 45-day decision clock starts";
  static final String HEARING_PENDING = "the due process complaint awaits its hearing, which may be held once the"
      + " resolution period has ended; the 45-day decision clock starts then";
  static final String DECISION_PENDING = "the hearing was held: the hearing officer's decision is due within 45 days"
      + " after the resolution period ended, unless the hearing officer extended the time at a party's request";
  static final String EXPEDITED_DECISION_PENDING = "the expedited hearing was held: the decision follows within 10"
      + " school days after it";
  static final String HEARING_TO_COURT = "a party aggrieved by the hearing decision may bring a civil action in a"
      + " State court or a federal district court (the library does not compute its deadline yet)";
  static final String EXPEDITED_PENDING = "the expedited complaint awaits its expedited hearing, which must occur"
      + " within 20 school days of the date the complaint is filed; the decision follows within 10 school days after"
      + " the hearing";
  static final String EXPEDITED_TO_COURT = "a party aggrieved by the expedited hearing decision appeals";
  static final String MEDIATION_AGAIN = "mediation stays available for any matter, also after an earlier mediation,"
      + " when both parties agree to it";
  static final String STATE_COMPLAINT_AGAIN = "a new state complaint may allege another violation of Part B within"
      + " the last year";
  static final String DUE_PROCESS_AGAIN = "a parent may file a separate due process complaint on an issue separate"
      + " from one already filed, within the time limit for filing";
  static final String EXPEDITED_AGAIN = "a new dispute over a disciplinary placement or manifestation determination"
      + " can be brought in a new expedited due process complaint";
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
