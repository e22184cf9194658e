package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.model.IssueKind;

/**
 * The sources' advice on whether a process fits a kind of dispute.
 *
 * @param process the process advised on
 * @param fits whether the process fits ({@code true}) or is the wrong tool ({@code false})
 * @param issues the kinds of dispute the advice is about; empty when it is general
 * @param text the advice, in words a parent could follow
 * @param source where it comes from
 */
@API(status = MAINTAINED, since = "0.2.0")
public record Advice(DisputeProcess process, boolean fits, Set<IssueKind> issues, String text, String source) {

  /**
   * Creates the advice.
   *
   * @param process process
   * @param fits fits
   * @param issues issues
   * @param text text
   * @param source source
   */
  public Advice {
    Objects.requireNonNull(process, "process");
    issues = Set.copyOf(issues);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }
}
