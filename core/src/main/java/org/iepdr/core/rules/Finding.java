package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a rule found wrong, or advises, in a case: the rule's id, the kind of finding, a message a
 * parent could understand, the citation, and the ids of the events it rests on.
 *
 * <p>Messages never contain a student's name or birth date.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class Finding {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Finding}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the rule that made the finding.
   *
   * @return the rule id
   */
  @Value.Parameter
  public abstract RuleId ruleId();

  /**
   * Returns the kind of finding.
   *
   * @return violation, warning or advisory
   */
  @Value.Parameter
  public abstract FindingKind kind();

  /**
   * Returns the message, in words a parent could understand.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the rule's primary citation.
   *
   * @return the citation
   */
  @Value.Parameter
  public abstract Citation citation();

  /**
   * Returns the ids of the events the finding rests on, in timeline order.
   *
   * @return event ids
   */
  @Value.Parameter
  public abstract List<String> events();
}
