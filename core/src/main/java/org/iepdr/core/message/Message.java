package org.iepdr.core.message;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A sentence or phrase as data: a stable key, the {@link Facts} it states, and the catalog of the
 * module that wrote it. {@link #render(Language)} writes it in a language on demand, so a message
 * nobody reads costs no text.
 *
 * <p>Two messages are equal when their catalogs' names, keys and facts are.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Message {

  private final MessageCatalog catalog;
  private final String key;
  private final Facts facts;

  private Message(MessageCatalog catalog, String key, Facts facts) {
    this.catalog = catalog;
    this.key = key;
    this.facts = facts;
  }

  /**
   * Returns a message.
   *
   * @param catalog the catalog that holds the key
   * @param key the key
   * @param facts the facts its patterns name
   * @return the message
   */
  public static Message of(MessageCatalog catalog, String key, Facts facts) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(facts, "facts");
    if (key.isBlank()) {
      throw new IllegalArgumentException("a message key must not be blank");
    }
    return new Message(catalog, key, facts);
  }

  /**
   * Returns a message worded by its caller, the same in every language: for values built by hand
   * (tests, an application's own findings), never for a rule's findings, which state their facts under
   * a key of their module's catalog.
   *
   * @param text the text
   * @return the message, under the core catalog's key {@code literal} with the fact {@code text}
   */
  public static Message literal(String text) {
    Objects.requireNonNull(text, "text");
    return new Message(MessageCatalog.core(), "literal", Facts.builder().text("text", text).build());
  }

  /**
   * Returns a builder for a message of a catalog.
   *
   * @param catalog the catalog
   * @param key the key
   * @return a builder; set the facts, then {@link Builder#build()}
   */
  public static Builder builder(MessageCatalog catalog, String key) {
    return new Builder(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(key, "key"));
  }

  /**
   * Returns the stable key, such as {@code IDEA.RESOLUTION.MEETING_15_DAYS.missed}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the facts the message states.
   *
   * @return the facts
   */
  public Facts facts() {
    return facts;
  }

  /**
   * Returns the catalog that renders the message.
   *
   * @return the catalog
   */
  public MessageCatalog catalog() {
    return catalog;
  }

  /**
   * Renders the message in a language.
   *
   * @param language the language
   * @return the text
   */
  public String render(Language language) {
    return catalog.render(key, facts, Objects.requireNonNull(language, "language"));
  }

  /**
   * Renders the message in the language a locale asks for (English for any language not supported).
   *
   * @param locale the caller's locale; never the default locale unless the caller passes it
   * @return the text
   */
  public String render(Locale locale) {
    return render(Language.of(locale));
  }

  /**
   * Returns what is wrong with the message in a language: its key missing from the catalog chain, a
   * placeholder without a fact, a fact of the wrong type for its placeholder's style. Empty when it
   * renders completely. For tests of a module's catalog.
   *
   * @param language the language
   * @return the problems, empty when none
   */
  public List<String> problems(Language language) {
    return catalog.problems(key, facts, Objects.requireNonNull(language, "language"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Message m && key.equals(m.key) && facts.equals(m.facts)
        && catalog.name().equals(m.catalog.name());
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog.name(), key, facts);
  }

  /** Returns the English rendering. */
  @Override
  public String toString() {
    return render(Language.ENGLISH);
  }

  /** Builds a {@link Message}. Not thread-safe; the message it builds is. */
  public static final class Builder extends FactsDraft<Builder> {
    private final MessageCatalog catalog;
    private final String key;
    private final Facts.Builder facts = Facts.builder();

    private Builder(MessageCatalog catalog, String key) {
      this.catalog = catalog;
      this.key = key;
    }

    @Override
    protected Builder put(String name, Object value) {
      facts.put(name, value);
      return this;
    }

    /**
     * Builds the message.
     *
     * @return the message
     */
    public Message build() {
      return Message.of(catalog, key, facts.build());
    }
  }
}
