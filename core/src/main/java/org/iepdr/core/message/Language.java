package org.iepdr.core.message;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * A language the library writes its findings, deadlines and advice in.
 *
 * <p>English is the language of the sources and the fallback: a locale whose language is not one of
 * these is rendered in English, whatever the machine's default locale.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum Language {
  /** English ({@code en}): the sources' language; dates as ISO 8601 ({@code 2026-03-05}). */
  ENGLISH("en", Locale.ENGLISH),
  /** Spanish ({@code es}): dates as {@code 5 de marzo de 2026}. */
  SPANISH("es", Locale.forLanguageTag("es"));

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /**
   * Returns the language's ISO 639-1 code, as used by {@code --lang} and the properties files.
   *
   * @return {@code "en"} or {@code "es"}
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the locale used to format dates in this language.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the language a locale asks for: Spanish for any locale whose language is {@code es},
   * English for every other.
   *
   * @param locale the caller's locale
   * @return the language
   */
  public static Language of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
  }

  /**
   * Returns the language with a code, for options such as {@code --lang es}.
   *
   * @param tag {@code en} or {@code es} (case does not matter)
   * @return the language
   * @throws InvalidInputException for any other value
   */
  public static Language parse(String tag) {
    Objects.requireNonNull(tag, "tag");
    for (Language l : values()) {
      if (l.tag.equalsIgnoreCase(tag.strip())) {
        return l;
      }
    }
    throw new InvalidInputException("lang", tag, "en or es");
  }
}
