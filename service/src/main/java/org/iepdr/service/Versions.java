package org.iepdr.service;

import java.util.stream.Collectors;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.springframework.http.HttpHeaders;

/**
 * The headers every response carries: {@value #LIBRARY_VERSION} and {@value #RULE_SET_FINGERPRINT}
 * ({@code CODE=fingerprint}, one entry for the jurisdiction that answered, else every installed one,
 * separated by commas).
 */
final class Versions {

  /** The header naming the library version. */
  static final String LIBRARY_VERSION = "Iepdr-Library-Version";
  /** The header naming the rule set(s) that answered. */
  static final String RULE_SET_FINGERPRINT = "Iepdr-Rule-Set-Fingerprint";

  private Versions() {}

  static String fingerprint(Jurisdiction j) {
    return j.code() + "=" + RuleSetFingerprint.of(j);
  }

  static String fingerprints(RuleBook book) {
    return book.jurisdictions().stream().sorted().map(c -> fingerprint(book.jurisdiction(c)))
        .collect(Collectors.joining(","));
  }

  static HttpHeaders headers(String fingerprint) {
    HttpHeaders h = new HttpHeaders();
    h.set(LIBRARY_VERSION, RuleSetFingerprint.libraryVersion());
    h.set(RULE_SET_FINGERPRINT, fingerprint);
    return h;
  }
}
