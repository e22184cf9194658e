package org.iepdr.core.message;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A module's messages in every {@link Language}: the patterns of its keys, read from the properties
 * files {@code <base>_en.properties} and {@code <base>_es.properties} (UTF-8) that the module opens
 * itself, with core's catalog behind it for the shared labels and formats.
 *
 * <p>Why not {@link java.util.ResourceBundle#getBundle}: it falls back to the default locale (an English
 * request comes out in Spanish on a Spanish machine), the control that turns the fallback off is
 * unsupported in named modules, and a state module's bundle is encapsulated from core on the module
 * path. A catalog reads each language's file by name, through an {@link Opener} the module supplies
 * (a lambda in the module's own code, {@code name -> MyModule.class.getResourceAsStream(name)}), so it
 * behaves the same on the class path and the module path whatever the default locale.
 *
 * <p>Lookup: a key is looked up in this catalog, then in its parent's; a language's missing key falls
 * back to English; a key missing everywhere renders as the key and its facts (and
 * {@link Message#problems} reports it), so an evaluation's output is never lost to a missing word.
 *
 * <p>Formats: a date renders with the style {@code date}, a time with {@code datetime}, unless the
 * placeholder names another ({@code {due,long}}); the style is the key {@code format.<style>}, whose
 * value is {@code iso} (ISO 8601) or a {@link DateTimeFormatter} pattern in the language's locale. A
 * list of phrases joins with {@code format.list} (or {@code format.list.<style>}). A label renders
 * with {@code enum.<SimpleTypeName>.<CONSTANT>}, or the constant's name when the chain has none.
 *
 * <p>Implementation Requirements: immutable after loading and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MessageCatalog {

  /**
   * Opens one of a module's resources from the module's own code.
   */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens a resource.
     *
     * @param resource the resource name, e.g. {@code messages_es.properties}
     * @return the stream, or null when there is no such resource
     * @throws IOException when it cannot be read
     */
    @Nullable InputStream open(String resource) throws IOException;
  }

  private static final MessageCatalog CORE = load("org.iepdr.core", "/org/iepdr/core/messages", null,
      name -> MessageCatalog.class.getResourceAsStream(name));

  private final String name;
  private final @Nullable MessageCatalog parent;
  private final Map<Language, Map<String, Template>> templates;
  private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

  private MessageCatalog(String name, @Nullable MessageCatalog parent, Map<Language, Map<String, Template>> templates) {
    this.name = name;
    this.parent = parent;
    this.templates = templates;
  }

  /**
   * Returns core's catalog: the federal rules' messages, the shared labels and formats. Every other
   * catalog has it as its parent.
   *
   * @return the core catalog
   */
  public static MessageCatalog core() {
    return CORE;
  }

  /**
   * Loads a module's catalog, with core's catalog as its parent.
   *
   * @param name the catalog's name, e.g. the module's name {@code org.iepdr.rules.missouri}
   * @param baseName the resource name without the language suffix, as the opener resolves it, e.g.
   *     {@code messages} for {@code messages_en.properties} beside the opener's class
   * @param opener opens the module's resources from the module's own code
   * @return the catalog
   * @throws IllegalStateException if the English file is missing, a file cannot be read, or a pattern
   *     does not parse (naming the file and key)
   */
  public static MessageCatalog load(String name, String baseName, Opener opener) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(opener, "opener");
    return load(name, baseName, CORE, opener);
  }

  private static MessageCatalog load(String name, String baseName, @Nullable MessageCatalog parent, Opener opener) {
    Map<Language, Map<String, Template>> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String resource = baseName + "_" + language.tag() + ".properties";
      Properties p = new Properties();
      try (InputStream in = opener.open(resource)) {
        if (in == null) {
          if (language == Language.ENGLISH) {
            throw new IllegalStateException("message catalog '" + name + "': no " + resource);
          }
          all.put(language, Map.of());
          continue;
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          p.load(r);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("message catalog '" + name + "': cannot read " + resource, e);
      }
      Map<String, Template> parsed = new HashMap<>();
      for (String key : p.stringPropertyNames()) {
        try {
          parsed.put(key, Template.parse(p.getProperty(key)));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("message catalog '" + name + "', " + resource + ", key '" + key + "': "
              + e.getMessage(), e);
        }
      }
      all.put(language, Map.copyOf(parsed));
    }
    return new MessageCatalog(name, parent, all);
  }

  /**
   * Returns the catalog's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the keys this catalog itself defines in a language (not its parent's).
   *
   * @param language the language
   * @return the keys, sorted
   */
  public Set<String> keys(Language language) {
    return Collections.unmodifiableSet(new TreeSet<>(templatesOf(Objects.requireNonNull(language, "language")).keySet()));
  }

  /**
   * Returns the argument names a key's pattern in this catalog uses, in order of first use.
   *
   * @param key the key
   * @param language the language
   * @return the names, or an empty set when this catalog does not define the key in that language
   */
  public Set<String> arguments(String key, Language language) {
    Template t = templatesOf(Objects.requireNonNull(language, "language")).get(Objects.requireNonNull(key, "key"));
    return t == null ? Set.of() : t.arguments();
  }

  /**
   * Returns the pattern of a key, looked up through the chain in a language and then in English.
   *
   * @param key the key
   * @param language the language
   * @return the pattern, or null when no catalog of the chain defines the key
   */
  public @Nullable String pattern(String key, Language language) {
    Template t = template(Objects.requireNonNull(key, "key"), Objects.requireNonNull(language, "language"));
    return t == null ? null : t.pattern();
  }

  private @Nullable Template template(String key, Language language) {
    Template t = lookup(key, language);
    return t == null && language != Language.ENGLISH ? lookup(key, Language.ENGLISH) : t;
  }

  private Map<String, Template> templatesOf(Language language) {
    return templates.getOrDefault(language, Map.of());
  }

  private @Nullable Template lookup(String key, Language language) {
    for (MessageCatalog c = this; c != null; c = c.parent) {
      Template t = c.templatesOf(language).get(key);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  String render(String key, Facts facts, Language language) {
    Template t = template(key, language);
    if (t == null) {
      return facts.isEmpty() ? key : key + " " + facts;
    }
    StringBuilder b = new StringBuilder(64);
    for (Object part : t.parts()) {
      if (part instanceof String s) {
        b.append(s);
      } else {
        Template.Slot slot = (Template.Slot) part;
        Object value = facts.find(slot.name());
        if (value == null) {
          b.append('{').append(slot.name()).append('}');
        } else {
          format(b, value, slot.style(), language);
        }
      }
    }
    return b.toString();
  }

  private void format(StringBuilder b, Object value, @Nullable String style, Language language) {
    if (value instanceof LocalDate d) {
      b.append(formatted(d, style == null ? "date" : style, language, false));
    } else if (value instanceof ZonedDateTime t) {
      b.append(formatted(t, style == null ? "datetime" : style, language, true));
    } else if (value instanceof Message m) {
      b.append(m.render(language));
    } else if (value instanceof List<?> list) {
      String sep = separator(style, language);
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          b.append(sep);
        }
        b.append(((Message) list.get(i)).render(language));
      }
    } else if (value instanceof Enum<?> e) {
      Template t = template("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), language);
      b.append(t == null ? e.name() : t.pattern());
    } else {
      b.append(value);
    }
  }

  /**
   * A date or time in a style; a style the value cannot fill (a clock style given a date) falls back to
   * ISO 8601 rather than throw, so an evaluation's output is never lost to a pattern ({@link #problems}
   * reports it).
   */
  private String formatted(java.time.temporal.TemporalAccessor value, String style, Language language,
      boolean withTime) {
    try {
      return formatter(style, language, withTime).format(value);
    } catch (java.time.DateTimeException unfit) {
      return value instanceof LocalDate d ? d.toString()
          : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }
  }

  private String separator(@Nullable String style, Language language) {
    Template t = template(style == null ? "format.list" : "format.list." + style, language);
    return t == null ? "; " : t.pattern();
  }

  private DateTimeFormatter formatter(String style, Language language, boolean withTime) {
    String cacheKey = language.tag() + (withTime ? "+" : "-") + style;
    DateTimeFormatter f = formatters.get(cacheKey);
    if (f == null) {
      Template t = template("format." + style, language);
      String pattern = t == null ? "iso" : t.pattern();
      if ("iso".equals(pattern)) {
        f = withTime ? DateTimeFormatter.ISO_OFFSET_DATE_TIME : DateTimeFormatter.ISO_LOCAL_DATE;
      } else {
        f = DateTimeFormatter.ofPattern(pattern, language.locale());
      }
      formatters.put(cacheKey, f);
    }
    return f;
  }

  List<String> problems(String key, Facts facts, Language language) {
    List<String> out = new ArrayList<>();
    Template t = lookup(key, language);
    if (t == null) {
      out.add("catalog '" + name + "' has no " + language.tag() + " message '" + key + "'");
      return out;
    }
    for (Object part : t.parts()) {
      if (part instanceof Template.Slot slot) {
        Object value = facts.find(slot.name());
        if (value == null) {
          out.add(key + " (" + language.tag() + "): no fact '" + slot.name() + "'");
          continue;
        }
        if (slot.style() != null && !(value instanceof TemporalAccessor) && !(value instanceof List<?>)) {
          out.add(key + " (" + language.tag() + "): style '" + slot.style() + "' given to a fact that is neither a"
              + " date, a time nor a list");
        } else if (slot.style() != null && value instanceof TemporalAccessor temporal) {
          try {
            String unused = formatter(slot.style(), language, value instanceof ZonedDateTime).format(temporal);
          } catch (java.time.DateTimeException unfit) {
            out.add(key + " (" + language.tag() + "): style '" + slot.style() + "' cannot format the fact '"
                + slot.name() + "' (" + value.getClass().getSimpleName() + ")");
          }
        }
        if (value instanceof Message m) {
          out.addAll(m.problems(language));
        } else if (value instanceof List<?> list) {
          for (Object o : list) {
            out.addAll(((Message) o).problems(language));
          }
        } else if (value instanceof Enum<?> e
            && lookup("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), language) == null) {
          out.add(key + " (" + language.tag() + "): no label enum." + e.getDeclaringClass().getSimpleName() + "."
              + e.name());
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "MessageCatalog[" + name + "]";
  }
}
