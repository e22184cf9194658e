package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.KindPolicy;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * Every rule of every installed module (the IDEA baseline, Missouri, Mississippi, and the example district
 * module on this test's class path) declares a kind no stronger than its strongest citation allows
 * ({@link KindPolicy}), and no stronger than the kind in the repository's copy of the rule catalogue's kind
 * column ({@code catalogue-kinds.tsv}, an upper bound, not a target).
 */
class KindsFollowSourcesTest {

  static Map<String, RuleDescriptor> allRules() {
    Map<String, RuleDescriptor> all = new TreeMap<>();
    for (String code : Cli.BOOK.jurisdictions()) {
      for (Rule r : Cli.BOOK.jurisdiction(code).rules()) {
        all.putIfAbsent(r.descriptor().id().toString(), r.descriptor());
      }
    }
    return all;
  }

  static Map<String, FindingKind> catalogueKinds() throws IOException {
    Map<String, FindingKind> kinds = new TreeMap<>();
    try (InputStream in = Objects.requireNonNull(
            KindsFollowSourcesTest.class.getResourceAsStream("/org/iepdr/examples/catalogue-kinds.tsv"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        kinds.put(f[0], switch (f[1]) {
          case "V" -> FindingKind.VIOLATION;
          case "W" -> FindingKind.WARNING;
          case "A" -> FindingKind.ADVISORY;
          default -> throw new IllegalStateException("kind " + f[1] + " of " + f[0]);
        });
      }
    }
    return kinds;
  }

  @Test
  void everyRuleOfEveryModuleIsCovered() {
    assertThat(allRules().keySet()).as("the modules' rules").hasSizeGreaterThanOrEqualTo(50)
        .anyMatch(id -> id.startsWith("IDEA.")).anyMatch(id -> id.startsWith("MO."))
        .anyMatch(id -> id.startsWith("MS.")).anyMatch(id -> id.startsWith("XM."));
  }

  @Test
  void noRuleClaimsMoreThanItsStrongestCitationAllows() {
    List<String> over = new ArrayList<>();
    allRules().forEach((id, d) -> {
      FindingKind allowed = KindPolicy.strongest(d);
      if (!KindPolicy.atMost(d.kind(), allowed)) {
        over.add(id + " is " + d.kind() + " but its citations allow at most " + allowed);
      }
    });
    assertThat(over).isEmpty();
  }

  @Test
  void thePrimaryCitationAFindingShowsAllowsTheRulesKind() {
    List<String> over = new ArrayList<>();
    allRules().forEach((id, d) -> {
      FindingKind allowed = d.citation().strongestKind();
      if (!KindPolicy.atMost(d.kind(), allowed)) {
        over.add(id + " is " + d.kind() + " but its primary citation " + d.citation() + " allows at most " + allowed);
      }
    });
    assertThat(over).isEmpty();
  }

  @Test
  void noRuleClaimsMoreThanTheCatalogue() throws IOException {
    Map<String, FindingKind> catalogue = catalogueKinds();
    List<String> problems = new ArrayList<>();
    allRules().forEach((id, d) -> {
      FindingKind bound = catalogue.get(id);
      if (bound == null) {
        problems.add(id + " is not in the catalogue copy: add it to catalogue-kinds.tsv with the catalogue's kind");
      } else if (!KindPolicy.atMost(d.kind(), bound)) {
        problems.add(id + " is " + d.kind() + " but the catalogue allows at most " + bound);
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void theRulesTheReviewNamedAreCapped() {
    Map<String, RuleDescriptor> all = allRules();
    assertThat(all.get("MO.FIEP.LEAD_TIME").kind()).isEqualTo(FindingKind.WARNING);
    assertThat(all.get("MS.FACILITATION.LEAD_TIME").kind()).isEqualTo(FindingKind.WARNING);
    assertThat(all.get("MS.FACILITATION.REQUEST").kind()).isEqualTo(FindingKind.ADVISORY);
    assertThat(all.get("MO.MEDIATION.REQUEST").kind()).isEqualTo(FindingKind.WARNING);
    // known only from secondary sources or restatements: at most a warning
    for (String id : List.of("MS.FACILITATION.CONSENT", "MO.MEDIATION.MEDIATOR_AGREED", "MO.RECORDING.PARENT_RIGHT",
        "MO.MEDIATION.NO_ATTORNEYS")) {
      assertThat(KindPolicy.strongest(all.get(id))).as(id).isEqualTo(FindingKind.WARNING);
      assertThat(all.get(id).kind()).as(id).isEqualTo(FindingKind.WARNING);
    }
    // the statute carries "no notice at all"; the 24 hours only an article's warning
    assertThat(all.get("MS.RECORDING.NOTICE").citations()).extracting(c -> c.strongestKind())
        .containsExactly(FindingKind.VIOLATION, FindingKind.WARNING);
  }
}
