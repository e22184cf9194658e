package org.iepdr.core.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A decision on a request: reached and mailed at {@link #at()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Decision implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableDecision.Builder builder() {
    return ImmutableDecision.builder();
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

  @Override
  public List<Reference> references() {
    return List.of(new Reference("request", request(), Reference.Kind.REQUEST));
  }
}
