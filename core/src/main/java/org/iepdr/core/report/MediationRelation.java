package org.iepdr.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What makes a mediation "related to due process complaints" (elements 2.1.a and 2.1.b). The collection's
 * labels do not say when a mediation request came before the complaint; this is the library's choice,
 * made explicit.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum MediationRelation {
  /**
   * Related when the mediation request names a due process complaint (expedited or not) of its case in
   * {@link org.iepdr.core.model.Request#relatesTo()}.
   */
  NAMED_COMPLAINT,
  /**
   * Related when the request names a due process complaint, or when a due process complaint of the same
   * case was filed on or before the day of the first mediation session held and was still open that day
   * (not decided, withdrawn, dismissed or resolved): the mediation then took place while a due process
   * complaint was pending, whichever came first. The default.
   */
  COMPLAINT_PENDING_WHEN_HELD
}
