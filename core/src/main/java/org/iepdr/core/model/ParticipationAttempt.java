package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A documented attempt to get a parent to take part in a meeting (34 CFR 300.322(d)).
 *
 * @param method how the parent was contacted
 * @param at when
 */
@API(status = MAINTAINED, since = "0.2.0")
public record ParticipationAttempt(Method method, Instant at) {

  /** The methods 34 CFR 300.322(d) names. */
  public enum Method {
    /** A telephone call, with its result recorded. */
    CALL,
    /** A letter or other correspondence, with any response. */
    LETTER,
    /** A visit to the parent's home or place of work, with its result. */
    VISIT
  }

  /**
   * Creates the record.
   *
   * @param method how
   * @param at when
   */
  public ParticipationAttempt {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(at, "at");
  }
}
