package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A party's answer to a request: accepting or declining a voluntary process, or the written response
 * to a due process complaint (34 CFR 300.508(e)-(f)).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Reply implements CaseEvent {

  /** What the reply says. */
  public enum Answer {
    /** The party agrees to the process. */
    ACCEPTED,
    /** The party declines the process. */
    DECLINED,
    /** A response on the merits (a due process response). */
    RESPONSE,
    /**
     * The party did what the request asked: gave access to the education records requested, gave the copy
     * of the safeguards notice requested.
     */
    FULFILLED
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
   * Builds a {@link Reply}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableReply.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the id of the request answered.
   *
   * @return a request id
   */
  public abstract String request();

  /**
   * Returns the id of the party answering.
   *
   * @return a party id
   */
  public abstract String by();

  /**
   * Returns the answer.
   *
   * @return the answer
   */
  public abstract Answer answer();

  /**
   * Returns whether the reply is in writing. Defaults to true.
   *
   * @return true when written
   */
  @Value.Default
  public boolean inWriting() {
    return true;
  }

  @Override
  public List<Reference> references() {
    return List.of(
        new Reference("request", request(), Reference.Kind.REQUEST),
        new Reference("by", by(), Reference.Kind.PARTY));
  }
}
