package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A convenient base for rules: holds the descriptor, so a subclass writes only
 * {@link #evaluate(RuleContext)} (and {@link #plan} where the rule constrains an act's dates).
 *
 * <p>Implementation Requirements: subclasses must stay immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public abstract class BaseRule implements Rule {

  private final RuleDescriptor descriptor;

  /**
   * Creates the rule.
   *
   * @param descriptor what the rule is
   */
  protected BaseRule(RuleDescriptor descriptor) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  /**
   * Returns the rule's id.
   *
   * @return the id
   */
  public final RuleId id() {
    return descriptor.id();
  }

  @Override
  public String toString() {
    return descriptor.id().value();
  }
}
