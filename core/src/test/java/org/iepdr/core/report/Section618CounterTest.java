package org.iepdr.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.report.Population.*;
import static org.iepdr.core.report.Section618Element.*;
import static org.iepdr.core.testing.Fixtures.US;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.MeetingKind;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed population of 19 cases for 2025-26 covering every element: a complaint straddling the
 * year boundary, a mediation requested before the due process complaint it is then held beside, expedited
 * complaints, a late decision, and decisions within a valid extension and within the unextended timeline
 * despite one.
 */
class Section618CounterTest {

  static final ReportingYear YEAR = ReportingYear.parse("2025-26");

  static List<Case> population() {
    return List.of(
        // Section A
        aCase("a1-on-time", stateComplaint("sc", "2025-09-02"), report("r", "sc", "2025-10-20", true)),
        // due 2025-11-30, extended (exceptional circumstances) to 2025-12-31, issued 2025-12-15
        aCase("a2-extended", stateComplaint("sc", "2025-10-01"),
            extension("x", "sc", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES, "2025-11-20", "2025-12-31"),
            report("r", "sc", "2025-12-15", false)),
        // due 2026-01-02, issued 2026-01-20
        aCase("a3-late", stateComplaint("sc", "2025-11-03"), report("r", "sc", "2026-01-20", true)),
        // due 2026-03-06; extended to 2026-04-15 but issued 2026-02-20: within the unextended timeline
        aCase("a4-extended-unneeded", stateComplaint("sc", "2026-01-05"),
            extension("x", "sc", Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR, "2026-02-01", "2026-04-15"),
            report("r", "sc", "2026-02-20", false)),
        aCase("a5-withdrawn", stateComplaint("sc", "2026-02-02"), withdrawal("w", "sc", "2026-02-20"),
            dueProcess("dp", "2026-02-02"), withdrawal("w2", "dp", "2026-02-20")),
        // a state complaint whose issue is also in a pending due process complaint: set aside
        aCase("a6-set-aside", dueProcess("dp", "2026-04-20"), setAsideComplaint("sc", "dp", "2026-05-04")),
        // filed 2025-06-20 (last year: not counted); filed 2026-06-15, decided in August: pending on June 30;
        // a due process complaint filed July 1 belongs to next year
        aCase("a7-straddle", stateComplaint("sc-old", "2025-06-20"), report("r-old", "sc-old", "2025-07-15", false),
            stateComplaint("sc", "2026-06-15"), report("r", "sc", "2026-08-01", true),
            dueProcess("dp-next", "2026-07-01")),
        // Section B
        aCase("b1-not-related", mediation("m", "2025-08-05"), held("s", MeetingKind.MEDIATION_SESSION, "m", "2025-08-20"),
            agreement("ma", AgreementKind.MEDIATION_AGREEMENT, "m", "2025-08-20")),
        // a mediation naming the due process complaint; its agreement resolves the complaint (3.4)
        aCase("b2-named", dueProcess("dp", "2025-09-08"), mediationFor("m", "dp", "2025-09-10"),
            held("s", MeetingKind.MEDIATION_SESSION, "m", "2025-09-18"),
            agreement("ma", AgreementKind.MEDIATION_AGREEMENT, "m", "2025-09-18")),
        // a mediation requested before the complaint, held while it is pending: related (by default)
        aCase("b3-before-complaint", mediation("m", "2025-10-01"), dueProcess("dp", "2025-10-06"),
            held("s", MeetingKind.MEDIATION_SESSION, "m", "2025-10-15")),
        aCase("b4-withdrawn-declined", mediation("m1", "2026-03-02"), withdrawal("w", "m1", "2026-03-10"),
            mediation("m2", "2026-04-01"), declined("no", "m2", "2026-04-03")),
        aCase("b6-pending", mediation("m", "2026-06-20"), scheduled("s", MeetingKind.MEDIATION_SESSION, "m", "2026-07-08")),
        // Section C: 30-day period from filing, 45 days after it
        // period ends 2025-09-03, decision due 2025-10-18
        aCase("c1-on-time", dueProcess("dp", "2025-08-04"), held("rm", MeetingKind.RESOLUTION, "dp", "2025-08-12"),
            decision("hd", DecisionKind.HEARING_DECISION, "dp", "2025-10-10")),
        // due 2026-01-17, extended at the LEA's request on 2026-01-10 to 2026-02-13, decided 2026-02-05
        aCase("c2-extended", dueProcess("dp", "2025-11-03"), held("rm", MeetingKind.RESOLUTION, "dp", "2025-11-10"),
            extension("x", "dp", Extension.Reason.HEARING_OFFICER_SPECIFIC, "2026-01-10", "2026-02-13"),
            decision("hd", DecisionKind.HEARING_DECISION, "dp", "2026-02-05")),
        // due 2026-03-21, decided 2026-03-25
        aCase("c3-late", dueProcess("dp", "2026-01-05"), held("rm", MeetingKind.RESOLUTION, "dp", "2026-01-12"),
            decision("hd", DecisionKind.HEARING_DECISION, "dp", "2026-03-25")),
        aCase("c4-settled", dueProcess("dp", "2026-02-02"), held("rm", MeetingKind.RESOLUTION, "dp", "2026-02-09"),
            agreement("ra", AgreementKind.RESOLUTION_AGREEMENT, "dp", "2026-02-09")),
        // Section D: decision due 10 school days after the hearing (2026-04-20)
        aCase("d1-adjudicated", expedited("ex", "2026-03-02"), held("rm", MeetingKind.RESOLUTION, "ex", "2026-03-09"),
            held("h", MeetingKind.EXPEDITED_HEARING, "ex", "2026-04-06"),
            Decision.builder().from(decision("hd", DecisionKind.EXPEDITED_HEARING_DECISION, "ex", "2026-04-15"))
                .ordersPlacementChange(true).build()),
        aCase("d2-settled", expedited("ex", "2026-05-04"), held("rm", MeetingKind.RESOLUTION, "ex", "2026-05-08"),
            agreement("ra", AgreementKind.RESOLUTION_AGREEMENT, "ex", "2026-05-08")),
        aCase("d3-pending", expedited("ex", "2026-06-22")));
  }

