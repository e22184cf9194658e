package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Why a due process filing limit does not apply to a parent (34 CFR 300.511(f)).
 */
@API(status = MAINTAINED, since = "0.2.0")
public enum TollingReason {
  /** The LEA specifically misrepresented that it had resolved the problem (300.511(f)(1)). */
  LEA_MISREPRESENTATION,
  /** The LEA withheld information it was required to provide to the parent (300.511(f)(2)). */
  LEA_WITHHELD_INFORMATION
}
