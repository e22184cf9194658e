package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A consent given by a party for an activity, and its revocation if any.
 *
 * <p>Under 34 CFR 300.9 consent is informed, in writing, voluntary, and may be revoked at any time;
 * revocation is not retroactive. {@link #at()} is when it was given. A consent revoked before it was
 * given cannot be true and makes the case invalid.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Consent implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Consent}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableConsent.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns what the consent covers.
   *
   * @return the scope
   */
  public abstract ConsentScope scope();

  /**
   * Returns the id of the party who consented.
   *
   * @return a party id
   */
  public abstract String givenBy();

  /**
   * Returns whether the consent is in writing. Defaults to true.
   *
   * @return true when written
   */
  @Value.Default
  public boolean inWriting() {
    return true;
  }

  /**
   * Returns whether the party was fully informed of the activity (300.9(a)). Defaults to true.
   *
   * @return true when informed
   */
  @Value.Default
  public boolean informed() {
    return true;
  }

  /**
   * Returns when the consent was revoked, if it was.
   *
   * @return the revocation instant
   */
  public abstract Optional<Instant> revokedAt();

  /**
   * Returns whether the consent was in effect at an instant: given at or before it and not revoked
   * at or before it.
   *
   * @param instant the instant to test
   * @return true when in effect
   */
  public final boolean inEffectAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !at().isAfter(instant) && revokedAt().map(r -> r.isAfter(instant)).orElse(true);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("givenBy", givenBy(), Reference.Kind.PARTY));
  }
}
