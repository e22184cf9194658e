package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule-set fingerprint changes with the version, the jurisdiction, a rule and a period, and only then. */
class RuleSetFingerprintTest {

  static RuleDescriptor rule(String id, EffectivePeriod period) {
    return RuleDescriptor.builder().id(RuleId.of(id)).title("t").kind(FindingKind.WARNING)
        .addCitations(Citation.of(Authority.REGULATION, Force.DUTY, "test", "s.1", "A quote.")).inForce(period).build();
  }

  static final List<RuleDescriptor> RULES = List.of(rule("ZZ.A", EffectivePeriod.always()),
      rule("ZZ.B", EffectivePeriod.from(LocalDate.of(2024, 7, 1))));

  @Test
  void isSixtyFourHexDigitsAndDeterministic() {
    String f = RuleSetFingerprint.of("1.0", "ZZ", RULES);
    assertThat(f).matches("[0-9a-f]{64}").isEqualTo(RuleSetFingerprint.of("1.0", "ZZ", RULES));
  }

  @Test
  void ignoresTheOrderOfTheRules() {
    assertThat(RuleSetFingerprint.of("1.0", "ZZ", List.of(RULES.get(1), RULES.get(0))))
        .isEqualTo(RuleSetFingerprint.of("1.0", "ZZ", RULES));
  }

  @Test
  void changesWithTheLibraryVersion() {
    assertThat(RuleSetFingerprint.of("1.1", "ZZ", RULES)).isNotEqualTo(RuleSetFingerprint.of("1.0", "ZZ", RULES));
  }

  @Test
  void changesWithTheJurisdiction() {
    assertThat(RuleSetFingerprint.of("1.0", "ZY", RULES)).isNotEqualTo(RuleSetFingerprint.of("1.0", "ZZ", RULES));
  }

  @Test
  void changesWhenARuleIsAddedRemovedOrRenamed() {
    String base = RuleSetFingerprint.of("1.0", "ZZ", RULES);
    List<RuleDescriptor> added = new ArrayList<>(RULES);
    added.add(rule("ZZ.C", EffectivePeriod.always()));
    assertThat(RuleSetFingerprint.of("1.0", "ZZ", added)).isNotEqualTo(base);
    assertThat(RuleSetFingerprint.of("1.0", "ZZ", RULES.subList(0, 1))).isNotEqualTo(base);
    assertThat(RuleSetFingerprint.of("1.0", "ZZ", List.of(rule("ZZ.X", EffectivePeriod.always()), RULES.get(1))))
        .isNotEqualTo(base);
  }

  @Test
  void changesWhenAPeriodInForceChanges() {
    String base = RuleSetFingerprint.of("1.0", "ZZ", RULES);
    List<RuleDescriptor> ended = List.of(RULES.get(0),
        rule("ZZ.B", EffectivePeriod.between(LocalDate.of(2024, 7, 1), LocalDate.of(2030, 6, 30))));
    List<RuleDescriptor> moved = List.of(RULES.get(0), rule("ZZ.B", EffectivePeriod.from(LocalDate.of(2024, 7, 2))));
    assertThat(RuleSetFingerprint.of("1.0", "ZZ", ended)).isNotEqualTo(base);
    assertThat(RuleSetFingerprint.of("1.0", "ZZ", moved)).isNotEqualTo(base);
    assertThat(RuleSetFingerprint.of("1.0", "ZZ", ended)).isNotEqualTo(RuleSetFingerprint.of("1.0", "ZZ", moved));
  }

  @Test
  void hashesTheDocumentedText() throws Exception {
    String text = "iepdr-rule-set/1\nlibrary 1.0\njurisdiction ZZ\nrule ZZ.A - -\nrule ZZ.B 2024-07-01 -\n";
    byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes("UTF-8"));
    assertThat(RuleSetFingerprint.of("1.0", "ZZ", RULES)).isEqualTo(String.format("%064x", new java.math.BigInteger(1, d)));
  }

  @Test
  void theLibraryVersionIsTheBuiltOne() {
    assertThat(RuleSetFingerprint.libraryVersion()).isNotEqualTo("unknown").doesNotContain("${");
    Jurisdiction us = RuleBook.load().jurisdiction("US");
    assertThat(RuleSetFingerprint.of(us)).isEqualTo(RuleSetFingerprint.of(RuleSetFingerprint.libraryVersion(), "US",
        us.rules().stream().map(Rule::descriptor).toList()));
  }
}
