package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;

/**
 * The federal escalation path: the processes IDEA makes available to every parent and agency, and
 * how they follow one another. State modules extend it with {@link EscalationPath#toBuilder}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FederalEscalation {

  private static final String PART_300 = "34 CFR Part 300";

  private static final EscalationPath PATH = EscalationPath.builder("IDEA Part B")
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION,
          "both parties agree to mediate; available for any matter, before or after a due process complaint",
          "34 CFR 300.506(a)")
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT,
          "a public agency violated a requirement of Part B within the last year", "34 CFR 300.153")
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.RESOLUTION_MEETING,
          "a parent files a due process complaint on identification, evaluation, placement or FAPE;"
              + " the LEA convenes a resolution meeting", "34 CFR 300.507, 300.510")
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.EXPEDITED_HEARING,
          "a parent disputes a disciplinary placement or manifestation determination, or the LEA believes"
              + " the current placement is substantially likely to result in injury", "34 CFR 300.532")
      .step(DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT,
          "mediation did not resolve a violation of Part B", "34 CFR 300.153")
      .step(DisputeProcess.MEDIATION, DisputeProcess.RESOLUTION_MEETING,
          "mediation did not resolve the dispute and the parent files a due process complaint",
          "34 CFR 300.506(b)(1)(ii), 300.507")
      .step(DisputeProcess.STATE_COMPLAINT, DisputeProcess.MEDIATION,
          "the parties agree to mediate; the 60-day clock may be extended to allow it",
          "34 CFR 300.152(a)(3)(ii), (b)(1)(ii)")
      .step(DisputeProcess.STATE_COMPLAINT, DisputeProcess.RESOLUTION_MEETING,
          "the issue is also brought in a due process complaint (it is set aside in the state complaint"
              + " until the hearing ends)", "34 CFR 300.152(c)")
      .step(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.MEDIATION,
          "both parties agree to use mediation instead of the resolution meeting", "34 CFR 300.510(a)(3)(ii)")
      .step(DisputeProcess.RESOLUTION_MEETING, DisputeProcess.DUE_PROCESS_HEARING,
          "the complaint is not resolved within the 30-day resolution period, as adjusted",
          "34 CFR 300.510(b)-(c)")
      .step(DisputeProcess.DUE_PROCESS_HEARING, DisputeProcess.JUDICIAL_REVIEW,
          "a party aggrieved by the hearing decision brings a civil action", "34 CFR 300.516")
      .step(DisputeProcess.EXPEDITED_HEARING, DisputeProcess.JUDICIAL_REVIEW,
          "a party aggrieved by the expedited hearing decision appeals", "34 CFR 300.532(c)(5), 300.516")
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
