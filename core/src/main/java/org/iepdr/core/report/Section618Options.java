package org.iepdr.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The choices a Section 618 report makes where the collection's labels leave one: the status date, whether
 * Section C counts expedited complaints, what makes a mediation related to due process, and which elements
 * keep their cases for the drill-down.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
public abstract class Section618Options {

  private static final Section618Options DEFAULTS = builder().build();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Section618Options}: set the attributes, then call {@code build()}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableSection618Options.Builder {
    Builder() {}
  }

  /**
   * Returns the defaults: status on June 30, expedited complaints counted in Section C too, a mediation
   * related to due process when a complaint was pending when it was held, no drill-down.
   *
   * @return the defaults
   */
  public static Section618Options defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the date the status of each complaint is taken on, when it is not the close of the reporting
   * year (June 30): a deviation from the collection's instructions, which the report states. Requests filed
   * after it are not counted.
   *
   * @return the status date, or empty for June 30
   */
  public abstract Optional<LocalDate> statusDate();

  /**
   * Returns whether Section C (elements 3 to 3.4) counts expedited due process complaints as well as Section
   * D. Default true: element 3.2(a) reads "Decisions within timeline (include expedited)", and the identities
   * 3.2(a) + 3.2(b) &lt;= 3.2 and 3 = 3.2 + 3.3 + 3.4 can only hold with expedited decisions in 3.2(a) if the
   * expedited hearings and complaints are in 3.2 and 3 too (the library's reading of the labels).
   *
   * @return true to count expedited complaints in Section C
   */
  @Value.Default
  public boolean expeditedInSectionC() {
    return true;
  }

  /**
   * Returns what makes a mediation related to due process. Default
   * {@link MediationRelation#COMPLAINT_PENDING_WHEN_HELD}.
   *
   * @return the relation
   */
  @Value.Default
  public MediationRelation mediationRelation() {
    return MediationRelation.COMPLAINT_PENDING_WHEN_HELD;
  }

  /**
   * Returns the elements that keep their (case id, request id) pairs for the drill-down; empty by default,
   * so that a report over millions of cases holds only its counters.
   *
   * @return the elements drilled into
   */
  public abstract Set<Section618Element> drillDown();
}