  static Section618Report count(List<Case> cases, Section618Options options) {
    Section618Counter counter = new Section618Counter(YEAR, options);
    cases.forEach(c -> counter.add(c, US, WITH_CALENDAR));
    return counter.report();
  }

  static final Map<Section618Element, Long> EXPECTED = expected();

  private static Map<Section618Element, Long> expected() {
    Map<Section618Element, Long> m = new java.util.EnumMap<>(Section618Element.class);
    long[] v = {
        7, 4, 2, 2, 1, 2, 1, 1, // 1 .. 1.3
        6, 3, 2, 1, 1, 1, 1, 2, // 2 .. 2.3
        11, 6, 2, 4, 2, 1, 3, 4, // 3 .. 3.4
        3, 2, 1, 1, 1, 1, 1, // 4 .. 4.4
        1, 1}; // residuals
    for (Section618Element e : Section618Element.values()) {
      m.put(e, v[e.ordinal()]);
    }
    return m;
  }

  @Test
  void everyElementMatchesTheHandCount() {
    Section618Report r = count(population(), Section618Options.defaults());
    assertThat(r.counts()).isEqualTo(EXPECTED);
    assertThat(r.casesRead()).isEqualTo(19);
    assertThat(r.requestsNotCounted()).as("the 2024-25 complaint and the July 1 due process complaint").isEqualTo(2);
    assertThat(r.consistent()).isTrue();
    assertThat(r.statusDate()).isEqualTo(d("2026-06-30"));
    assertThat(r.statusDateDeviates()).isFalse();
  }

