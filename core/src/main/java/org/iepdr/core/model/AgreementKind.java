package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** The kinds of agreement the rules speak of. */
@API(status = MAINTAINED, since = "0.2.0")
public enum AgreementKind {
  /** Both parties agree to mediate. */
  TO_MEDIATE,
  /** The agreement that ends a mediation (34 CFR 300.506(b)(6)). */
  MEDIATION_AGREEMENT,
  /** A settlement reached in a resolution meeting (34 CFR 300.510(d)). */
  RESOLUTION_AGREEMENT,
  /** A settlement reached otherwise (drafted by counsel, outside a resolution meeting). */
  SETTLEMENT_AGREEMENT,
  /** Both parties waive the resolution meeting in writing (34 CFR 300.510(a)(3)(i), (c)(1)). */
  WAIVE_RESOLUTION_MEETING,
  /** Both parties agree in writing that no agreement is possible (34 CFR 300.510(c)(2)). */
  NO_AGREEMENT_POSSIBLE,
  /** Both parties agree in writing to continue mediation past the 30-day period (300.510(c)(3)). */
  CONTINUE_MEDIATION,
  /** Both parties agree to extend a timeline (for example a state complaint's, 300.152(b)(1)(ii)). */
  EXTEND_TIMELINE,
  /** The agency and the parents agree to change the child's placement (34 CFR 300.518(a)). */
  PLACEMENT_CHANGE,
  /** Both parties agree that more people may attend (Missouri mediation). */
  MORE_ATTENDEES,
  /** A pledge to keep what was said confidential, signed by the family. */
  CONFIDENTIALITY_PLEDGE
}
