package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A notice a party gave on its own at {@link #at()}, not as a document sent for a meeting: the
 * procedural-safeguards notice (34 CFR 300.504), a notice of action (Missouri's name for the prior written
 * notice of 34 CFR 300.503), or the parents' written notice that they will remove the child to a private
 * school at public expense (34 CFR 300.148(d)(1)(ii)).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Notice implements CaseEvent {

  /** What the notice is. */
  public enum Kind {
    /** A copy of the procedural safeguards available to the parents (34 CFR 300.504(a)). */
    PROCEDURAL_SAFEGUARDS,
    /**
     * A notice of action: the written notice a public agency gives before it proposes or refuses to
     * initiate or change the identification, evaluation, placement or provision of FAPE (34 CFR
     * 300.503(a)); Missouri calls it a notice of action.
     */
    NOTICE_OF_ACTION,
    /**
     * The parents' written notice that they reject the placement proposed by the public agency and intend
     * to enroll their child in a private school at public expense (34 CFR 300.148(d)(1)).
     */
    PRIVATE_PLACEMENT
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
   * Builds a {@link Notice}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableNotice.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns what the notice is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the id of the party who gave the notice.
   *
   * @return a party id
   */
  public abstract String by();

  /**
   * Returns the id of the request the notice answers or was given upon, if any (a parent's request for
   * the safeguards notice, a state or due process complaint, a request for evaluation).
   *
   * @return a request id, or empty
   */
  public abstract Optional<String> request();

  /**
   * Returns whether the notice was in writing. Defaults to true.
   *
   * @return true when written
   */
  @Value.Default
  public boolean inWriting() {
    return true;
  }

  /**
   * Returns the id of the party who waived the wait after a notice of action (Missouri: the parent may
   * waive the 10-day waiting period), if one did.
   *
   * @return a party id, or empty
   */
  public abstract Optional<String> waivedBy();

  /**
   * Returns when the action a notice of action proposes was carried out, if it was.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> carriedOutAt();

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(new Reference("by", by(), Reference.Kind.PARTY));
    request().ifPresent(r -> refs.add(new Reference("request", r, Reference.Kind.REQUEST)));
    waivedBy().ifPresent(p -> refs.add(new Reference("waivedBy", p, Reference.Kind.PARTY)));
    return refs;
  }
}