  @Test
  void theDrillDownNamesTheCasesBehindEachResidualAndElement() {
    Section618Report r = count(population(), Section618Options.builder()
        .addDrillDown(REPORTS_WITHIN_EXTENDED_TIMELINES, REPORTS_NOT_WITHIN_TIMELINES, DECISIONS_NOT_WITHIN_TIMELINES,
            DECISIONS_WITHIN_TIMELINE, DECISIONS_WITHIN_EXTENDED_TIMELINE, COMPLAINTS_PENDING, MEDIATIONS_HELD_DUE_PROCESS,
            DUE_PROCESS_WITHDRAWN)
        .build());
    assertThat(r.cases(REPORTS_WITHIN_EXTENDED_TIMELINES)).containsExactly(new CaseRef("a2-extended", "sc"));
    assertThat(r.cases(REPORTS_NOT_WITHIN_TIMELINES)).containsExactly(new CaseRef("a3-late", "sc"));
    assertThat(r.cases(DECISIONS_NOT_WITHIN_TIMELINES)).containsExactly(new CaseRef("c3-late", "dp"));
    assertThat(r.cases(DECISIONS_WITHIN_EXTENDED_TIMELINE)).containsExactly(new CaseRef("c2-extended", "dp"));
    assertThat(r.cases(DECISIONS_WITHIN_TIMELINE))
        .containsExactly(new CaseRef("c1-on-time", "dp"), new CaseRef("d1-adjudicated", "ex"));
    assertThat(r.cases(COMPLAINTS_PENDING))
        .containsExactly(new CaseRef("a6-set-aside", "sc"), new CaseRef("a7-straddle", "sc"));
    assertThat(r.cases(MEDIATIONS_HELD_DUE_PROCESS))
        .containsExactly(new CaseRef("b2-named", "m"), new CaseRef("b3-before-complaint", "m"));
    assertThat(r.cases(DUE_PROCESS_WITHDRAWN)).containsExactly(new CaseRef("a5-withdrawn", "dp"),
        new CaseRef("b2-named", "dp"), new CaseRef("c4-settled", "dp"), new CaseRef("d2-settled", "ex"));
    assertThat(r.drilledInto(COMPLAINTS)).isFalse();
    assertThat(r.cases(COMPLAINTS)).isEmpty();
  }

  @Test
  void withoutTheDrillDownNoCaseIsKept() {
    Section618Report r = count(population(), Section618Options.defaults());
    for (Section618Element e : Section618Element.values()) {
      assertThat(r.cases(e)).as(e.code()).isEmpty();
    }
  }

  @Test
  void indicatorsCarryTheFewerThanTenNote() {
    Section618Report r = count(population(), Section618Options.defaults());
    assertThat(r.b15()).isEqualTo(new Indicator("B15", 2, 6));
    assertThat(r.b15().percent()).contains(new BigDecimal("33.3"));
    assertThat(r.b15().note()).contains("fewer than 10 resolution meetings (6): a state need not set a baseline or"
        + " targets for B15");
    assertThat(r.b16()).isEqualTo(new Indicator("B16", 2, 3));
    assertThat(r.b16().percent()).contains(new BigDecimal("66.7"));
    assertThat(new Indicator("B16", 7, 10).note()).isEmpty();
    assertThat(new Indicator("B15", 0, 0).percent()).isEmpty();
  }

  @Test
  void aMediationHeldBesideAComplaintItPrecededIsUnrelatedWhenOnlyANamedComplaintCounts() {
    Section618Report r = count(population(), Section618Options.builder()
        .mediationRelation(MediationRelation.NAMED_COMPLAINT).build());
    assertThat(r.count(MEDIATIONS_HELD_DUE_PROCESS)).isEqualTo(1);
    assertThat(r.count(MEDIATIONS_HELD_NOT_DUE_PROCESS)).isEqualTo(2);
    assertThat(r.consistent()).isTrue();
  }

  @Test
  void sectionCWithoutExpeditedComplaints() {
    Section618Report r = count(population(), Section618Options.builder().expeditedInSectionC(false).build());
    assertThat(r.count(DUE_PROCESS_COMPLAINTS)).isEqualTo(8);
    assertThat(r.count(RESOLUTION_MEETINGS)).isEqualTo(4);
    assertThat(r.count(HEARINGS_ADJUDICATED)).isEqualTo(3);
    assertThat(r.count(DECISIONS_WITHIN_TIMELINE)).isEqualTo(1);
    assertThat(r.count(EXPEDITED_COMPLAINTS)).isEqualTo(3);
    assertThat(r.consistent()).isTrue();
  }

  @Test
  void anEarlierStatusDateIsADeviationAndCountsOnlyWhatWasFiledAndDoneByThen() {
    // as of 2025-12-31: A1 reported, A2 reported within its extension, A3 pending; C1 decided, C2 pending
    Section618Report r = count(population(), Section618Options.builder().statusDate(d("2025-12-31")).build());
    assertThat(r.statusDateDeviates()).isTrue();
    assertThat(r.count(COMPLAINTS)).isEqualTo(3);
    assertThat(r.count(COMPLAINTS_WITH_REPORTS)).isEqualTo(2);
    assertThat(r.count(REPORTS_WITHIN_EXTENDED_TIMELINES)).isEqualTo(1);
    assertThat(r.count(COMPLAINTS_PENDING)).isEqualTo(1);
    assertThat(r.count(DUE_PROCESS_COMPLAINTS)).isEqualTo(4);
    assertThat(r.count(HEARINGS_ADJUDICATED)).isEqualTo(1);
    assertThat(r.count(DUE_PROCESS_PENDING)).isEqualTo(2);
    assertThat(r.count(DUE_PROCESS_WITHDRAWN)).isEqualTo(1);
    assertThat(r.consistent()).isTrue();
  }

