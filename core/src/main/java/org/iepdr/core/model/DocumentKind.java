package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** Documents sent before or for a meeting. */
@API(status = MAINTAINED, since = "0.2.0")
public enum DocumentKind {
  /** The notice of an IEP meeting (34 CFR 300.322(b)). */
  MEETING_NOTICE,
  /** The procedural safeguards notice (34 CFR 300.504). */
  PROCEDURAL_SAFEGUARDS,
  /** A draft IEP, present levels or proposed goals. */
  DRAFT_IEP,
  /** The meeting agenda. */
  AGENDA,
  /** A related-service provider's report. */
  PROVIDER_REPORT,
  /** Feedback from the general-education teacher. */
  GENERAL_EDUCATION_FEEDBACK,
  /** Evaluations and recommendations disclosed before a hearing (34 CFR 300.512(b)). */
  EVALUATIONS_AND_RECOMMENDATIONS,
  /** Prior written notice (34 CFR 300.503). */
  PRIOR_WRITTEN_NOTICE
}
