package org.iepdr.core.model;

/**
 * What a dispute is about, as the sources' advice on choosing a process distinguishes it.
 */
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
