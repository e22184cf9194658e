package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.message.MessageCatalog;
import org.immutables.value.Value;

/**
 * What a rule is: its stable id, a title, the kind of finding it reports, its citations with the
 * quoted sentences, the period it is in force, and the counting convention it uses.
 *
 * <p>The rule catalogue ({@code iepdr rules}) is generated from these descriptors.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class RuleDescriptor {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RuleDescriptor}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableRuleDescriptor.Builder {
    Builder() {}
  }

  /**
   * Returns the rule's stable id.
   *
   * @return the id
   */
  public abstract RuleId id();

  /**
   * Returns a one-line title saying what the rule checks.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the kind of finding the rule reports when it is broken.
   *
   * @return the kind
   */
  public abstract FindingKind kind();

  /**
   * Returns the sources of the rule, the primary one first; at least one.
   *
   * @return the citations
   */
  public abstract List<Citation> citations();

  /**
   * Returns the period the rule is in force. Defaults to always.
   *
   * @return the period
   */
  @Value.Default
  public EffectivePeriod inForce() {
    return EffectivePeriod.always();
  }

  /**
   * Returns the catalog the rule's findings and deadlines are rendered from: core's catalog unless
   * the rule's module sets its own (see {@link MessageCatalog}). Not part of the rule's identity.
   *
   * @return the catalog
   */
  @Value.Default
  @Value.Auxiliary
  public MessageCatalog messages() {
    return MessageCatalog.core();
  }

  /**
   * Returns how the rule counts days, in words (e.g. "15 calendar days; the day of receipt is day
   * 0; no roll-forward"). Defaults to the library's convention.
   *
   * @return the counting convention
   */
  @Value.Default
  public String counting() {
    return "no day count";
  }

  /**
   * Returns the ids of inherited rules this rule replaces (a state's exception to a federal default).
   * A rule with the same id as an inherited one replaces it without being listed here.
   *
   * @return the replaced ids
   */
  public abstract Set<RuleId> replaces();

  /**
   * Returns the primary citation.
   *
   * @return the first citation
   */
  public final Citation citation() {
    return citations().get(0);
  }

  @Value.Check
  void check() {
    if (citations().isEmpty()) {
      throw new InvalidInputException("rule " + id() + ".citations", "empty", "at least one citation with a quote");
    }
  }
}
