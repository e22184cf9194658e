package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A party withdrew from a process: withdrew a complaint, withdrew from continued mediation
 * (34 CFR 300.510(c)(3)), or voided a resolution agreement (34 CFR 300.510(e)).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Withdrawal implements CaseEvent {

  /** What was withdrawn from. */
  public enum From {
    /** The complaint or request itself. */
    REQUEST,
    /** Continued mediation. */
    MEDIATION,
    /**
     * An agreement: the party voided a resolution agreement (34 CFR 300.510(e)); {@link #request()}
     * names the complaint the agreement resolved.
     */
    AGREEMENT
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
   * Builds a {@link Withdrawal}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableWithdrawal.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the id of the request concerned.
   *
   * @return a request id
   */
  public abstract String request();

  /**
   * Returns the id of the party withdrawing.
   *
   * @return a party id
   */
  public abstract String by();

  /**
   * Returns what was withdrawn from.
   *
   * @return the process withdrawn from
   */
  public abstract From from();

  @Override
  public List<Reference> references() {
    return List.of(
        new Reference("request", request(), Reference.Kind.REQUEST),
        new Reference("by", by(), Reference.Kind.PARTY));
  }
}
