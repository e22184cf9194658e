package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.idea.ResolutionMeeting15Days;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;
import org.junit.jupiter.api.Test;

/** Pins a jurisdiction's next steps (per position and per issue), its name, inheritance by default, and the not-in-force trace note. */
class JurisdictionTest {

  /** A path where the advice on a state complaint depends on the case's issues. */
  private static final EscalationPath PATH = EscalationPath.builder("Testland path")
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, "both agree to mediate", "test 1")
      .step(DisputeProcess.IEP_MEETING, DisputeProcess.STATE_COMPLAINT, "a violation within a year", "test 2")
      .step(DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT, "mediation did not resolve it", "test 3")
      .advice(new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(IssueKind.SERVICES), "services advice", "a"))
      .advice(new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(IssueKind.PLACEMENT), "placement advice", "b"))
      .advice(new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(), "general advice", "c"))
      .build();

  /** A module that overrides only what it must: it inherits the federal baseline by default. */
  private static final class Testland implements RuleModule {
    private final List<Rule> rules;

    Testland(List<Rule> rules) {
      this.rules = rules;
    }

    @Override public String jurisdiction() { return "TT"; }
    @Override public String name() { return "Testland"; }
    @Override public ZoneId zone() { return ZoneId.of("America/Chicago"); }
    @Override public HolidayCalendar holidays() { return FederalHolidays.calendar(); }
    @Override public List<Rule> rules() { return rules; }
    @Override public Optional<EscalationPath> escalation() { return Optional.of(PATH); }
  }

  private static Jurisdiction testland() {
    return RuleBook.of(new IdeaModule(), new Testland(List.of())).jurisdiction("TT");
  }

  private static Case demandOnly() {
    return caseBuilder().state("TT").addEvents(Demand.builder().id("d1").kind(Demand.Kind.MEDIATION_ORDERED)
        .by(PARENT).at(at("2026-03-02")).build()).build();
  }

  private static Case mediationRequest(IssueKind... issues) {
    return caseBuilder().state("TT").addEvents(Request.builder().id("mr").kind(RequestKind.MEDIATION)
        .filedBy(PARENT).addIssues(issues).at(at("2026-03-02")).build()).build();
  }

  private static List<DisputeProcess> processes(Evaluation e) {
    return e.nextSteps().stream().map(NextStep::process).toList();
  }

  private static List<String> adviceOnTheStateComplaint(Evaluation e) {
    return e.nextSteps().stream().filter(s -> s.process() == DisputeProcess.STATE_COMPLAINT).findFirst()
        .orElseThrow().advice().stream().map(Advice::text).toList();
  }

  @Test
  void nextStepsFollowThePositionEvenWhenTheIssuesAreTheSame() {
    Jurisdiction tt = testland();
    Evaluation atIep = tt.evaluate(demandOnly());
    Evaluation atMediation = tt.evaluate(mediationRequest());
    assertThat(atIep.position()).isEqualTo(DisputeProcess.IEP_MEETING);
    assertThat(processes(atIep)).containsExactly(DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT);
    assertThat(atMediation.position()).isEqualTo(DisputeProcess.MEDIATION);
    assertThat(processes(atMediation)).containsExactly(DisputeProcess.STATE_COMPLAINT);
  }

  @Test
  void theAdviceFollowsTheCasesIssuesEvenAtTheSamePosition() {
    Jurisdiction tt = testland();
    Evaluation services = tt.evaluate(mediationRequest(IssueKind.SERVICES));
    Evaluation placement = tt.evaluate(mediationRequest(IssueKind.PLACEMENT));
    Evaluation none = tt.evaluate(mediationRequest());
    Evaluation both = tt.evaluate(mediationRequest(IssueKind.SERVICES, IssueKind.PLACEMENT));
    assertThat(adviceOnTheStateComplaint(services)).containsExactly("services advice", "general advice");
    assertThat(adviceOnTheStateComplaint(placement)).containsExactly("placement advice", "general advice");
    assertThat(adviceOnTheStateComplaint(none)).containsExactly("general advice");
    assertThat(adviceOnTheStateComplaint(both))
        .containsExactly("services advice", "placement advice", "general advice");
  }

  @Test
  void aModuleInheritsTheFederalBaselineUnlessItSaysOtherwise() {
    RuleBook book = RuleBook.of(new IdeaModule(), new Testland(List.of()));
    Jurisdiction tt = book.jurisdiction("TT");
    assertThat(new Testland(List.of()).inherits()).contains("US");
    assertThat(tt.rule(ResolutionMeeting15Days.ID)).isPresent();
    assertThat(tt.rules()).hasSameSizeAs(book.jurisdiction("US").rules());
    assertThat(tt.name()).isEqualTo("Testland");
    assertThat(tt.toString()).isEqualTo("Jurisdiction[TT, " + tt.rules().size() + " rules]");
    assertThat(book.toString()).isEqualTo("RuleBook[TT, US]");
  }

  @Test
  void aRuleNotInForceOnTheAsOfDateSaysInTheTraceWhenItIs() {
    Rule later = new RuleBookTest.FlagDemands("TT.LATER", EffectivePeriod.from(LocalDate.of(2026, 7, 1)));
    Rule earlier = new RuleBookTest.FlagDemands("TT.EARLIER",
        EffectivePeriod.between(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)));
    Jurisdiction tt = RuleBook.of(new IdeaModule(), new Testland(List.of(later, earlier))).jurisdiction("TT");
    Evaluation e = tt.evaluate(demandOnly(), LocalDate.of(2026, 3, 2));
    assertThat(e.trace()).filteredOn(t -> t.ruleId().value().equals("TT.LATER")).singleElement()
        .satisfies(t -> assertThat(t.notes()).containsExactly(
            "in force 2026-07-01 to now; not between 2026-03-02 and 2026-03-02, the case's acts and as-of date"));
    assertThat(e.trace()).filteredOn(t -> t.ruleId().value().equals("TT.EARLIER")).singleElement()
        .satisfies(t -> assertThat(t.notes()).containsExactly(
            "in force 2020-01-01 to 2025-12-31; not between 2026-03-02 and 2026-03-02, the case's acts and as-of date"));
    assertThat(e.findings("TT.LATER")).isEmpty();
    assertThat(e.findings("TT.EARLIER")).isEmpty();
    assertThat(later.toString()).isEqualTo("TT.LATER");
  }

  @Test
  void theFederalJurisdictionIsNamedAfterIdeaPartB() {
    Jurisdiction us = RuleBook.of(new IdeaModule()).jurisdiction("US");
    assertThat(us.name()).isEqualTo("IDEA Part B (federal baseline)");
    assertThat(new IdeaModule().inherits()).isEmpty();
  }
}
