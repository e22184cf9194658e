package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An amended due process complaint, filed at {@link #at()} (34 CFR 300.508(d)(3)-(4)).
 *
 * <p>The regulation allows an amendment only on one of two grounds (a restatement of
 * 300.508(d)(3)): the other party consents in writing and is given the opportunity to resolve the
 * complaint through a resolution meeting ({@link Basis#WRITTEN_CONSENT}), or the hearing officer
 * grants permission, at any time not later than five days before the due process hearing begins
 * ({@link Basis#HEARING_OFFICER_PERMISSION}). Under 300.508(d)(4), when a party files an amended
 * complaint the timelines for the resolution meeting (300.510(a)) and the time period to resolve
 * (300.510(b)) begin again with the filing of the amended complaint. The event records the facts; the
 * rules decide what they do to the clocks.
 *
 * <p>A case is invalid when the amendment records who granted it or when, but its
 * {@link #basis()} is {@link Basis#NONE}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Amendment implements CaseEvent {

  /** The ground on which the complaint was amended (34 CFR 300.508(d)(3)). */
  public enum Basis {
    /**
     * The other party consented in writing to the amendment (300.508(d)(3)(i)); that party must also be
     * given the opportunity to resolve the complaint through a resolution meeting.
     */
    WRITTEN_CONSENT,
    /**
     * The hearing officer granted permission to amend (300.508(d)(3)(ii)), which the officer may do only
     * at any time not later than five days before the due process hearing begins.
     */
    HEARING_OFFICER_PERMISSION,
    /** Neither a written consent nor a hearing officer's permission is recorded. */
    NONE
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Amendment}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableAmendment.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the id of the due process complaint the amendment amends.
   *
   * @return a request id
   */
  public abstract String request();

  /**
   * Returns the id of the party that amends its complaint.
   *
   * @return a party id
   */
  public abstract String by();

  /**
   * Returns the ground of the amendment. Defaults to {@link Basis#NONE}: neither a consent nor a
   * permission recorded.
   *
   * @return the basis
   */
  @Value.Default
  public Basis basis() {
    return Basis.NONE;
  }

  /**
   * Returns when the other party consented in writing or the hearing officer granted permission, if
   * recorded.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> grantedAt();

  /**
   * Returns the id of who consented (the other party) or granted permission (the hearing officer, a
   * participant or a party of the case), if recorded.
   *
   * @return a party or participant id, or empty
   */
  public abstract Optional<String> grantedBy();

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(new Reference("request", request(), Reference.Kind.REQUEST));
    refs.add(new Reference("by", by(), Reference.Kind.PARTY));
    grantedBy().ifPresent(g -> refs.add(new Reference("grantedBy", g, Reference.Kind.PERSON)));
    return refs;
  }
}
