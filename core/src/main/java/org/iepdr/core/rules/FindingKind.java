package org.iepdr.core.rules;

/** How serious a finding is. */
public enum FindingKind {
  /** A breach of a statute or regulation. */
  VIOLATION,
  /** A risk, or a breach of a rule known only from a secondary source. */
  WARNING,
  /** Guidance from the sources: what a careful party does. */
  ADVISORY
}
