package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.rules.FindingKind.ADVISORY;
import static org.iepdr.core.rules.FindingKind.VIOLATION;
import static org.iepdr.core.rules.FindingKind.WARNING;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The decision table, cell by cell: authority x force x restatement -> the strongest kind a citation allows.
 * The same table is in the README ("How strong a finding may be"); change both together.
 */
class KindPolicyTest {

  /** For each authority: duty quoted, duty restated, recommendation, advice. */
  private static final Map<Authority, FindingKind[]> TABLE = new EnumMap<>(Authority.class);

  static {
    FindingKind[] binding = {VIOLATION, WARNING, WARNING, ADVISORY};
    FindingKind[] informal = {WARNING, WARNING, WARNING, ADVISORY};
    TABLE.put(Authority.STATUTE, binding);
    TABLE.put(Authority.REGULATION, binding);
    TABLE.put(Authority.STATE_RULE, binding);
    TABLE.put(Authority.AGENCY_PROCEDURE, binding);
    TABLE.put(Authority.LOCAL_POLICY, binding);
    TABLE.put(Authority.HYPOTHETICAL, binding);
    TABLE.put(Authority.AGENCY_GUIDANCE, informal);
    TABLE.put(Authority.SECONDARY, informal);
  }

  @Test
  void everyCellOfTheTable() {
    assertThat(TABLE.keySet()).containsExactlyInAnyOrder(Authority.values());
    for (Authority a : Authority.values()) {
      FindingKind[] row = TABLE.get(a);
      assertThat(KindPolicy.strongest(a, Force.DUTY, false)).as(a + " duty").isEqualTo(row[0]);
      assertThat(KindPolicy.strongest(a, Force.DUTY, true)).as(a + " duty restated").isEqualTo(row[1]);
      for (boolean restated : new boolean[] {false, true}) {
        assertThat(KindPolicy.strongest(a, Force.RECOMMENDATION, restated)).as(a + " recommendation")
            .isEqualTo(row[2]);
        assertThat(KindPolicy.strongest(a, Force.ADVICE, restated)).as(a + " advice").isEqualTo(row[3]);
      }
    }
  }

  @Test
  void theNamedCasesOfTheIssue() {
    // a duty in a statute, regulation or state rule may be a violation
    assertThat(KindPolicy.strongest(Authority.STATUTE, Force.DUTY, false)).isEqualTo(VIOLATION);
    // a state agency's binding programme procedure (a form it requires) may be a violation
    assertThat(KindPolicy.strongest(Authority.AGENCY_PROCEDURE, Force.DUTY, false)).isEqualTo(VIOLATION);
    // "In general, a request should be made at least 10 days in advance": a warning
    assertThat(KindPolicy.strongest(Authority.AGENCY_GUIDANCE, Force.RECOMMENDATION, false)).isEqualTo(WARNING);
    // a duty known only through a restatement or a secondary source: a warning
    assertThat(KindPolicy.strongest(Authority.STATUTE, Force.DUTY, true)).isEqualTo(WARNING);
    assertThat(KindPolicy.strongest(Authority.SECONDARY, Force.DUTY, false)).isEqualTo(WARNING);
    // a request "can" be made in writing: advice
    assertThat(KindPolicy.strongest(Authority.SECONDARY, Force.ADVICE, false)).isEqualTo(ADVISORY);
  }

  @Test
  void aRuleMayRestOnItsStrongestCitation() {
    Citation statute = Citation.of(Authority.STATUTE, Force.DUTY, "Mississippi Code of 1972", "37-23-31(1)",
        "shall notify");
    Citation article = Citation.of(Authority.SECONDARY, Force.DUTY, "an article", "recording", "24-hour notice");
    Citation advice = Citation.of(Authority.SECONDARY, Force.ADVICE, "an article", "request", "can be made");
    assertThat(KindPolicy.strongest(descriptor(WARNING, article, statute))).isEqualTo(VIOLATION);
    assertThat(KindPolicy.strongest(descriptor(WARNING, article))).isEqualTo(WARNING);
    assertThat(KindPolicy.strongest(descriptor(ADVISORY, advice))).isEqualTo(ADVISORY);
    assertThat(KindPolicy.strongest(descriptor(ADVISORY, advice, article))).isEqualTo(WARNING);
  }

  @Test
  void atMostOrdersTheKindsFromViolationDown() {
    assertThat(KindPolicy.atMost(VIOLATION, VIOLATION)).isTrue();
    assertThat(KindPolicy.atMost(WARNING, VIOLATION)).isTrue();
    assertThat(KindPolicy.atMost(ADVISORY, WARNING)).isTrue();
    assertThat(KindPolicy.atMost(VIOLATION, WARNING)).isFalse();
    assertThat(KindPolicy.atMost(WARNING, ADVISORY)).isFalse();
  }

  @Test
  void bindingAuthorities() {
    assertThat(KindPolicy.binding(Authority.STATE_RULE)).isTrue();
    assertThat(KindPolicy.binding(Authority.AGENCY_PROCEDURE)).isTrue();
    assertThat(KindPolicy.binding(Authority.AGENCY_GUIDANCE)).isFalse();
    assertThat(KindPolicy.binding(Authority.SECONDARY)).isFalse();
  }

  private static RuleDescriptor descriptor(FindingKind kind, Citation... citations) {
    return RuleDescriptor.builder().id(RuleId.of("TEST.KIND.POLICY")).title("t").kind(kind)
        .addCitations(citations).build();
  }
}
