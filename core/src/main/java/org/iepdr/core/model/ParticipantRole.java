package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** What a non-party participant does in a case. */
@API(status = MAINTAINED, since = "0.2.0")
public enum ParticipantRole {
  /** A neutral who runs a facilitated IEP meeting. */
  FACILITATOR,
  /** A neutral who mediates (34 CFR 300.506). */
  MEDIATOR,
  /** A non-attorney advocate or educational consultant acting for a side. */
  ADVOCATE,
  /** A licensed attorney acting for a side. */
  ATTORNEY,
  /** A hearing officer or, in Missouri, an Administrative Hearing Commission commissioner. */
  HEARING_OFFICER,
  /** A member of the child's IEP team (34 CFR 300.321). */
  IEP_TEAM_MEMBER,
  /** A person who represents the agency, possibly with authority to bind it. */
  AGENCY_REPRESENTATIVE,
  /** Anyone else: an interpreter, a support person, a person with knowledge of the child. */
  OTHER
}
