package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;

import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
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
  void theSourcesCarryTheirAuthority() {
    Citation flyer = Sources.fiepProcedure("sec", "quote");
    assertThat(flyer.authority()).isEqualTo(Authority.AGENCY_PROCEDURE);
    assertThat(flyer.force()).isEqualTo(Force.DUTY);
    assertThat(flyer.document()).isEqualTo(Sources.FIEP_FLYER);
    assertThat(flyer.link()).contains(Sources.FIEP_LINK);
    Citation article = Sources.article("sec", Force.RECOMMENDATION, "quote");
    assertThat(article.authority()).isEqualTo(Authority.SECONDARY);
    assertThat(article.strongestKind()).isEqualTo(FindingKind.WARNING);
    Citation statute = Sources.rsmo162959("162.959.4", "quote");
    assertThat(statute.authority()).isEqualTo(Authority.STATUTE);
    assertThat(statute.link()).contains(Sources.RSMO_162_959_LINK);
    assertThat(new MissouriModule().rules()).extracting(Rule::descriptor)
        .allSatisfy(d -> assertThat(d.citations()).isNotEmpty()
            .allSatisfy(c -> assertThat(c.document()).isNotBlank()));
  }
}
