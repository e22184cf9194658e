package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.iepdr.core.message.Facts;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import org.immutables.value.Value;

/**
 * What a rule found wrong, or advises, in a case: the rule's id, the kind of finding, what it states
 * as data (a key and typed facts, rendered on demand in English or Spanish), the citation, and the ids
 * of the events it rests on.
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
   * Returns what the finding states, as data: a stable key and its typed facts (the dates, events,
   * counts and sides it names), rendered in a language by {@link #message(Language)}.
   *
   * @return the statement
   */
  @Value.Parameter
  public abstract Message statement();

  /**
   * Returns the statement's stable key, such as {@code IDEA.RESOLUTION.MEETING_15_DAYS.missed}: the
   * same in every language and release, for a program to choose its own wording.
   *
   * @return the key
   */
  public final String key() {
    return statement().key();
  }

  /**
   * Returns the typed facts the finding states.
   *
   * @return the facts
   */
  public final Facts facts() {
    return statement().facts();
  }

  /**
   * Returns the message in English, in words a parent could understand.
   *
   * @return the English message
   */
  public final String message() {
    return statement().render(Language.ENGLISH);
  }

  /**
   * Returns the message in a language.
   *
   * @param language the language
   * @return the message
   */
  public final String message(Language language) {
    return statement().render(language);
  }

  /**
   * Returns the message in the language a locale asks for (English for a language the library does
   * not write).
   *
   * @param locale the caller's locale
   * @return the message
   */
  public final String message(Locale locale) {
    return statement().render(locale);
  }

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
