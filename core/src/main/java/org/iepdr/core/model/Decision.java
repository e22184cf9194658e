package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A decision on a request: reached and mailed at {@link #at()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Decision implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Decision}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableDecision.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the kind of decision.
   *
   * @return the kind
   */
  public abstract DecisionKind kind();

  /**
   * Returns the id of the request decided.
   *
   * @return a request id
   */
  public abstract String request();

  /**
   * Returns whether the decision refuses what its request asked: a dismissal request denied, a request
   * to begin the hearing timeline denied. Defaults to false.
   *
   * @return true when the request is denied
   */
  @Value.Default
  public boolean denied() {
    return false;
  }

  /**
   * Returns the ids of the {@linkplain Request#complaintIssues() complaint issues} the decision decides:
   * issues of its request, or of the complaint its request {@linkplain Request#relatesTo() relates to}.
   * Empty when not recorded, or when the decision decides the whole request.
   *
   * @return issue ids
   */
  public abstract Set<String> decides();

  @Override
  public List<Reference> references() {
    return List.of(new Reference("request", request(), Reference.Kind.REQUEST));
  }
}
