package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An extension of a process's timeline, granted at {@link #at()}, to a new last day.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Extension implements CaseEvent {

  /** Why the timeline was extended. */
  public enum Reason {
    /** Exceptional circumstances with respect to a particular state complaint (300.152(b)(1)(i)). */
    EXCEPTIONAL_CIRCUMSTANCES,
    /** The parties agreed to extend to use mediation or other ADR (300.152(b)(1)(ii)). */
    AGREED_FOR_MEDIATION_OR_ADR,
    /** A specific extension granted by a hearing officer at a party's request (300.515(c)). */
    HEARING_OFFICER_SPECIFIC,
    /**
     * Granted by the hearing officer on their own motion, not at a party's request: 300.515(c) allows a
     * hearing officer to grant specific extensions of time only "at the request of either party".
     */
    HEARING_OFFICER_OWN_MOTION,
    /** Any other reason; the rules treat it as not permitted. */
    OTHER
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
   * Builds a {@link Extension}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableExtension.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the id of the request whose timeline is extended.
   *
   * @return a request id
   */
  public abstract String request();

  /**
   * Returns why.
   *
   * @return the reason
   */
  public abstract Reason reason();

  /**
   * Returns the new last day.
   *
   * @return the new due date
   */
  public abstract LocalDate newDueDate();

  /**
   * Returns the id of the party that asked for the extension, if recorded (a hearing officer may grant
   * a specific extension only at the request of either party, 34 CFR 300.515(c)).
   *
   * @return a party id, or empty
   */
  public abstract Optional<String> requestedBy();

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(new Reference("request", request(), Reference.Kind.REQUEST));
    requestedBy().ifPresent(p -> refs.add(new Reference("requestedBy", p, Reference.Kind.PARTY)));
    return refs;
  }
}
