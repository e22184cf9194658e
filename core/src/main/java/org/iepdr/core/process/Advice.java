package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.model.IssueKind;

/**
 * The sources' advice on whether a process fits a kind of dispute.
 *
 * <p>Advice applies only where its {@link #when() condition} holds for what the case shows: "consider
 * mediation first" is not shown to a case that already mediated ({@link CaseCondition#untried}).
 *
 * @param process the process advised on
 * @param fits whether the process fits ({@code true}) or is the wrong tool ({@code false})
 * @param issues the kinds of dispute the advice is about; empty when it is general
 * @param text the advice, in words a parent could follow
 * @param source where it comes from
 * @param when what the case must show for the advice to apply; {@link CaseCondition#always()} when it
 *     applies whatever the case shows
 */
@API(status = MAINTAINED, since = "0.2.0")
public record Advice(DisputeProcess process, boolean fits, Set<IssueKind> issues, String text, String source,
    CaseCondition when) {

  /**
   * Creates the advice.
   *
   * @param process process
   * @param fits fits
   * @param issues issues
   * @param text text
   * @param source source
   * @param when when it applies
   */
  public Advice {
    Objects.requireNonNull(process, "process");
    issues = Set.copyOf(issues);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(when, "when");
  }

  /**
   * Creates advice that applies whatever the case shows.
   *
   * @param process process
   * @param fits fits
   * @param issues issues
   * @param text text
   * @param source source
   */
  public Advice(DisputeProcess process, boolean fits, Set<IssueKind> issues, String text, String source) {
    this(process, fits, issues, text, source, CaseCondition.always());
  }

  /**
   * Returns this advice applying only where a condition over the case holds.
   *
   * @param condition the condition
   * @return the advice with that condition
   */
  public Advice when(CaseCondition condition) {
    return new Advice(process, fits, issues, text, source, Objects.requireNonNull(condition, "condition"));
  }
}
