package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** What the quoted words of a {@link Citation} do: impose a duty, recommend, or permit and advise. */
@API(status = MAINTAINED, since = "0.2.0")
public enum Force {
  /** The words impose a duty or a prohibition: "must", "shall", "may not", "is required". */
  DUTY,
  /** The words recommend: "should", "in general", "it is recommended". */
  RECOMMENDATION,
  /**
   * The words permit or describe good practice: "can", "may", a careful party's practice. Nothing is
   * breached when it is not followed.
   */
  ADVICE
}
