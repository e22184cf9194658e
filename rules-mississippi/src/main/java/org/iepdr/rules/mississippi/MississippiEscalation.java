package org.iepdr.rules.mississippi;

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

/**
 * Mississippi's escalation path: the federal path extended with the ladder of the Special Ed Start Guide
 * article "Mississippi IEP Facilitator: When to Request One and How" (a secondary source), "facilitated
 * IEP meeting → mediation → state complaint or due process", and the article's advice on when
 * facilitation is the wrong tool.
 *
 * <p>The ladder: IEP meeting → facilitated IEP → mediation → state complaint, or due process
 * (resolution session → hearing). From a facilitated IEP that did not resolve the dispute, the article
 * names mediation, a state complaint and a due process hearing as the next options. The federal steps
 * (mediation, state complaint or due process straight from an IEP meeting; the resolution period to the
 * hearing; judicial review) stay.
 *
 * <p>Advice: non-compliance (missing service minutes, unimplemented accommodations, missing progress
 * reports) calls for a prior-written-notice request and a state complaint, not facilitation; an
 * eligibility or placement decision calls for an independent educational evaluation or due process,
 * not facilitation; facilitation fits a communication breakdown.
 *
 * <p>The seed calls facilitation "the first formal step": the path lists it first among the steps from an
 * IEP meeting. A declined facilitation leads to mediation or a state complaint, with the district's refusal
 * kept in writing ("That refusal becomes part of your paper trail if you later escalate to mediation or a
 * state complaint").
 *
 * <p>Implementation Requirements: a static utility; the path is immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MississippiEscalation {

  private static final String SEED = Sources.ARTICLE + " (" + Sources.ARTICLE_LINK + ")";

  // ---- Wording: the Mississippi conditions and reasons, in one place (for the message bundles).
  static final String DECLINED_TO_MEDIATION = "the district declined facilitation: keep its refusal in writing, part"
      + " of the record if you go on to mediation; both parties sign the written mediation request";
  static final String DECLINED_TO_STATE_COMPLAINT = "the district declined facilitation: keep its refusal in writing,"
      + " part of the record for a formal state complaint with MDE on a violation of IDEA or State Board Policy 74.19"
      + " within the last year";
  static final String FACILITATION_AGAIN = "a facilitator can be requested again, in writing at least 10 days before"
      + " a later IEP meeting, when both the parent and the district agree";
  // ---- End of wording.

  private static final EscalationPath PATH = FederalEscalation.path().toBuilder("Mississippi")
      // "Facilitation is the first formal step": listed first among the steps from an IEP meeting.
      .stepFirst(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.FACILITATED_IEP,
          "IEP meetings have become unproductive and both the parent and the district agree in writing to a"
              + " facilitator, requested in writing at least 10 days before the scheduled IEP meeting",
          SEED + "; CADRE profile of Mississippi IEP facilitation"))
      .step(new Step(DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION, DECLINED_TO_MEDIATION,
          SEED + "; MDE (mdek12.org/node/2110)").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .step(new Step(DisputeProcess.FACILITATED_IEP, DisputeProcess.STATE_COMPLAINT, DECLINED_TO_STATE_COMPLAINT,
          SEED + "; 34 CFR 300.153").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      // Back at an IEP meeting after a refused facilitation: the refusal still leads to mediation or a complaint.
      .step(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, DECLINED_TO_MEDIATION,
          SEED + "; MDE (mdek12.org/node/2110)").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .step(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT, DECLINED_TO_STATE_COMPLAINT,
          SEED + "; 34 CFR 300.153").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .reopening(new Reopening(DisputeProcess.FACILITATED_IEP, FACILITATION_AGAIN, SEED))
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION,
          "the facilitated meeting did not resolve the dispute; both parties sign the written mediation request",
          SEED + "; MDE (mdek12.org/node/2110)")
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.STATE_COMPLAINT,
          "the district violated IDEA or State Board Policy 74.19 within the last year; file a formal state"
              + " complaint with MDE", SEED + "; 34 CFR 300.153")
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.RESOLUTION_MEETING,
          "the parent files a due process complaint; the district convenes a resolution session within 15 days",
          SEED + "; 34 CFR 300.507, 300.510")
      .advice(new Advice(DisputeProcess.FACILITATED_IEP, true, Set.of(IssueKind.COMMUNICATION_BREAKDOWN),
          "Facilitation makes the most sense when the core problem is a communication breakdown: hostile or"
              + " unproductive meetings, feeling talked over, a team that cannot agree on goals or services.",
          SEED))
      .advice(new Advice(DisputeProcess.FACILITATED_IEP, false, Set.of(IssueKind.NON_COMPLIANCE),
          "Facilitation is the wrong tool when the school is not following the IEP (missing service minutes,"
              + " accommodations not implemented, no progress reports): those are compliance violations; ask"
              + " for Prior Written Notice and file a formal state complaint with MDE.", SEED))
      .advice(new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(IssueKind.NON_COMPLIANCE),
          "For compliance violations (missing service minutes, accommodations not implemented, no progress"
              + " reports) the right tools are a Prior Written Notice request and a formal state complaint to"
              + " MDE, which must decide within 60 calendar days of the filing date.", SEED))
      .advice(new Advice(DisputeProcess.FACILITATED_IEP, false, Set.of(IssueKind.ELIGIBILITY, IssueKind.PLACEMENT),
          "A facilitator cannot make the school change an eligibility or placement decision: ask for an"
              + " Independent Educational Evaluation at public expense, or request a due process hearing.", SEED))
      .advice(new Advice(DisputeProcess.RESOLUTION_MEETING, true, Set.of(IssueKind.ELIGIBILITY, IssueKind.PLACEMENT),
          "To challenge an eligibility or placement decision, request a due process hearing (the district must"
              + " hold a resolution session within 15 days), or first ask for an Independent Educational"
              + " Evaluation at public expense.", SEED))
      .advice(new Advice(DisputeProcess.MEDIATION, true, Set.of(),
          "Unlike facilitation, a mediation agreement is legally enforceable; since OSEP's 2025 review a family"
              + " need not sign a confidentiality pledge to mediate.", SEED))
      .build();

  private MississippiEscalation() {}

  /**
   * Returns Mississippi's escalation path.
   *
   * @return the path, named "Mississippi"
   */
  public static EscalationPath path() {
    return PATH;
  }
}
