package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.IssueKind;

/**
 * The sources' advice on whether a process fits a kind of dispute.
 *
 * <p>Advice applies only where its {@link #when() condition} holds for what the case shows: "consider
 * mediation first" is not shown to a case that already mediated ({@link CaseCondition#untried}).
 *
 * <p>The advice is a paraphrase of its source, a {@link Message} of the path's module catalog rendered in
 * English or Spanish ({@link #text(Language)}); the bundled paths key it
 * {@code ADVICE.<jurisdiction>.<PROCESS>.<name>}. Advice built from a plain string
 * ({@link Message#literal}) reads the same in every language.
 *
 * @param process the process advised on
 * @param fits whether the process fits ({@code true}) or is the wrong tool ({@code false})
 * @param issues the kinds of dispute the advice is about; empty when it is general
 * @param statement the advice, in words a parent could follow
 * @param source where it comes from
 * @param when what the case must show for the advice to apply; {@link CaseCondition#always()} when it
 *     applies whatever the case shows
 */
@API(status = MAINTAINED, since = "0.2.0")
public record Advice(DisputeProcess process, boolean fits, Set<IssueKind> issues, Message statement, String source,
    CaseCondition when) {

  /**
   * Creates the advice.
   *
   * @param process process
   * @param fits fits
   * @param issues issues
   * @param statement the advice
   * @param source source
   * @param when when it applies
   */
  public Advice {
    Objects.requireNonNull(process, "process");
    issues = Set.copyOf(Objects.requireNonNull(issues, "issues"));
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(when, "when");
  }

  /**
   * Creates advice worded by its caller, the same in every language.
   *
   * @param process process
   * @param fits fits
   * @param issues issues
   * @param text the advice
   * @param source source
   * @param when when it applies
   */
  public Advice(DisputeProcess process, boolean fits, Set<IssueKind> issues, String text, String source,
      CaseCondition when) {
    this(process, fits, issues, Message.literal(Objects.requireNonNull(text, "text")), source, when);
  }

  /**
   * Creates advice that applies whatever the case shows.
   *
   * @param process process
   * @param fits fits
   * @param issues issues
   * @param statement the advice, a message of the path's catalog
   * @param source source
   */
  public Advice(DisputeProcess process, boolean fits, Set<IssueKind> issues, Message statement, String source) {
    this(process, fits, issues, statement, source, CaseCondition.always());
  }

  /**
   * Creates advice that applies whatever the case shows, worded by its caller (the same in every
   * language).
   *
   * @param process process
   * @param fits fits
   * @param issues issues
   * @param text the advice
   * @param source source
   */
  public Advice(DisputeProcess process, boolean fits, Set<IssueKind> issues, String text, String source) {
    this(process, fits, issues, Message.literal(Objects.requireNonNull(text, "text")), source);
  }

  /**
   * Returns the advice in English.
   *
   * @return the text
   */
  public String text() {
    return statement.render(Language.ENGLISH);
  }

  /**
   * Returns the advice in a language.
   *
   * @param language the language
   * @return the text
   */
  public String text(Language language) {
    return statement.render(Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns this advice applying only where a condition over the case holds.
   *
   * @param condition the condition
   * @return the advice with that condition
   */
  public Advice when(CaseCondition condition) {
    return new Advice(process, fits, issues, statement, source, Objects.requireNonNull(condition, "condition"));
  }
}
