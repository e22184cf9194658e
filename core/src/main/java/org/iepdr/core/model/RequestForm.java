package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** How a request was made. */
@API(status = MAINTAINED, since = "0.2.0")
public enum RequestForm {
  /** A signed paper form or letter. */
  WRITTEN,
  /** An email (written, though perhaps not signed). */
  EMAIL,
  /** Spoken, by telephone or in person: not written. */
  ORAL;

  /**
   * Returns whether the form is written (a letter, a form or an email).
   *
   * @return true unless oral
   */
  public boolean isWritten() {
    return this != ORAL;
  }
}
