package org.iepdr.core.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The child's educational placement was changed at {@link #at()} by a party.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class PlacementChange implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutablePlacementChange.Builder builder() {
    return ImmutablePlacementChange.builder();
  }

  /**
   * Returns the id of the party who changed the placement.
   *
   * @return a party id
   */
  public abstract String by();

  @Override
  public List<Reference> references() {
    return List.of(new Reference("by", by(), Reference.Kind.PARTY));
  }
}
