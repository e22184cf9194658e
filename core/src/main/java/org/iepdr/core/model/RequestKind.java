package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** The kinds of request and complaint that start a dispute-resolution process. */
@API(status = MAINTAINED, since = "0.2.0")
public enum RequestKind {
  /** A request for a facilitated IEP meeting. */
  FACILITATED_IEP,
  /** A request for mediation (34 CFR 300.506). */
  MEDIATION,
  /** A state complaint (34 CFR 300.153); Missouri calls it a child complaint. */
  STATE_COMPLAINT,
  /** A due process complaint (34 CFR 300.507-300.508). */
  DUE_PROCESS_COMPLAINT,
  /** A due process complaint requesting an expedited (discipline) hearing (34 CFR 300.532). */
  EXPEDITED_DUE_PROCESS_COMPLAINT,
  /** A notice that a due process complaint is insufficient (34 CFR 300.508(d)(1)). */
  SUFFICIENCY_CHALLENGE
}
