package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An agreement between the parties, executed at {@link #at()}.
 *
 * <p>Every signatory must be a party of the case; an agreement signed by someone who is not makes the
 * case invalid. The agency's signature is given through {@link #agencyRepresentative()}, whose
 * authority to bind the agency the rules check.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Agreement implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Agreement}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableAgreement.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the kind of agreement.
   *
   * @return the kind
   */
  public abstract AgreementKind kind();

  /**
   * Returns the ids of the parties who signed.
   *
   * @return party ids
   */
  public abstract Set<String> signatories();

  /**
   * Returns the id of the participant who signed for the agency, if one is named.
   *
   * @return a participant id
   */
  public abstract Optional<String> agencyRepresentative();

  /**
   * Returns whether the agreement is in writing. Defaults to true.
   *
   * @return true when written
   */
  @Value.Default
  public boolean inWriting() {
    return true;
  }

  /**
   * Returns whether the agreement states that the discussions stay confidential
   * (34 CFR 300.506(b)(6)(i)).
   *
   * @return true when it says so
   */
  @Value.Default
  public boolean statesConfidentiality() {
    return false;
  }

  /**
   * Returns the id of the request the agreement belongs to.
   *
   * @return a request id
   */
  public abstract Optional<String> request();

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    for (String s : signatories()) {
      refs.add(new Reference("signatories", s, Reference.Kind.PARTY));
    }
    agencyRepresentative().ifPresent(a -> refs.add(new Reference("agencyRepresentative", a, Reference.Kind.PARTICIPANT)));
    request().ifPresent(r -> refs.add(new Reference("request", r, Reference.Kind.REQUEST)));
    return refs;
  }
}
