package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A party offered evidence at a hearing or in a civil proceeding at {@link #at()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class EvidenceOffered implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link EvidenceOffered}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableEvidenceOffered.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the id of the party offering the evidence.
   *
   * @return a party id
   */
  public abstract String by();

  /**
   * Returns the id of the hearing (a meeting) where it was offered.
   *
   * @return a meeting id
   */
  public abstract String hearing();

  /**
   * Returns whether the evidence is a discussion from a mediation (34 CFR 300.506(b)(8)).
   *
   * @return true when it comes from mediation discussions
   */
  @Value.Default
  public boolean fromMediation() {
    return false;
  }

  @Override
  public List<Reference> references() {
    return List.of(
        new Reference("by", by(), Reference.Kind.PARTY),
        new Reference("hearing", hearing(), Reference.Kind.MEETING));
  }
}
