package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A judicial proceeding regarding a due process complaint: a civil action brought in a State court or
 * a district court of the United States (20 U.S.C. 1415(i)(2); 34 CFR 300.516), begun at {@link #at()}
 * and ended, if it has ended, at {@link #endedAt()} (the final judgment, a dismissal or a withdrawal).
 *
 * <p>The child's stay-put placement lasts "during the pendency of any administrative or judicial
 * proceeding" (34 CFR 300.518(a)), so a proceeding that has begun and not ended keeps the complaint
 * pending. The event is also what a rule on the time to bring a civil action counts to.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class CourtProceeding implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CourtProceeding}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableCourtProceeding.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the id of the due process complaint the proceeding is about.
   *
   * @return a request id
   */
  public abstract String request();

  /**
   * Returns the id of the party who brought the proceeding.
   *
   * @return a party id
   */
  public abstract String by();

  /**
   * Returns when the proceeding ended (final judgment, dismissal or withdrawal), if it has.
   *
   * @return the instant it ended, or empty while it is pending
   */
  public abstract Optional<Instant> endedAt();

  @Override
  public List<Reference> references() {
    return List.of(
        new Reference("request", request(), Reference.Kind.REQUEST),
        new Reference("by", by(), Reference.Kind.PARTY));
  }
}
