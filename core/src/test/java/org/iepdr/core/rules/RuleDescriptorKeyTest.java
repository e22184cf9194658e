package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.Notice;
import org.junit.jupiter.api.Test;

/** The keys a descriptor builds and keeps, and the engine's test of what a rule reads. */
class RuleDescriptorKeyTest {

  private static RuleDescriptor descriptor() {
    return RuleDescriptor.builder().id(RuleId.of("TEST.KEYS")).title("keys").kind(FindingKind.WARNING)
        .addCitations(Citation.of(Authority.REGULATION, Force.DUTY, "test", "s", "quote")).build();
  }

  @Test
  void aPartGivesTheSameKeyEachTimeWhetherOrNotTheSameStringObject() {
    RuleDescriptor d = descriptor();
    String first = d.key("late");
    assertThat(first).isEqualTo("TEST.KEYS.late");
    assertThat(d.key("late")).isSameAs(first);
    assertThat(d.key(new String("late"))).isSameAs(first);
  }

  @Test
  void manyPartsBeyondThoseKeptSideBySideStillGiveTheirOwnKeys() {
    RuleDescriptor d = descriptor();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 40; i++) {
        String part = "part" + i;
        assertThat(d.key(part)).isEqualTo("TEST.KEYS." + part);
        assertThat(d.key(part)).isSameAs(d.key("part" + i));
      }
    }
  }

  @Test
  void theMaskOfTypesReadCoversTheNumberedTypesAndLeavesNoneOut() {
    Class<?>[] types = {Meeting.class, Notice.class};
    assertThat(RuleContext.typeMask(types)).isNotZero();
    assertThat(RuleContext.unnumbered(types)).isEmpty();
    Class<?>[] outside = {String.class};
    assertThat(RuleContext.typeMask(outside)).isZero();
    assertThat(RuleContext.unnumbered(outside)).containsExactly(String.class);
  }
}
