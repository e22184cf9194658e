package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A decision on a request: reached and mailed at {@link #at()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Decision implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Decision}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableDecision.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the kind of decision.
   *
   * @return the kind
   */
  public abstract DecisionKind kind();

  /**
   * Returns the id of the request decided.
   *
   * @return a request id
   */
  public abstract String request();

  /**
   * Returns whether the decision refuses what its request asked: a dismissal request denied, a request
   * to begin the hearing timeline denied. Defaults to false.
   *
   * @return true when the request is denied
   */
  @Value.Default
  public boolean denied() {
    return false;
  }

  /**
   * Returns whether a state complaint decision found noncompliance (a failure to provide appropriate
   * services or another violation, 34 CFR 300.151(b), 300.152(a)(5)); the Section 618 collection counts
   * these reports ("reports with findings of noncompliance"). Defaults to false, which also stands for
   * not recorded; meaningful only on a {@link DecisionKind#STATE_COMPLAINT_DECISION}, ignored on others.
   *
   * @return true when the report found noncompliance
   */
  @Value.Default
  public boolean findsNoncompliance() {
    return false;
  }

  /**
   * Returns whether an expedited hearing decision ordered a change of placement (34 CFR 300.532(b)(2):
   * a return to the placement removed from, or an interim alternative educational setting); the Section
   * 618 collection counts these ("change of placement ordered"). Defaults to false, which also stands
   * for not recorded; meaningful only on an {@link DecisionKind#EXPEDITED_HEARING_DECISION}, ignored on
   * others.
   *
   * @return true when the decision ordered a change of placement
   */
  @Value.Default
  public boolean ordersPlacementChange() {
    return false;
  }

  /**
   * Returns the ids of the {@linkplain Request#complaintIssues() complaint issues} the decision decides:
   * issues of its request, or of the complaint its request {@linkplain Request#relatesTo() relates to}.
   * Empty when not recorded, or when the decision decides the whole request.
   *
   * @return issue ids
   */
  public abstract Set<String> decides();

  @Override
  public List<Reference> references() {
    return List.of(new Reference("request", request(), Reference.Kind.REQUEST));
  }
}
