package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.iepdr.core.rules.Rule;

/**
 * The list of every federal rule, in the order of 34 CFR Part 300.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class IdeaRules {

  private static final List<Rule> ALL = List.of(
      // --- consent, meetings, mediation, state complaints
      new ConsentWritten(),
      new ParentParticipation(),
      new MediationVoluntary(),
      new MediationAgreementBinding(),
      new MediationConfidential(),
      new MediationNoPledgePrecondition(),
      new StateComplaintOneYearLimit(),
      new StateComplaintContents(),
      new StateComplaintDecision60Days(),
      new StateComplaintSetAside(),
      new DueProcessTwoYearLimit(),
      new DueProcessContents(),
      new DueProcessAmendment(),
      new StayPut(),
      // --- due process, resolution, hearings, expedited, stay-put
      new SufficiencyChallenge(),
      new DueProcessResponse(),
      new ResolutionMeeting15Days(),
      new ResolutionLeaAttorney(),
      new ResolutionPeriod30Days(),
      new ResolutionNonParticipation(),
      new ResolutionAgreementReview(),
      new HearingDisclosure5BusinessDays(),
      new HearingDecision45Days(),
      new ExpeditedTimelines(),
      new CivilActionTimeLimit(),
      new SafeguardsNotice(),
      new RecordsAccess45Days(),
      new SettlementOffer(),
      new PrivatePlacementNotice(),
      new ManifestationDetermination10SchoolDays());

  private IdeaRules() {}

  /**
   * Returns every federal rule.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }
}
