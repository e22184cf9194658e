package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * Every shipped federal, Missouri and Mississippi rule either declares the events it reads (so that the
 * engine skips it on a case without them) or says that it reports an absence and runs on every case:
 * a new rule cannot be left out of the fast path by forgetting to declare.
 */
class RulesDeclareWhatTheyReadTest {

  @Test
  void everyRuleDeclaresWhatItReadsOrThatItReportsAnAbsence() {
    List<String> undeclared = new ArrayList<>();
    int rules = 0;
    for (String code : ThreeStates.BOOK.jurisdictions()) {
      for (Rule r : ThreeStates.BOOK.jurisdiction(code).rules()) {
        RuleDescriptor d = r.descriptor();
        rules++;
        if (!d.skippable() && !d.reportsAbsence()) {
          undeclared.add(code + " " + d.id());
        }
      }
    }
    assertThat(rules).isGreaterThan(50);
    assertThat(undeclared).isEmpty();
  }

  @Test
  void theSafeguardsNoticeRunsOnEveryCase() {
    RuleDescriptor d = ThreeStates.BOOK.jurisdiction("MO").rules().stream().map(Rule::descriptor)
        .filter(x -> x.id().value().equals("IDEA.SAFEGUARDS.NOTICE")).findFirst().orElseThrow();
    assertThat(d.reportsAbsence()).isTrue();
    assertThat(d.skippable()).isFalse();
  }
}
