package org.iepdr.rules.mississippi;

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
 * <p>The Special Ed Start Guide article "Mississippi IEP Facilitator: When to Request One and How" calls
 * facilitation "the first formal step": the path lists it first among the steps from an
 * IEP meeting. A declined facilitation leads to mediation or a state complaint, with the district's refusal
 * kept in writing ("That refusal becomes part of your paper trail if you later escalate to mediation or a
 * state complaint").
 *
 * <p>Implementation Requirements: a static utility; the path is immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MississippiEscalation {

  private static final String SEED = Sources.ARTICLE + " (" + Sources.ARTICLE_LINK + ")";

  // The wording of every condition, reason and advice is a key of the module's catalog (messages_en.properties,
  // messages_es.properties): STEP.MS.<FROM>.<TO>[.<situation>], REOPENING.MS.<PROCESS>, ADVICE.MS.<PROCESS>.<name>.

  private static final EscalationPath PATH = FederalEscalation.path().toBuilder("Mississippi")
      // "Facilitation is the first formal step": listed first among the steps from an IEP meeting.
      .stepFirst(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.FACILITATED_IEP,
          worded("STEP.MS.IEP_MEETING.FACILITATED_IEP"),
          SEED + "; CADRE profile of Mississippi IEP facilitation"))
      .step(new Step(DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION,
          worded("STEP.MS.FACILITATED_IEP.MEDIATION.declined"),
          SEED + "; MDE (mdek12.org/node/2110)").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .step(new Step(DisputeProcess.FACILITATED_IEP, DisputeProcess.STATE_COMPLAINT,
          worded("STEP.MS.FACILITATED_IEP.STATE_COMPLAINT.declined"),
          SEED + "; 34 CFR 300.153").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      // Back at an IEP meeting after a refused facilitation: the refusal still leads to mediation or a complaint.
      .step(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION,
          worded("STEP.MS.IEP_MEETING.MEDIATION.declined"),
          SEED + "; MDE (mdek12.org/node/2110)").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .step(new Step(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT,
          worded("STEP.MS.IEP_MEETING.STATE_COMPLAINT.declined"),
          SEED + "; 34 CFR 300.153").when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)))
      .reopening(new Reopening(DisputeProcess.FACILITATED_IEP, worded("REOPENING.MS.FACILITATED_IEP"), SEED))
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.MEDIATION,
          worded("STEP.MS.FACILITATED_IEP.MEDIATION"),
          SEED + "; MDE (mdek12.org/node/2110)")
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.STATE_COMPLAINT,
          worded("STEP.MS.FACILITATED_IEP.STATE_COMPLAINT"), SEED + "; 34 CFR 300.153")
      .step(DisputeProcess.FACILITATED_IEP, DisputeProcess.RESOLUTION_MEETING,
          worded("STEP.MS.FACILITATED_IEP.RESOLUTION_MEETING"),
          SEED + "; 34 CFR 300.507, 300.510")
      .advice(new Advice(DisputeProcess.FACILITATED_IEP, true, Set.of(IssueKind.COMMUNICATION_BREAKDOWN),
          worded("ADVICE.MS.FACILITATED_IEP.fits_communication_breakdown"),
          SEED))
      .advice(new Advice(DisputeProcess.FACILITATED_IEP, false, Set.of(IssueKind.NON_COMPLIANCE),
          worded("ADVICE.MS.FACILITATED_IEP.not_non_compliance"), SEED))
      .advice(new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(IssueKind.NON_COMPLIANCE),
          worded("ADVICE.MS.STATE_COMPLAINT.fits_non_compliance"), SEED))
      .advice(new Advice(DisputeProcess.FACILITATED_IEP, false, Set.of(IssueKind.ELIGIBILITY, IssueKind.PLACEMENT),
          worded("ADVICE.MS.FACILITATED_IEP.not_eligibility_placement"), SEED))
      .advice(new Advice(DisputeProcess.RESOLUTION_MEETING, true, Set.of(IssueKind.ELIGIBILITY, IssueKind.PLACEMENT),
          worded("ADVICE.MS.RESOLUTION_MEETING.fits_eligibility_placement"), SEED))
      .advice(new Advice(DisputeProcess.MEDIATION, true, Set.of(),
          worded("ADVICE.MS.MEDIATION.fits_enforceable"), SEED))
      .build();

  private MississippiEscalation() {}

  /** A phrase of the module's catalog that states no facts. */
  private static Message worded(String key) {
    return Message.of(Messages.CATALOG, key, Facts.none());
  }

  /**
   * Returns Mississippi's escalation path.
   *
   * @return the path, named "Mississippi"
   */
  public static EscalationPath path() {
    return PATH;
  }
}
