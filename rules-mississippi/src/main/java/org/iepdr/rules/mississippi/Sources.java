package org.iepdr.rules.mississippi;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.iepdr.core.rules.Citation;

/** The documents Mississippi's rules cite, and small helpers shared by the rules. */
final class Sources {

  /** Seed 002, a Mississippi parent guide to IEP facilitation and the dispute ladder. */
  static final String SEED = "002_aac12704e11c44c8.txt";

  /** Verification level of a seed file. */
  static final String SEED_LEVEL = "seed";

  /** Verification level of a rule known only from a secondary source. */
  static final String SECONDARY = "VERIFIED-2ND";

  /** The CADRE Continuum profile of Mississippi's IEP facilitation (law-facts S5). */
  static final String CADRE_PROFILE = "CADRE Continuum profile: Mississippi IEP facilitation";

  /** Its address. */
  static final String CADRE_LINK =
      "https://www.cadreworks.org/cadre-continuum/stage-3-conflict/facilitation/facilitation-special-education-individualized";

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

  private Sources() {}

  /**
   * A citation of seed 002.
   *
   * @param section the seed's heading the sentence is under
   * @param quote the sentence
   * @return the citation, verification "seed"
   */
  static Citation seed(String section, String quote) {
    return Citation.builder().document(SEED).section(section).quote(quote).verification(SEED_LEVEL).build();
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
