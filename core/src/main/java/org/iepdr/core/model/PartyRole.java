package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** The role of a party to a dispute, with the side it belongs to. */
@API(status = MAINTAINED, since = "0.2.0")
public enum PartyRole {
  /** A parent as defined in 34 CFR 300.30. */
  PARENT(Side.FAMILY),
  /** The person who makes educational decisions for the child (Missouri's term). */
  EDUCATIONAL_DECISION_MAKER(Side.FAMILY),
  /** A student to whom rights have transferred at the age of majority (34 CFR 300.520). */
  ADULT_STUDENT(Side.FAMILY),
  /** The local educational agency: the school district or charter school. */
  LEA(Side.AGENCY),
  /** The state educational agency (DESE in Missouri, MDE in Mississippi). */
  STATE_AGENCY(Side.AGENCY);

  private final Side side;

  PartyRole(Side side) {
    this.side = side;
  }

  /**
   * Returns the side a party in this role belongs to.
   *
   * @return {@link Side#FAMILY} or {@link Side#AGENCY}
   */
  public Side side() {
    return side;
  }
}
