package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** The two sides of a special-education dispute. */
@API(status = MAINTAINED, since = "0.2.0")
public enum Side {
  /** The child's side: a parent, an educational decision-maker or an adult student. */
  FAMILY,
  /** The public agency's side: the LEA (school district) or the state agency. */
  AGENCY
}
