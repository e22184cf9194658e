package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A neutral assigned to a process: a facilitator, a mediator (selected by the parties or assigned by
 * the state), a hearing officer or commissioner.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Appointment implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Appointment}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableAppointment.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the id of the participant appointed.
   *
   * @return a participant id
   */
  public abstract String participant();

  /**
   * Returns the id of the request the appointment serves.
   *
   * @return a request id
   */
  public abstract Optional<String> request();

  /**
   * Returns the ids of the parties who chose the participant; empty when the state assigned them.
   *
   * @return party ids
   */
  public abstract Set<String> selectedBy();

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(new Reference("participant", participant(), Reference.Kind.PARTICIPANT));
    request().ifPresent(r -> refs.add(new Reference("request", r, Reference.Kind.REQUEST)));
    for (String s : selectedBy()) {
      refs.add(new Reference("selectedBy", s, Reference.Kind.PARTY));
    }
    return refs;
  }
}
