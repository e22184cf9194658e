package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.message.Facts;
import org.iepdr.core.message.Message;
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

  // The wording of every condition, reason and advice is a key of the module's catalog (messages_en.properties,
  // messages_es.properties): STEP.MO.<FROM>.<TO>[.<situation>], REOPENING.MO.<PROCESS>, ADVICE.MO.<PROCESS>.<name>.

  private static final EscalationPath PATH = FederalEscalation.path().toBuilder("Missouri")
      // FIEP: prevention, before a dispute hardens.
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.FACILITATED_IEP,
          worded("STEP.MO.IEP_MEETING.FACILITATED_IEP"), FIEP)
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION,
          worded("STEP.MO.FACILITATED_IEP.MEDIATION"), FIEP + "; " + ARTICLE + "; RSMo 162.959.2")
      .step(new Step(DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION,
          worded("STEP.MO.FACILITATED_IEP.MEDIATION.declined"), FIEP + "; RSMo 162.959.2")
          .when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .step(new Step(DisputeProcess.FACILITATED_IEP, DisputeProcess.STATE_COMPLAINT,
          worded("STEP.MO.FACILITATED_IEP.STATE_COMPLAINT.declined"),
          "34 CFR 300.153; DESE child complaint page").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.STATE_COMPLAINT,
          worded("STEP.MO.FACILITATED_IEP.STATE_COMPLAINT"),
          "34 CFR 300.153; DESE child complaint page")
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.RESOLUTION_MEETING,
          worded("STEP.MO.FACILITATED_IEP.RESOLUTION_MEETING"), "34 CFR 300.507, 300.510; RSMo 162.961")
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.EXPEDITED_HEARING,
          worded("STEP.MO.FACILITATED_IEP.EXPEDITED_HEARING"), "34 CFR 300.532")
      // Missouri wording of federal steps.
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION,
          worded("STEP.MO.IEP_MEETING.MEDIATION"), "RSMo 162.959.2; " + ARTICLE)
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT,
          worded("STEP.MO.IEP_MEETING.STATE_COMPLAINT"),
          "34 CFR 300.153; DESE child complaint page")
      .step(new Step(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.DUE_PROCESS_HEARING,
          worded("STEP.MO.RESOLUTION_MEETING.DUE_PROCESS_HEARING.not_settled"),
          "34 CFR 300.510(b)-(c); RSMo 162.961").when(FederalEscalation.COMPLAINT_NOT_SETTLED)
          .opening(StepDate.FIRST_HEARING_DAY))
      // Mediation at any time, also while a hearing is pending, and back to the hearing when it fails.
      .step(new Step(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.MEDIATION,
          worded("STEP.MO.DUE_PROCESS_HEARING.MEDIATION.complaint_pending"),
          "RSMo 162.959.2-3; 34 CFR 300.506(b)(1)(ii)")
          .when(CaseCondition.shows(CaseFact.DUE_PROCESS_COMPLAINT_PENDING)))
      .step(new Step(DisputeProcess.MEDIATION, DisputeProcess.DUE_PROCESS_HEARING,
          worded("STEP.MO.MEDIATION.DUE_PROCESS_HEARING.complaint_pending"),
          "RSMo 162.959.2; 34 CFR 300.510(b)-(c); " + ARTICLE)
          .when(FederalEscalation.MEDIATION_WHILE_COMPLAINT_PENDING).opening(StepDate.FIRST_HEARING_DAY))
      .step(new Step(DisputeProcess.MEDIATION, DisputeProcess.JUDICIAL_REVIEW,
          worded("STEP.MO.MEDIATION.JUDICIAL_REVIEW.agreement_signed"), "34 CFR 300.506(b)(7); " + ARTICLE)
          .when(FederalEscalation.MEDIATION_AGREEMENT_SIGNED))
      .reopening(new Reopening(DisputeProcess.FACILITATED_IEP, worded("REOPENING.MO.FACILITATED_IEP"), FIEP))
      // Back at an IEP meeting after a declined facilitated IEP meeting.
      .step(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION,
          worded("STEP.MO.IEP_MEETING.MEDIATION.declined"),
          FIEP + "; RSMo 162.959.2").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .step(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT,
          worded("STEP.MO.IEP_MEETING.STATE_COMPLAINT.declined"),
          "34 CFR 300.153; DESE child complaint page").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      // Advice, the mediation article: when mediation fits.
      .advice(new Advice(DisputeProcess.MEDIATION, true, Set.of(IssueKind.COMMUNICATION_BREAKDOWN),
          worded("ADVICE.MO.MEDIATION.fits_dialogue"), ARTICLE))
      .advice(new Advice(DisputeProcess.MEDIATION, true, Set.of(IssueKind.SERVICES, IssueKind.PLACEMENT),
          worded("ADVICE.MO.MEDIATION.fits_services_placement"), ARTICLE))
      .advice(new Advice(DisputeProcess.MEDIATION, true, Set.of(),
          worded("ADVICE.MO.MEDIATION.fits_documented_position"), ARTICLE))
      // Advice, the mediation article: when mediation does not fit.
      .advice(new Advice(DisputeProcess.MEDIATION, false, Set.of(IssueKind.NON_COMPLIANCE),
          worded("ADVICE.MO.MEDIATION.not_clear_violation"), ARTICLE))
      .advice(new Advice(DisputeProcess.MEDIATION, false, Set.of(),
          worded("ADVICE.MO.MEDIATION.not_bad_faith"), ARTICLE))
      .advice(new Advice(DisputeProcess.MEDIATION, false, Set.of(),
          worded("ADVICE.MO.MEDIATION.not_damaged_relationship"), ARTICLE))
      .advice(new Advice(DisputeProcess.MEDIATION, false, Set.of(),
          worded("ADVICE.MO.MEDIATION.not_urgent"), ARTICLE))
      .advice(new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(IssueKind.NON_COMPLIANCE),
          worded("ADVICE.MO.STATE_COMPLAINT.fits_procedural_violations"), ARTICLE))
      .advice(new Advice(DisputeProcess.RESOLUTION_MEETING, false, Set.of(),
          worded("ADVICE.MO.RESOLUTION_MEETING.not_straight_to_due_process"), ARTICLE)
          .when(CaseCondition.untried(DisputeProcess.MEDIATION)))
      // Advice, DESE's FIEP flyer: facilitation versus mediation.
      .advice(new Advice(DisputeProcess.FACILITATED_IEP, true, Set.of(IssueKind.COMMUNICATION_BREAKDOWN),
          worded("ADVICE.MO.FACILITATED_IEP.fits_strained_relationship"), FIEP))
      .advice(new Advice(DisputeProcess.FACILITATED_IEP, true, Set.of(),
          worded("ADVICE.MO.FACILITATED_IEP.facilitator_not_mediator"), FIEP))
      .build();

  private MissouriEscalation() {}

  /** A phrase of the module's catalog that states no facts. */
  private static Message worded(String key) {
    return Message.of(Messages.CATALOG, key, Facts.none());
  }

  /**
   * Returns Missouri's escalation path.
   *
   * @return the path, the same instance on every call
   */
  public static EscalationPath path() {
    return PATH;
  }
}
