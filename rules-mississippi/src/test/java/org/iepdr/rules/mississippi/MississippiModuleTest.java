package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.d;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.idea.IdeaRules;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayPeriod;
import org.iepdr.rules.mississippi.MississippiHolidays.SaturdayPolicy;
import org.junit.jupiter.api.Test;

/** The module: ServiceLoader discovery, rule set, inheritance, zone, calendar options, descriptors. */
class MississippiModuleTest {

  /** Every MS.* id of RULES.md, written out so that a rule dropped from the module fails here. */
  static final Set<String> MS_IDS = Set.of(
      "MS.FACILITATION.CONSENT", "MS.FACILITATION.REQUEST", "MS.FACILITATION.LEAD_TIME",
      "MS.FACILITATION.REFUSAL_DOCUMENTED", "MS.RECORDING.NOTICE", "MS.MEDIATION.JOINT_REQUEST",
      "MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE", "MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS",
      "MS.STATE_COMPLAINT.DECISION_FROM_FILING", "MS.DUE_PROCESS.RESOLUTION_SESSION");

  @Test
  void ruleBookLoadFindsMississippiWithEveryMsRuleAndTheInheritedFederalRules() {
    Jurisdiction ms = RuleBook.load().jurisdiction("ms");
    assertThat(ms.code()).isEqualTo("MS");
    assertThat(ms.name()).isEqualTo("Mississippi");
    assertThat(ms.zone()).isEqualTo(ZoneId.of("America/Chicago"));
    Set<String> ids = ms.rules().stream().map(r -> r.descriptor().id().value()).collect(Collectors.toSet());
    assertThat(ids).containsAll(MS_IDS);
    assertThat(ids.stream().filter(i -> i.startsWith("MS.")).collect(Collectors.toSet())).isEqualTo(MS_IDS);
    Set<RuleId> replaced = ms.rules().stream().flatMap(r -> r.descriptor().replaces().stream())
        .collect(Collectors.toSet());
    for (Rule federal : IdeaRules.all()) {
      RuleId id = federal.descriptor().id();
      if (replaced.contains(id)) {
        assertThat(ids).as("replaced federal rule %s", id).doesNotContain(id.value());
      } else {
        assertThat(ids).as("inherited federal rule %s", id).contains(id.value());
      }
    }
    assertThat(ms.rules()).filteredOn(r -> r.descriptor().id().prefix().equals("IDEA"))
        .hasSize((int) IdeaRules.all().stream().filter(r -> !replaced.contains(r.descriptor().id())).count());
    assertThat(ms.escalation().name()).isEqualTo("Mississippi");
  }

  @Test
  void everyDescriptorHasItsIdAQuoteAndACountingConvention() {
    List<RuleDescriptor> own = new MississippiModule().rules().stream().map(Rule::descriptor).toList();
    assertThat(own).extracting(dsc -> dsc.id().value()).containsExactlyInAnyOrderElementsOf(MS_IDS);
    for (RuleDescriptor dsc : own) {
      assertThat(dsc.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.quote()).isNotBlank());
      assertThat(dsc.counting()).isNotBlank();
      assertThat(dsc.title()).isNotBlank();
    }
    RuleDescriptor pledge = descriptor(own, "MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE");
    assertThat(pledge.inForce().from()).contains(d("2025-07-23"));
    assertThat(pledge.citations()).allSatisfy(c -> {
      assertThat(c.authority()).isEqualTo(Authority.SECONDARY);
      assertThat(c.restatement()).isTrue();
    });
    RuleDescriptor recording = descriptor(own, "MS.RECORDING.NOTICE");
    assertThat(recording.citations()).extracting(c -> c.document() + " " + c.section())
        .containsExactly("Mississippi Code of 1972 37-23-31(1)", Sources.ARTICLE + " How to Request a Facilitator in"
            + " Mississippi (the 24-hour figure)");
    // the statute supports a violation (no notice at all); the 24 hours only a warning (an article's figure)
    assertThat(recording.citations()).extracting(Citation::strongestKind)
        .containsExactly(FindingKind.VIOLATION, FindingKind.WARNING);
    assertThat(recording.citations().get(1).quote()).contains("24-hour notice");
    assertThat(descriptor(own, "MS.MEDIATION.JOINT_REQUEST").citation().quote())
        .isEqualTo("A request must include both parties' signature indicating that the decision to mediate is agreed"
            + " upon by both parties in order for the BPES to assign a mediator.");
    assertThat(descriptor(own, "MS.FACILITATION.CONSENT").citation().quote())
        .isEqualTo("Both parties must agree and provide written consent.");
  }

  private static RuleDescriptor descriptor(List<RuleDescriptor> all, String id) {
    return all.stream().filter(x -> x.id().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aGovernorsClosureAndTheSaturdayPolicyReachBusinessDayCounting() {
    MississippiModule custom = new MississippiModule().withSaturdayPolicy(SaturdayPolicy.FOLLOWING_MONDAY)
        .withClosure(d("2026-11-27"), "Day after Thanksgiving", "Governor's proclamation");
    Jurisdiction ms = RuleBook.of(new IdeaModule(), custom).jurisdiction("MS");
    Jurisdiction standard = MsFixtures.MS;
    // Wednesday 2026-11-25 + 1 business day: Thursday is Thanksgiving, Friday is closed by the proclamation.
    assertThat(standard.counter().plus(d("2026-11-25"), DayPeriod.businessDays(1))).isEqualTo(d("2026-11-27"));
    assertThat(ms.counter().plus(d("2026-11-25"), DayPeriod.businessDays(1))).isEqualTo(d("2026-11-30"));
    // July 4, 2026 is a Saturday: federal Friday 07-03 in both; the following Monday only under FOLLOWING_MONDAY.
    assertThat(standard.counter().plus(d("2026-07-02"), DayPeriod.businessDays(1))).isEqualTo(d("2026-07-06"));
    assertThat(ms.counter().plus(d("2026-07-02"), DayPeriod.businessDays(1))).isEqualTo(d("2026-07-07"));
    assertThat(custom.saturdayPolicy()).isEqualTo(SaturdayPolicy.FOLLOWING_MONDAY);
    assertThat(new MississippiModule().saturdayPolicy()).isEqualTo(SaturdayPolicy.NOT_OBSERVED);
  }
}
