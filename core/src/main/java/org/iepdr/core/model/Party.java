package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A party to the dispute: someone whose rights or duties the rules speak of.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class Party {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Party}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }

  /**
   * Returns a party with an id and a role.
   *
   * @param id the party's id within the case
   * @param role the party's role
   * @return the party
   */
  public static Party of(String id, PartyRole role) {
    return builder().id(id).role(role).build();
  }

  /**
   * Returns the party's id, unique among the case's parties and participants.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the party's role.
   *
   * @return the role
   */
  public abstract PartyRole role();

  /**
   * Returns the party's name, if supplied. Redacted from {@code toString}.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * Returns the side the party belongs to, from its role.
   *
   * @return the side
   */
  @Value.Derived
  public Side side() {
    return role().side();
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new InvalidInputException("party.id", "blank", "a non-blank id");
    }
  }
}
