package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * What a dispute is about, as the sources' advice on choosing a process distinguishes it.
 */
@API(status = MAINTAINED, since = "0.2.0")
public enum IssueKind {
  /** Meetings have become unproductive; the relationship is strained. */
  COMMUNICATION_BREAKDOWN,
  /** Disagreement about levels of service or program specifics. */
  SERVICES,
  /** The district is not doing what the IEP or the law requires (missing minutes, no progress reports). */
  NON_COMPLIANCE,
  /** Whether the child is eligible, or how the child was evaluated. */
  ELIGIBILITY,
  /** Where the child is placed. */
  PLACEMENT,
  /** A disciplinary removal or a manifestation determination. */
  DISCIPLINE
}
