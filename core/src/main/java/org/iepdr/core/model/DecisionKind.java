package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** Decisions that close a step of a process. */
@API(status = MAINTAINED, since = "0.2.0")
public enum DecisionKind {
  /** The state agency's written decision on a state complaint (34 CFR 300.152(a)(5)). */
  STATE_COMPLAINT_DECISION,
  /** The hearing officer's ruling on a sufficiency challenge (34 CFR 300.508(d)(2)). */
  SUFFICIENCY_RULING,
  /** The final decision of a due process hearing (34 CFR 300.515(a)). */
  HEARING_DECISION,
  /** The decision of an expedited hearing (34 CFR 300.532(c)(3)). */
  EXPEDITED_HEARING_DECISION,
  /** A dismissal of a complaint. */
  DISMISSAL
}
