package org.iepdr.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request reached someone other than the body it was filed with: a copy to the LEA, the state
 * agency forwarding a complaint to the district, the notice a hearing body receives, or the date a
 * recipient verified receipt.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
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
  public static ImmutableReceipt.Builder builder() {
    return ImmutableReceipt.builder();
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

  @Override
  public List<Reference> references() {
    Reference req = new Reference("request", request(), Reference.Kind.REQUEST);
    return sentBy().map(s -> List.of(req, new Reference("sentBy", s, Reference.Kind.PARTY))).orElse(List.of(req));
  }
}
