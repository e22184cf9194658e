package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.idea.FederalEscalation;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.CaseCondition;
import org.iepdr.core.process.CaseFact;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.process.Reopening;
import org.iepdr.core.process.Step;
import org.iepdr.core.process.StepDate;

/**
 * Missouri's escalation path and the sources' advice on it.
 *
 * <p>The path extends the federal one ({@link FederalEscalation#path()}): IEP meeting → facilitated IEP
 * (FIEP, prevention; DESE's "Facilitated IEP Process" flyer, 2016-2017) → mediation (available at any
 * time, before or during a due process proceeding: RSMo 162.959.2, and the Special Ed Start Guide article
 * "Missouri IEP Mediation: How the Free Process Works and When to Use It") → child complaint or due
 * process (resolution meeting → hearing before the Administrative Hearing Commission, RSMo 162.961) →
 * judicial review. The advice comes from that article (when mediation fits and when it does not) and from
 * DESE's flyer (how a FIEP differs from mediation), tagged with the issue kinds it speaks to where it
 * maps onto one; advice without issue kinds is general.
 *
 * <p>The steps read the case ({@link CaseCondition}): a declined facilitated IEP meeting leads to mediation
 * or a child complaint; mediation while a due process complaint is pending leads back to the hearing; a
 * signed mediation agreement, to enforcement in court; "consider free mediation first" is not shown to a
 * case that already mediated.
 *
 * <p>Implementation Requirements: a static utility; the path is immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MissouriEscalation {

  private static final String FIEP = Sources.FIEP_FLYER;
  private static final String ARTICLE = Sources.MEDIATION_ARTICLE;

  // ---- Wording: the Missouri conditions and reasons, in one place (for the message bundles).
  static final String DECLINED_TO_MEDIATION = "the facilitated IEP meeting was declined (facilitation is voluntary);"
      + " mediation stays available when both parties agree, and no due process complaint is needed first";
  static final String DECLINED_TO_CHILD_COMPLAINT = "the facilitated IEP meeting was declined; a violation of Part B"
      + " by the district within the last year can be brought in a child complaint with DESE";
  static final String MEDIATION_TO_HEARING = "a due process complaint is pending: mediation held meanwhile must not"
      + " delay the hearing; unless mediation settles it, the hearing goes on from the first day it may be held";
  static final String FIEP_AGAIN = "a facilitated IEP meeting can be requested again for a later IEP meeting, when both"
      + " the educational decision-maker and the district agree";
  // ---- End of wording.

  private static final EscalationPath PATH = FederalEscalation.path().toBuilder("Missouri")
      // FIEP: prevention, before a dispute hardens.
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.FACILITATED_IEP,
          "the educational decision-maker and the district both agree to a facilitated IEP meeting; the district"
              + " sends DESE the FIEP Request Form signed by both, at least 10 days before the meeting", FIEP)
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION,
          "a specific dispute remains after the facilitated meeting and both parties agree to mediate; no due"
              + " process complaint is needed first", FIEP + "; " + ARTICLE + "; RSMo 162.959.2")
      .step(new Step(DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION, DECLINED_TO_MEDIATION,
          FIEP + "; RSMo 162.959.2").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .step(new Step(DisputeProcess.FACILITATED_IEP, DisputeProcess.STATE_COMPLAINT, DECLINED_TO_CHILD_COMPLAINT,
          "34 CFR 300.153; DESE child complaint page").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.STATE_COMPLAINT,
          "the district violated a requirement of Part B within the last year: file a child complaint with DESE",
          "34 CFR 300.153; DESE child complaint page")
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.RESOLUTION_MEETING,
          "a parent files a due process complaint with DESE on identification, evaluation, placement or FAPE;"
              + " the district convenes a resolution meeting", "34 CFR 300.507, 300.510; RSMo 162.961")
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.EXPEDITED_HEARING,
          "a parent disputes a disciplinary placement or manifestation determination, or the district believes"
              + " the current placement is substantially likely to result in injury", "34 CFR 300.532")
      // Missouri wording of federal steps.
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION,
          "both parties agree to state-sponsored mediation; it is free, available at any time, and no due process"
              + " complaint is needed first", "RSMo 162.959.2; " + ARTICLE)
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT,
          "the district violated a requirement of Part B within the last year: file a child complaint with DESE",
          "34 CFR 300.153; DESE child complaint page")
      .step(new Step(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.DUE_PROCESS_HEARING,
          "the complaint is not resolved within the 30-day resolution period, as adjusted; the Administrative"
              + " Hearing Commission assigns a commissioner within 15 days of receiving notice and hears the case",
          "34 CFR 300.510(b)-(c); RSMo 162.961").when(FederalEscalation.COMPLAINT_NOT_SETTLED)
          .opening(StepDate.FIRST_HEARING_DAY))
      // Mediation at any time, also while a hearing is pending, and back to the hearing when it fails.
      .step(new Step(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.MEDIATION,
          "a hearing has been requested: the parties are offered mediation, which must not delay the hearing",
          "RSMo 162.959.2-3; 34 CFR 300.506(b)(1)(ii)")
          .when(CaseCondition.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING)))
      .step(new Step(DisputeProcess.MEDIATION, DisputeProcess.DUE_PROCESS_HEARING, MEDIATION_TO_HEARING,
          "RSMo 162.959.2; 34 CFR 300.510(b)-(c); " + ARTICLE)
          .when(FederalEscalation.MEDIATION_WHILE_COMPLAINT_PENDING).opening(StepDate.FIRST_HEARING_DAY))
      .step(new Step(DisputeProcess.MEDIATION, DisputeProcess.JUDICIAL_REVIEW,
          "the district does not carry out a signed mediation agreement: it is legally binding and can be enforced"
              + " in court", "34 CFR 300.506(b)(7); " + ARTICLE).when(FederalEscalation.MEDIATION_AGREEMENT_SIGNED))
      .reopening(new Reopening(DisputeProcess.FACILITATED_IEP, FIEP_AGAIN, FIEP))
      // Back at an IEP meeting after a declined facilitated IEP meeting.
      .step(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, DECLINED_TO_MEDIATION,
          FIEP + "; RSMo 162.959.2").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .step(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT, DECLINED_TO_CHILD_COMPLAINT,
          "34 CFR 300.153; DESE child complaint page").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      // Advice, the mediation article: when mediation fits.
      .advice(new Advice(DisputeProcess.MEDIATION, true, Set.of(IssueKind.COMMUNICATION_BREAKDOWN),
          "Mediation works when the district is open to dialogue but the IEP meeting dynamic is dysfunctional: a"
              + " neutral third party can help both sides find solutions neither would have proposed.", ARTICLE))
      .advice(new Advice(DisputeProcess.MEDIATION, true, Set.of(IssueKind.SERVICES, IssueKind.PLACEMENT),
          "Mediation works better for disagreements about service levels, placement options or program specifics"
              + " than for a clear-cut IDEA violation.", ARTICLE))
      .advice(new Advice(DisputeProcess.MEDIATION, true, Set.of(),
          "Mediation fits when you have documented your position but do not yet have a case strong enough for due"
              + " process; it resolves over 84% of Missouri cases when both sides take part in good faith, and it is"
              + " free.", ARTICLE))
      // Advice, the mediation article: when mediation does not fit.
      .advice(new Advice(DisputeProcess.MEDIATION, false, Set.of(IssueKind.NON_COMPLIANCE),
          "A clear, documented procedural IDEA breach is better addressed through a child (state) complaint than"
              + " through mediation.", ARTICLE))
      .advice(new Advice(DisputeProcess.MEDIATION, false, Set.of(),
          "Mediation is less effective when the district has a pattern of bad faith (agreeing to things in"
              + " mediation and then not carrying them out).", ARTICLE))
      .advice(new Advice(DisputeProcess.MEDIATION, false, Set.of(),
          "Mediation is less effective when the relationship is so damaged that neutral facilitation cannot bridge"
              + " the gap.", ARTICLE))
      .advice(new Advice(DisputeProcess.MEDIATION, false, Set.of(),
          "Mediation is less effective when the issue is urgent (a student out of school or receiving no"
              + " services) and the time spent on it delays critical relief.", ARTICLE))
      .advice(new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(IssueKind.NON_COMPLIANCE),
          "State (child) complaints and due process are better than mediation for documented procedural"
              + " violations.", ARTICLE))
      .advice(new Advice(DisputeProcess.RESOLUTION_MEETING, false, Set.of(),
          "Going straight to due process when an IEP meeting breaks down is usually the wrong move, financially"
              + " and strategically; consider free mediation first.", ARTICLE)
          .when(CaseCondition.untried(DisputeProcess.MEDIATION)))
      // Advice, DESE's FIEP flyer: facilitation versus mediation.
      .advice(new Advice(DisputeProcess.FACILITATED_IEP, true, Set.of(IssueKind.COMMUNICATION_BREAKDOWN),
          "When the relationship between parents and school staff becomes strained, or better, before it frays,"
              + " an independent facilitator can help the IEP team reach agreement.", FIEP))
      .advice(new Advice(DisputeProcess.FACILITATED_IEP, true, Set.of(),
          "A facilitator helps run the IEP meeting where the team develops the IEP and focuses on the process; a"
              + " mediator helps the parties agree on a specific dispute, which can involve more than the IEP, and"
              + " focuses on the results.", FIEP))
      .build();

  private MissouriEscalation() {}

  /**
   * Returns Missouri's escalation path.
   *
   * @return the path, the same instance on every call
   */
  public static EscalationPath path() {
    return PATH;
  }
}
