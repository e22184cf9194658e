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
  /**
   * A dismissal of a complaint; its request is the complaint, or the LEA's
   * {@link RequestKind#DISMISSAL_REQUEST} (34 CFR 300.510(b)(4)). A dismissal that refuses the request is
   * {@linkplain Decision#denied() denied}.
   */
  DISMISSAL,
  /**
   * The hearing officer's order that the 45-day hearing timeline begins (34 CFR 300.510(b)(5)); its
   * request is the parent's {@link RequestKind#HEARING_TIMELINE_REQUEST} or the due process complaint.
   * An order refusing the request is {@linkplain Decision#denied() denied}.
   */
  HEARING_TIMELINE_ORDER
}
