package org.iepdr.rules.mississippi;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Force;

/** The documents Mississippi's rules cite, and small helpers shared by the rules. */
final class Sources {

  /** A parent-guide article on Mississippi's IEP facilitation and dispute ladder (a secondary source). */
  static final String ARTICLE = "\"Mississippi IEP Facilitator: When to Request One and How\", Special Ed Start Guide";

  /** Its address. */
  static final String ARTICLE_LINK = "https://specialedstartguide.com/blog/mississippi-iep-facilitator";

  /** The CADRE Continuum profile of Mississippi's IEP facilitation (a secondary source). */
  static final String CADRE_PROFILE = "CADRE Continuum profile: Mississippi IEP facilitation";

  /** Its address. */
  static final String CADRE_LINK =
      "https://www.cadreworks.org/cadre-continuum/stage-3-conflict/facilitation/facilitation-special-education-individualized";

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

  private Sources() {}

  /**
   * A citation of the parent-guide article.
   *
   * @param section the article's heading the sentence is under
   * @param force what the sentence does
   * @param quote the sentence
   * @return the citation, of a secondary source
   */
  static Citation article(String section, Force force, String quote) {
    return Citation.builder().document(ARTICLE).section(section).link(ARTICLE_LINK).quote(quote)
        .authority(Authority.SECONDARY).force(force).build();
  }

  /**
   * A citation of CADRE's profile of Mississippi's IEP facilitation.
   *
   * @param force what the sentence does
   * @param quote the sentence
   * @return the citation, of a secondary source
   */
  static Citation cadre(Force force, String quote) {
    return Citation.of(Authority.SECONDARY, force, CADRE_PROFILE, "Mississippi IEP Facilitation", CADRE_LINK, quote);
  }

  /**
   * Formats an instant as local time in a zone, e.g. "2026-03-07 09:00 CST".
   *
   * @param instant the instant
   * @param zone the zone
   * @return the text
   */
  static String clock(Instant instant, ZoneId zone) {
    return CLOCK.format(instant.atZone(zone));
  }
}
