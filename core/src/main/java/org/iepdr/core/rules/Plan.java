package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The earliest and latest lawful dates for a proposed act under the rules in force, and the rules
 * that set them.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class Plan {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Plan}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }

  /**
   * Returns the jurisdiction's code.
   *
   * @return the code
   */
  public abstract String jurisdiction();

  /**
   * Returns the act planned.
   *
   * @return the act
   */
  public abstract ProposedAct act();

  /**
   * Returns the trigger date the plan counts from.
   *
   * @return the trigger date
   */
  public abstract LocalDate trigger();

  /**
   * Returns the constraints of every in-force rule that speaks to the act.
   *
   * @return the constraints
   */
  public abstract List<PlanConstraint> constraints();

  /**
   * Returns the earliest lawful day: the latest of the constraints' earliest days.
   *
   * @return the earliest day, empty when no rule sets one
   */
  @Value.Derived
  public Optional<LocalDate> earliest() {
    return constraints().stream().flatMap(c -> c.earliest().stream()).max(LocalDate::compareTo);
  }

  /**
   * Returns the latest lawful day: the earliest of the constraints' latest days.
   *
   * @return the latest day, empty when no rule sets one
   */
  @Value.Derived
  public Optional<LocalDate> latest() {
    return constraints().stream().flatMap(c -> c.latest().stream()).min(LocalDate::compareTo);
  }

  /**
   * Returns whether some day satisfies every constraint.
   *
   * @return false when the earliest day is after the latest
   */
  public final boolean possible() {
    return earliest().isEmpty() || latest().isEmpty() || !earliest().get().isAfter(latest().get());
  }
}
