package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A party shared the student's confidential records with a participant (a facilitator) at
 * {@link #at()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class RecordsShared implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RecordsShared}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableRecordsShared.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the id of the party who shared the records.
   *
   * @return a party id
   */
  public abstract String sharedBy();

  /**
   * Returns the id of the participant who received them.
   *
   * @return a participant id
   */
  public abstract String sharedWith();

  @Override
  public List<Reference> references() {
    return List.of(
        new Reference("sharedBy", sharedBy(), Reference.Kind.PARTY),
        new Reference("sharedWith", sharedWith(), Reference.Kind.PARTICIPANT));
  }
}
