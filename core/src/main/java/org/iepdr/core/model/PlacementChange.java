package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The child's educational placement was changed at {@link #at()} by a party: a change by agreement or by
 * one side ({@link Kind#CHANGE}), a school's decision to remove the child for a violation of a code of
 * student conduct that is a change of placement ({@link Kind#DISCIPLINARY_REMOVAL}, dated on the day of
 * the decision), or the parents' removal of the child from the public school to a private school
 * ({@link Kind#PRIVATE_SCHOOL_ENROLLMENT}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class PlacementChange implements CaseEvent {

  /** What kind of change it is. */
  public enum Kind {
    /** A change of placement (the default): the stay-put rule (34 CFR 300.518) reads these. */
    CHANGE,
    /**
     * The decision to make a removal that constitutes a change of placement of a child with a disability
     * because of a violation of a code of student conduct (34 CFR 300.530(e), (h)); {@link #at()} is the
     * day of the decision.
     */
    DISCIPLINARY_REMOVAL,
    /**
     * The parents' removal of the child from the public school to enroll the child in a private school
     * (34 CFR 300.148(d)).
     */
    PRIVATE_SCHOOL_ENROLLMENT
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
   * Builds a {@link PlacementChange}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutablePlacementChange.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the id of the party who changed the placement.
   *
   * @return a party id
   */
  public abstract String by();

  /**
   * Returns what kind of change it is. Defaults to {@link Kind#CHANGE}.
   *
   * @return the kind
   */
  @Value.Default
  public Kind kind() {
    return Kind.CHANGE;
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("by", by(), Reference.Kind.PARTY));
  }
}
