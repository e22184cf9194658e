package org.iepdr.core.model;

/** Who receives a request, a complaint or a copy of one. */
public enum Recipient {
  /** The local educational agency (the school district). */
  LEA,
  /** The state educational agency. */
  STATE_AGENCY,
  /** The body that conducts due process hearings (Missouri's Administrative Hearing Commission). */
  HEARING_BODY,
  /** The hearing officer assigned to a complaint. */
  HEARING_OFFICER,
  /** The parent or other family-side party. */
  FAMILY
}
