package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** The kinds of meeting and session a case can hold. */
@API(status = MAINTAINED, since = "0.2.0")
public enum MeetingKind {
  /** An IEP team meeting (34 CFR 300.322). */
  IEP,
  /** An IEP team meeting run by a neutral facilitator. */
  FACILITATED_IEP,
  /** A mediation session (34 CFR 300.506). */
  MEDIATION_SESSION,
  /** A resolution meeting (34 CFR 300.510). */
  RESOLUTION,
  /** A due process hearing (34 CFR 300.511). */
  HEARING,
  /** An expedited due process hearing (34 CFR 300.532(c)). */
  EXPEDITED_HEARING,
  /**
   * The review by the LEA, the parent and relevant members of the IEP team of whether the conduct was a
   * manifestation of the child's disability (34 CFR 300.530(e)).
   */
  MANIFESTATION_DETERMINATION;

  /**
   * Returns whether this kind is an IEP team meeting, facilitated or not.
   *
   * @return true for {@link #IEP} and {@link #FACILITATED_IEP}
   */
  public boolean isIepTeamMeeting() {
    return this == IEP || this == FACILITATED_IEP;
  }
}
