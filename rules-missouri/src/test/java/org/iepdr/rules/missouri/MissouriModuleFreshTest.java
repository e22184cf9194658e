package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;

import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.time.FederalHolidays;
import org.junit.jupiter.api.Test;

/**
 * The module's own answers, from a fresh instance rather than the shared rule book (so that they are
 * checked where they are computed, not only while a static fixture is built).
 */
class MissouriModuleFreshTest {

  @Test
  void aFreshModuleAnswersItsNameEscalationAndCalendar() {
    MissouriModule m = new MissouriModule();
    assertThat(m.jurisdiction()).isEqualTo("MO");
    assertThat(m.name()).isEqualTo("Missouri");
    assertThat(m.escalation()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Missouri"));
    assertThat(m.toString()).startsWith("MissouriModule[").contains(m.holidays().name());
    MissouriModule federal = m.withHolidays(FederalHolidays.calendar());
    assertThat(federal).isNotNull().isNotSameAs(m);
    assertThat(federal.holidays()).isEqualTo(FederalHolidays.calendar());
    assertThat(federal.toString()).contains(FederalHolidays.calendar().name());
  }

  @Test
  void seedAndSecondarySourcesCarryTheirVerification() {
    Citation seed = Sources.seed("doc", "sec", "quote");
    assertThat(seed.verification()).isEqualTo("seed");
    assertThat(seed.document()).isEqualTo("doc");
    Citation second = Sources.secondary("doc", "sec", "quote");
    assertThat(second.verification()).isEqualTo("VERIFIED-2ND");
    assertThat(new MissouriModule().rules()).extracting(Rule::descriptor)
        .allSatisfy(d -> assertThat(d.citations()).isNotEmpty()
            .allSatisfy(c -> assertThat(c.verification()).isNotBlank()));
  }
}
