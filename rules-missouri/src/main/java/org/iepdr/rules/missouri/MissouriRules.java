package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.iepdr.core.rules.Rule;

/**
 * Every {@code MO.*} rule, one instance each, in the order of the rule catalogue.
 *
 * <p>Implementation Requirements: a static utility; the list and the rules are immutable and
 * thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class MissouriRules {

  private static final List<Rule> ALL = List.of(
      new FiepJointRequest(),
      new FiepLeadTime(),
      new FiepRecordsConsent(),
      new FiepNeutralFacilitator(),
      new MeetingNotice10Days(),
      new RecordingParentRight(),
      new MediationNoAttorneys(),
      new MediationPartySize(),
      new MediationRequestContents(),
      new MediationMediatorAgreed(),
      new MediationSchedule15Days(),
      new MediationComplete30Days(),
      new ChildComplaintFilingDateRule(),
      new DueProcessCommissioner15Days(),
      new NoticeOfAction10Days(),
      new MeetingTwoAttempts());

  private MissouriRules() {}

  /**
   * Returns Missouri's own rules.
   *
   * @return the rules, an immutable list
   */
  public static List<Rule> all() {
    return ALL;
  }
}
