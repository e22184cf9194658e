package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** How serious a finding is. */
@API(status = MAINTAINED, since = "0.2.0")
public enum FindingKind {
  /** A breach of a statute or regulation. */
  VIOLATION,
  /** A risk, or a breach of a rule known only from a secondary source. */
  WARNING,
  /** Guidance from the sources: what a careful party does. */
  ADVISORY
}
