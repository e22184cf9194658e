package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** What a consent covers. */
@API(status = MAINTAINED, since = "0.2.0")
public enum ConsentScope {
  /** Sharing the student's confidential records with a facilitator (FERPA; Missouri FIEP). */
  SHARE_RECORDS_WITH_FACILITATOR,
  /** Taking part in a facilitated IEP meeting (Mississippi: both parties consent in writing). */
  FACILITATION,
  /** Taking part in mediation. */
  MEDIATION,
  /** An initial or re-evaluation (34 CFR 300.300). */
  EVALUATION,
  /** Initial provision of services or implementing the IEP (34 CFR 300.300(b)). */
  SERVICES,
  /** Implementing an IEP sooner than the usual waiting period. */
  EARLY_IMPLEMENTATION,
  /** Any other activity the caller records. */
  OTHER
}
