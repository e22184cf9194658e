package org.iepdr.core.model;

/** The two sides of a special-education dispute. */
public enum Side {
  /** The child's side: a parent, an educational decision-maker or an adult student. */
  FAMILY,
  /** The public agency's side: the LEA (school district) or the state agency. */
  AGENCY
}
