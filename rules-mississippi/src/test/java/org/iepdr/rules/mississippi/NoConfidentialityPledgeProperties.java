package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;

/** Before 2025-07-23 no case gets an MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE finding; from it, pledges made from it after a resolution do. */
class NoConfidentialityPledgeProperties {

  private static final String ID = "MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE";
  private static final Instant BASE = Instant.parse("2024-01-01T16:00:00Z");

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> day = Arbitraries.integers().between(0, 1000);
    Arbitrary<CaseEvent> event = Arbitraries.integers().between(0, 3).flatMap(kind -> Combinators
        .combine(day, Arbitraries.of(PARENT, LEA), Arbitraries.of(true, false))
        .as((d, who, tied) -> (CaseEvent) switch (kind) {
          case 0 -> Demand.builder().id("d").kind(Demand.Kind.CONFIDENTIALITY_PLEDGE).by(who)
              .request(tied ? java.util.Optional.of("med") : java.util.Optional.empty()).at(BASE.plus(Duration.ofDays(d)))
              .build();
          case 1 -> Agreement.builder().id("p").kind(AgreementKind.CONFIDENTIALITY_PLEDGE).addSignatories(who)
              .request(tied ? java.util.Optional.of("med") : java.util.Optional.empty()).at(BASE.plus(Duration.ofDays(d)))
              .build();
          case 2 -> Agreement.builder().id("a").kind(AgreementKind.MEDIATION_AGREEMENT).addSignatories(PARENT, LEA)
              .at(BASE.plus(Duration.ofDays(d))).build();
          default -> Agreement.builder().id("s").kind(AgreementKind.SETTLEMENT_AGREEMENT).addSignatories(PARENT, LEA)
              .at(BASE.plus(Duration.ofDays(d))).build();
        }));
    return event.list().ofMaxSize(4).uniqueElements(CaseEvent::id).map(events -> caseBuilder()
        .addEvents(Request.builder().id("med").kind(RequestKind.MEDIATION).filedBy(PARENT).at(BASE).build())
        .addAllEvents(events).build());
  }

  @Property
  void neverReportedAsOfADateBefore20250723(@ForAll("cases") Case c,
      @ForAll("beforeInForce") LocalDate asOf) {
    assertThat(MS.evaluate(c, asOf).findings(ID)).isEmpty();
  }

  @Property
  void fromThe23rdADistrictDemandAfterAResolutionIsReportedIffMadeOnOrAfterThe23rd(@ForAll("cases") Case c,
      @ForAll("inForce") LocalDate asOf) {
    java.time.ZoneId zone = MS.zone();
    java.util.Optional<Instant> resolved = c.events().stream().filter(e -> e instanceof Agreement a
        && (a.kind() == AgreementKind.MEDIATION_AGREEMENT || a.kind() == AgreementKind.SETTLEMENT_AGREEMENT))
        .map(CaseEvent::at).min(Instant::compareTo);
    boolean judged = c.events().stream().anyMatch(e -> e instanceof Demand d && d.by().equals(LEA)
        && resolved.isPresent() && !resolved.get().isAfter(d.at())
        && !d.at().atZone(zone).toLocalDate().isBefore(LocalDate.of(2025, 7, 23))
        && !d.at().atZone(zone).toLocalDate().isAfter(asOf));
    assertThat(MS.evaluate(c, asOf).findings(ID).stream().anyMatch(f -> f.events().get(0).equals("d")))
        .isEqualTo(judged);
  }

  @Provide
  Arbitrary<LocalDate> beforeInForce() {
    return Arbitraries.integers().between(1, 3000).map(n -> LocalDate.of(2025, 7, 23).minusDays(n));
  }

  @Provide
  Arbitrary<LocalDate> inForce() {
    return Arbitraries.integers().between(0, 3000).map(n -> LocalDate.of(2025, 7, 23).plusDays(n));
  }
}
