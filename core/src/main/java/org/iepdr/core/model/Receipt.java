package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A request reached someone other than the body it was filed with: a copy to the LEA, the state
 * agency forwarding a complaint to the district, the notice a hearing body receives, or the date a
 * recipient verified receipt.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Receipt implements CaseEvent {

  /** How the request reached the recipient. */
  public enum Via {
    /** Delivered directly by the filer (a copy sent at the same time as filing). */
    DELIVERED,
    /** Forwarded by the state agency. */
    FORWARDED,
    /** The recipient's own later verification that it had received the request. */
    VERIFIED
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
   * Builds a {@link Receipt}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableReceipt.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the id of the request received.
   *
   * @return a request id
   */
  public abstract String request();

  /**
   * Returns who received it.
   *
   * @return the recipient
   */
  public abstract Recipient recipient();

  /**
   * Returns how it arrived. Defaults to {@link Via#DELIVERED}.
   *
   * @return the way it arrived
   */
  @Value.Default
  public Via via() {
    return Via.DELIVERED;
  }

  /**
   * Returns the party that sent it, if known.
   *
   * @return a party id
   */
  public abstract Optional<String> sentBy();

  /**
   * Returns whether this receipt put a request in a recipient's hands: it is that recipient's receipt
   * of that request, and not a later {@link Via#VERIFIED verification} of an earlier one. The first such
   * receipt in timeline order is the request's arrival with the recipient (unless the request was filed
   * with the recipient, when the filing is).
   *
   * @param requestId the request's id
   * @param to the recipient
   * @return true when this receipt is an arrival of the request with the recipient
   */
  public final boolean brings(String requestId, Recipient to) {
    java.util.Objects.requireNonNull(requestId, "requestId");
    java.util.Objects.requireNonNull(to, "to");
    return recipient() == to && via() != Via.VERIFIED && request().equals(requestId);
  }

  /**
   * Returns whether this receipt is the arrival of a request with a recipient: it {@link #brings} the
   * request to the recipient, and it is not dated before the request was made (a receipt cannot come
   * before the request it receives; such a receipt is impossible, and taken as an arrival it would
   * start a clock before the request existed). This is the one definition of an arrival that every rule
   * uses, through {@code RuleContext.arrival}.
   *
   * @param request the request
   * @param to the recipient
   * @return true when this receipt is an arrival of the request with the recipient
   */
  public final boolean arrivalOf(Request request, Recipient to) {
    java.util.Objects.requireNonNull(request, "request");
    return brings(request.id(), to) && !at().isBefore(request.at());
  }

  @Override
  public List<Reference> references() {
    Reference req = new Reference("request", request(), Reference.Kind.REQUEST);
    return sentBy().map(s -> List.of(req, new Reference("sentBy", s, Reference.Kind.PARTY))).orElse(List.of(req));
  }
}