  @Test
  void theNextYearCountsTheJulyFirstComplaint() {
    Section618Counter counter = new Section618Counter(ReportingYear.parse("2026-27"), Section618Options.defaults());
    population().forEach(c -> counter.add(c, US, WITH_CALENDAR));
    Section618Report r = counter.report();
    assertThat(r.count(DUE_PROCESS_COMPLAINTS)).isEqualTo(1);
    assertThat(r.count(DUE_PROCESS_PENDING)).isEqualTo(1);
    assertThat(r.count(COMPLAINTS)).isZero();
  }

  @Test
  void suppressionHidesSmallCellsAndEnoughOthers() {
    Section618Report r = count(population(), Section618Options.defaults());
    SuppressedTable t = r.suppress(2);
    assertThat(t.primary()).contains(REPORTS_WITH_NONCOMPLIANCE, COMPLAINTS_WITHDRAWN, REPORTS_NOT_WITHIN_TIMELINES);
    assertThat(t.primary()).doesNotContain(COMPLAINTS, DUE_PROCESS_COMPLAINTS);
    assertThat(t.derivable()).isEmpty();
    assertThat(t.cell(COMPLAINTS)).contains(7L);
    assertThat(t.cell(COMPLAINTS_WITHDRAWN)).isEmpty();
    assertThat(t.b15()).isEmpty(); // 3.1(a) = 2 is suppressed
    assertThat(r.suppress(100).derivable()).isEmpty();
    assertThatThrownBy(() -> r.suppress(0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void mergingHalvesGivesTheWhole() {
    Section618Options o = Section618Options.builder().addDrillDown(Section618Element.values()).build();
    List<Case> all = population();
    Section618Report whole = count(all, o);
    Section618Report merged = count(all.subList(0, 7), o).merge(count(all.subList(7, all.size()), o));
    assertThat(merged.counts()).isEqualTo(whole.counts());
    for (Section618Element e : Section618Element.values()) {
      assertThat(merged.cases(e)).as(e.code()).isEqualTo(whole.cases(e));
    }
    assertThat(merged.casesRead()).isEqualTo(19);
    assertThatThrownBy(() -> whole.merge(count(all, Section618Options.defaults())))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void reportingYearsParseAndBound() {
    assertThat(YEAR.start()).isEqualTo(d("2025-07-01"));
    assertThat(YEAR.end()).isEqualTo(d("2026-06-30"));
    assertThat(ReportingYear.parse("2025-2026")).isEqualTo(YEAR);
    assertThat(YEAR.toString()).isEqualTo("2025-26");
    assertThat(ReportingYear.containing(d("2026-06-30"))).isEqualTo(YEAR);
    assertThat(ReportingYear.containing(d("2026-07-01"))).isEqualTo(ReportingYear.startingIn(2026));
    assertThat(ReportingYear.parse("1999-00").toString()).isEqualTo("1999-00");
    assertThatThrownBy(() -> ReportingYear.parse("2025-27")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2025-26");
    assertThatThrownBy(() -> ReportingYear.parse("25-26")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void elementsAreFoundByTheirCodeInEitherSpelling() {
    assertThat(Section618Element.byCode("3.2.b")).contains(DECISIONS_WITHIN_EXTENDED_TIMELINE);
    assertThat(Section618Element.byCode("3.2b")).contains(DECISIONS_WITHIN_EXTENDED_TIMELINE);
    assertThat(Section618Element.byCode("3.2(b)")).contains(DECISIONS_WITHIN_EXTENDED_TIMELINE);
    assertThat(Section618Element.byCode("2.1(a)(i)")).contains(MEDIATION_AGREEMENTS_DUE_PROCESS);
    assertThat(Section618Element.byCode("1.1-late")).contains(REPORTS_NOT_WITHIN_TIMELINES);
    assertThat(Section618Element.byCode("9.9")).isEmpty();
    assertThat(EnumSet.allOf(Section618Element.class).stream().map(Section618Element::code).distinct().count())
        .isEqualTo(Section618Element.values().length);
  }
}
