package org.iepdr.core.rules;

import org.iepdr.core.message.Message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.time.DateWindow;
import org.iepdr.core.time.DayPeriod;
import org.junit.jupiter.api.Test;

/** Pins the small value types of the rules package: citations, periods in force, evaluations, plans, descriptors and acts. */
class RuleValuesTest {

  private static final RuleId ID = RuleId.of("TEST.VALUES.RULE");
  private static final Citation CITATION = Citation.regulation("300.510(a)(1)",
      "https://sites.ed.gov/idea/regs/b/e/300.510/a", "Within 15 days of receiving notice ...");

  @Test
  void aCitationReadsAsDocumentAndSectionAndCarriesItsSourcesAuthority() {
    // built here, not in a static field: the default restatement flag is computed when the citation is built
    Citation c = Citation.regulation("300.510(a)(1)", "https://sites.ed.gov/idea/regs/b/e/300.510/a",
        "Within 15 days of receiving notice ...");
    assertThat(c.toString()).isEqualTo("34 CFR Part 300 300.510(a)(1)");
    assertThat(c.authority()).isEqualTo(Authority.REGULATION);
    assertThat(c.force()).isEqualTo(Force.DUTY);
    assertThat(c.restatement()).isFalse();
    assertThat(c.strongestKind()).isEqualTo(FindingKind.VIOLATION);
    assertThat(c.link()).contains("https://sites.ed.gov/idea/regs/b/e/300.510/a");
    Citation secondHand = Citation.builder().authority(Authority.REGULATION).force(Force.DUTY).restatement(true)
        .document("34 CFR Part 300").section("300.508(e)").quote("a summary").build();
    assertThat(secondHand.restatement()).isTrue();
    assertThat(secondHand.strongestKind()).isEqualTo(FindingKind.WARNING);
    assertThat(Citation.of(Authority.SECONDARY, Force.ADVICE, "an article", "p. 3", "quoted").link()).isEmpty();
    assertThat(Citation.regulation("300.9", "quoted").link()).isEmpty();
    assertThatThrownBy(() -> Citation.builder().document("d").section("s").quote("q").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("authority").hasMessageContaining("force");
  }

  @Test
  void aPeriodInForceIncludesBothEndsAndNothingBeyond() {
    LocalDate first = LocalDate.of(2025, 7, 23);
    LocalDate last = LocalDate.of(2026, 6, 30);
    EffectivePeriod p = EffectivePeriod.between(first, last);
    assertThat(p.contains(first.minusDays(1))).isFalse();
    assertThat(p.contains(first)).isTrue();
    assertThat(p.contains(last)).isTrue();
    assertThat(p.contains(last.plusDays(1))).isFalse();
    assertThat(p.toString()).isEqualTo("2025-07-23 to 2026-06-30");
    EffectivePeriod until = new EffectivePeriod(Optional.empty(), Optional.of(last));
    assertThat(until.contains(LocalDate.of(1990, 1, 1))).isTrue();
    assertThat(until.contains(last.plusDays(1))).isFalse();
    assertThat(until.toString()).isEqualTo("always to 2026-06-30");
    assertThat(EffectivePeriod.from(first).contains(LocalDate.of(2200, 1, 1))).isTrue();
    assertThat(EffectivePeriod.always().toString()).isEqualTo("always to now");
  }

  @Test
  void aPeriodMayBeOneDayButMayNotEndBeforeItStarts() {
    LocalDate day = LocalDate.of(2025, 7, 23);
    EffectivePeriod oneDay = EffectivePeriod.between(day, day);
    assertThat(oneDay.contains(day)).isTrue();
    assertThat(oneDay.contains(day.plusDays(1))).isFalse();
    assertThatThrownBy(() -> EffectivePeriod.between(day, day.minusDays(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("effectivePeriod.to")
        .hasMessageContaining("2025-07-22").hasMessageContaining("on or after 2025-07-23");
  }

  private static Finding finding(FindingKind kind) {
    return Finding.builder().ruleId(ID).kind(kind).statement(Message.literal("m")).citation(CITATION).addEvents("e1").build();
  }

  private static Evaluation evaluation(Finding... findings) {
    return Evaluation.builder().caseId("case-1").jurisdiction("US").asOf(LocalDate.of(2026, 3, 2))
        .addFindings(findings).position(DisputeProcess.IEP_MEETING).build();
  }

  @Test
  void anEvaluationHasViolationsOnlyWhenAFindingIsAViolation() {
    assertThat(evaluation().hasViolations()).isFalse();
    assertThat(evaluation(finding(FindingKind.WARNING), finding(FindingKind.ADVISORY)).hasViolations()).isFalse();
    assertThat(evaluation(finding(FindingKind.WARNING), finding(FindingKind.VIOLATION)).hasViolations()).isTrue();
  }

  @Test
  void anEvaluationSelectsTheDeadlinesOfOneRule() {
    Deadline d = Deadline.builder().ruleId(ID).citation(CITATION).action(Message.literal("decide")).trigger("e1")
        .triggerDate(LocalDate.of(2026, 3, 2)).period(DayPeriod.calendarDays(15))
        .window(DateWindow.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 17))).status(DeadlineStatus.PENDING)
        .build();
    Evaluation e = Evaluation.builder().from(evaluation()).addDeadlines(d).build();
    assertThat(e.deadlines("TEST.VALUES.RULE")).singleElement().satisfies(x -> assertThat(x.due())
        .isEqualTo(LocalDate.of(2026, 3, 17)));
    assertThat(e.deadlines("TEST.VALUES.OTHER")).isEmpty();
    assertThat(e.deadlines(ID)).containsExactly(d);
    assertThat(e.deadlines(RuleId.of("TEST.VALUES.OTHER"))).isEmpty();
    assertThat(e.deadlines(ID).get(0).citation()).isEqualTo(CITATION);
  }

  @Test
  void aDeadlineWithoutALastDayIsRefusedAndOneWithoutAFirstDayIsNeverDoneEarly() {
    Deadline.Builder b = Deadline.builder().ruleId(ID).citation(CITATION).action(Message.literal("disclose")).trigger("hearing")
        .triggerDate(LocalDate.of(2026, 3, 9)).period(DayPeriod.businessDays(5)).status(DeadlineStatus.PENDING);
    assertThatThrownBy(() -> b.window(DateWindow.onOrAfter(LocalDate.of(2026, 3, 2))).build())
        .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.field()).isEqualTo("window"));
    Deadline open = b.window(DateWindow.onOrBefore(LocalDate.of(2026, 3, 2))).satisfiedOn(LocalDate.of(2020, 1, 1))
        .build();
    assertThat(open.due()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(open.doneBeforeWindow()).isFalse();
    assertThat(DeadlineStatus.of(open.window(), Optional.empty(), LocalDate.of(2026, 3, 2)))
        .isEqualTo(DeadlineStatus.PENDING);
    assertThat(DeadlineStatus.of(open.window(), Optional.empty(), LocalDate.of(2026, 3, 3)))
        .isEqualTo(DeadlineStatus.MISSED);
    assertThat(DeadlineStatus.of(DateWindow.onOrAfter(LocalDate.of(2026, 3, 2)), Optional.empty(), LocalDate.MAX))
        .isEqualTo(DeadlineStatus.PENDING);
  }

  private static Plan plan(PlanConstraint... constraints) {
    return Plan.builder().jurisdiction("US").act(ProposedAct.RESOLUTION_MEETING).trigger(LocalDate.of(2026, 3, 2))
        .addConstraints(constraints).build();
  }

  @Test
  void aPlanIsPossibleWhileTheEarliestDayIsNotAfterTheLatest() {
    LocalDate day = LocalDate.of(2026, 3, 17);
    assertThat(plan().possible()).isTrue();
    assertThat(plan(PlanConstraint.noLaterThan(ID, day, "latest")).possible()).isTrue();
    assertThat(plan(PlanConstraint.noEarlierThan(ID, day, "earliest")).possible()).isTrue();
    assertThat(plan(PlanConstraint.noEarlierThan(ID, day, "e"), PlanConstraint.noLaterThan(ID, day, "l")).possible())
        .as("the same day is both earliest and latest").isTrue();
    assertThat(plan(PlanConstraint.noEarlierThan(ID, day.minusDays(1), "e"), PlanConstraint.noLaterThan(ID, day, "l"))
        .possible()).isTrue();
    assertThat(plan(PlanConstraint.noEarlierThan(ID, day.plusDays(1), "e"), PlanConstraint.noLaterThan(ID, day, "l"))
        .possible()).isFalse();
  }

  @Test
  void theRuleBookPlansAnActInAJurisdiction() {
    RuleBook book = RuleBook.of(new org.iepdr.core.idea.IdeaModule());
    // 15 calendar days from receipt on 2026-03-02 (day 0) is 2026-03-17 (34 CFR 300.510(a)(1))
    Plan p = book.plan("us", ProposedAct.RESOLUTION_MEETING, LocalDate.of(2026, 3, 2));
    assertThat(p.jurisdiction()).isEqualTo("US");
    assertThat(p.latest()).contains(LocalDate.of(2026, 3, 17));
    assertThat(p.possible()).isTrue();
  }

  @Test
  void aDescriptorWithoutACountingSaysItCountsNoDays() {
    RuleDescriptor d = RuleDescriptor.builder().id(ID).title("t").kind(FindingKind.ADVISORY)
        .addCitations(CITATION).build();
    assertThat(d.counting()).isEqualTo("no day count");
    assertThat(d.inForce()).isEqualTo(EffectivePeriod.always());
  }

  @Test
  void everyProposedActSaysWhatItsTriggerDateIs() {
    assertThat(ProposedAct.EXPEDITED_HEARING_DECISION.trigger()).isEqualTo("the date of the expedited hearing");
    assertThat(ProposedAct.EXPEDITED_HEARING.trigger())
        .isEqualTo("the date the expedited due process complaint is filed");
    assertThat(List.of(ProposedAct.values())).allSatisfy(a -> assertThat(a.trigger()).isNotBlank());
  }
}
