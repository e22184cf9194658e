package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** Who receives a request, a complaint or a copy of one. */
@API(status = MAINTAINED, since = "0.2.0")
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
