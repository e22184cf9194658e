package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A condition one party imposed on another at {@link #at()}: forbidding audio recording, demanding a
 * number of hours' notice before recording, requiring a confidentiality pledge, ordering mediation,
 * or requiring a due process filing before mediation.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Demand implements CaseEvent {

  /** What was demanded. */
  public enum Kind {
    /** Audio recording of a meeting is forbidden. */
    RECORDING_FORBIDDEN,
    /** Notice of recording is demanded {@link #hours()} hours ahead. */
    RECORDING_NOTICE,
    /** The family must sign a confidentiality pledge to mediate or after resolving a dispute. */
    CONFIDENTIALITY_PLEDGE,
    /** A party (or a hearing officer) orders the other to mediate. */
    MEDIATION_ORDERED,
    /** A due process complaint must be filed before mediation. */
    DUE_PROCESS_FILING_BEFORE_MEDIATION
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
   * Builds a {@link Demand}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableDemand.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns what was demanded.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the id of the party who imposed it.
   *
   * @return a party id
   */
  public abstract String by();

  /**
   * Returns the hours of notice demanded, for {@link Kind#RECORDING_NOTICE}.
   *
   * @return the hours
   */
  public abstract Optional<Integer> hours();

  /**
   * Returns the id of the meeting concerned, if any.
   *
   * @return a meeting id
   */
  public abstract Optional<String> meeting();

  /**
   * Returns the id of the request concerned, if any.
   *
   * @return a request id
   */
  public abstract Optional<String> request();

  @Value.Check
  void check() {
    if (kind() == Kind.RECORDING_NOTICE && hours().isEmpty()) {
      throw new org.iepdr.core.InvalidInputException("demand '" + id() + "'.hours", "empty",
          "the hours of notice demanded, for a RECORDING_NOTICE demand");
    }
    hours().ifPresent(h -> org.iepdr.core.InvalidInputException.requireNonNegative("demand '" + id() + "'.hours", h));
  }

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(new Reference("by", by(), Reference.Kind.PARTY));
    meeting().ifPresent(m -> refs.add(new Reference("meeting", m, Reference.Kind.MEETING)));
    request().ifPresent(r -> refs.add(new Reference("request", r, Reference.Kind.REQUEST)));
    return refs;
  }
}
