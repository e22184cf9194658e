package org.iepdr.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

class ConformanceTest {

  private static final String RULE = "IDEA.STATE_COMPLAINT.DECISION_60_DAYS";
  private static final ZoneId NY = ZoneId.of("America/New_York");

  private static Case prototype() {
    return caseBuilder()
        .addEvents(Request.builder().id("complaint").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
            .addSignedBy(PARENT).addContents(RequestContent.values()).at(at("2026-03-02")).build())
        .addEvents(Receipt.builder().id("copy").request("complaint").recipient(Recipient.LEA).sentBy(PARENT)
            .at(at("2026-03-02")).build())
        .addEvents(Decision.builder().id("decision").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("complaint")
            .at(at("2026-04-02")).build())
        .build();
  }

  private static Workflow decisionOnDay(int day, Adjustment roll) {
    return Workflow.of("state complaint", prototype(), List.of(
        Step.event("complaint", Optional.empty(), Offset.ZERO, List.of()),
        Step.event("decision", Optional.of("complaint"), new Offset(day, Offset.Unit.CALENDAR_DAYS), List.of(roll))
            .plannedAs(ProposedAct.STATE_COMPLAINT_DECISION, "complaint")),
        Workflow.Cadence.DAY, LocalTime.of(10, 0));
  }

  private static ConformanceReport run(Workflow w, String from, String to) {
    return Conformance.run(US, w, ConformanceRun.of(LocalDate.parse(from), LocalDate.parse(to)));
  }

  @Test
  void aDeadlineMovedBackToABusinessDayIsLawfulEveryDay() {
    ConformanceReport r = run(decisionOnDay(60, Adjustment.previousBusinessDay()), "2027-01-01", "2027-01-31");
    assertThat(r.starts()).isEqualTo(31);
    assertThat(r.breaches()).as(r.breaches().toString()).isEmpty();
    assertThat(r.lawful()).isTrue();
    assertThat(r.ranges()).singleElement().satisfies(x -> {
      assertThat(x.latest()).contains(60);
      assertThat(x.earliest()).isEmpty();
      assertThat(x.placedMax()).isEqualTo(60);
      assertThat(x.placedMin()).isEqualTo(58);
      assertThat(x.inside()).isTrue();
    });
  }

  @Test
  void aCalendarDayDeadlineMovedToTheNextBusinessDayBreaksOnWeekendsAndHolidays() {
    ConformanceReport r = run(decisionOnDay(60, Adjustment.nextBusinessDay()), "2027-01-01", "2027-01-31");
    assertThat(r.lawful()).isFalse();
    long weekendDay60 = r.breaches().stream().mapToLong(b -> b.starts().size()).sum();
    assertThat(r.failingStarts()).as(r.breaches().toString()).isEqualTo((int) weekendDay60);
    assertThat(r.breaches()).allSatisfy(b -> {
      assertThat(b.ruleId()).isEqualTo(RULE);
      assertThat(b.kind()).isEqualTo(FindingKind.VIOLATION);
      assertThat(b.reason()).startsWith("the decision fell on ").endsWith("and was moved to the next business day");
      ZonedDateTime day60 = b.example().start().plusDays(60);
      assertThat(b.example().steps().get(1).at().toLocalDate()).isAfter(day60.toLocalDate());
    });
    assertThat(r.breaches()).extracting(ConformanceReport.Breach::reason)
        .contains("the decision fell on a Saturday and was moved to the next business day",
            "the decision fell on a Sunday and was moved to the next business day");
    assertThat(r.ranges()).singleElement().satisfies(x -> assertThat(x.inside()).isFalse());
  }

  @Test
  void placesDayOffsetsAtTheAnchorsTimeAndHourOffsetsInElapsedTime() {
    Workflow w = Workflow.of("hours", prototype(), List.of(
        Step.event("complaint", Optional.empty(), Offset.ZERO, List.of()),
        Step.event("decision", Optional.of("complaint"), new Offset(-24, Offset.Unit.HOURS), List.of())),
        Workflow.Cadence.DAY, LocalTime.of(9, 0));
    // 2027-03-14 is the day clocks go forward in New York: 24 hours before 09:00 EDT is 08:00 EST
    Instant start = ZonedDateTime.of(2027, 3, 14, 9, 0, 0, 0, NY).toInstant();
    List<Instant> at = Conformance.place(US, w, start, Optional.empty());
    assertThat(at.get(1).atZone(NY).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    Workflow days = Workflow.of("days", prototype(), List.of(
        Step.event("complaint", Optional.empty(), Offset.ZERO, List.of()),
        Step.event("decision", Optional.of("complaint"), new Offset(-1, Offset.Unit.CALENDAR_DAYS), List.of())),
        Workflow.Cadence.DAY, LocalTime.of(9, 0));
    assertThat(Conformance.place(US, days, start, Optional.empty()).get(1).atZone(NY).toLocalTime())
        .isEqualTo(LocalTime.of(9, 0));
  }

  @Test
  void adjustmentsApplyInOrder() {
    Workflow w = Workflow.of("adjust", prototype(), List.of(
        Step.event("complaint", Optional.empty(), Offset.ZERO, List.of()),
        Step.event("decision", Optional.of("complaint"), new Offset(1, Offset.Unit.BUSINESS_DAYS),
            List.of(Adjustment.timeOfDay(LocalTime.of(7, 0)), Adjustment.notBefore(LocalTime.of(8, 0))))),
        Workflow.Cadence.DAY, LocalTime.of(9, 0));
    // Friday 2027-01-15 + 1 business day = Tuesday 2027-01-19 (Monday is Martin Luther King, Jr. Day)
    Instant start = ZonedDateTime.of(2027, 1, 15, 9, 0, 0, 0, NY).toInstant();
    ZonedDateTime decision = Conformance.place(US, w, start, Optional.empty()).get(1).atZone(NY);
    assertThat(decision.toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 19));
    assertThat(decision.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
  }

  @Test
  void quarterHourStartsCountElapsedTime() {
    Workflow w = decisionOnDay(30, Adjustment.previousBusinessDay());
    ConformanceRun day = new ConformanceRun(LocalDate.of(2027, 3, 13), LocalDate.of(2027, 3, 14),
        Optional.of(Workflow.Cadence.QUARTER_HOUR), Optional.empty());
    // 96 quarter hours on 13 March, 92 on the 23-hour 14 March
    assertThat(Conformance.run(US, w, day).starts()).isEqualTo(96 + 92);
  }

  @Test
  void businessDayStartsSkipWeekendsAndHolidays() {
    ConformanceRun run = new ConformanceRun(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 24),
        Optional.of(Workflow.Cadence.BUSINESS_DAY), Optional.empty());
    assertThat(Conformance.run(US, decisionOnDay(30, Adjustment.previousBusinessDay()), run).starts()).isEqualTo(9);
  }

  @Test
  void refusesEveryProblemOfTheStepsAtOnce() {
    List<Step> steps = List.of(
        Step.event("complaint", Optional.of("decision"), Offset.ZERO, List.of()),
        Step.event("decision", Optional.of("complaint"), Offset.ZERO, List.of()),
        Step.event("ghost", Optional.of("filing"), Offset.ZERO, List.of()));
    assertThatThrownBy(() -> Workflow.of("bad", prototype(), steps, Workflow.Cadence.DAY, LocalTime.NOON))
        .isInstanceOfSatisfying(InvalidWorkflowException.class, e -> assertThat(e.problems())
            .extracting(WorkflowProblem::step, WorkflowProblem::field)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(0, "from"),
                org.assertj.core.groups.Tuple.tuple(2, "from"),
                org.assertj.core.groups.Tuple.tuple(2, "event")));
    assertThat(Workflow.stepProblems(steps)).extracting(WorkflowProblem::message)
        .anySatisfy(m -> assertThat(m).contains("a cycle of relative offsets: complaint -> decision -> complaint"))
        .anySatisfy(m -> assertThat(m).contains("unknown step 'filing'"));
  }

  @Test
  void refusesAStepOutsideTheCalendarsYears() {
    Workflow w = decisionOnDay(36_500, Adjustment.previousBusinessDay());
    assertThatThrownBy(() -> run(w, "2027-01-01", "2027-01-02"))
        .isInstanceOfSatisfying(InvalidWorkflowException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.step()).isEqualTo(1);
              assertThat(p.field()).isEqualTo("offset");
              assertThat(p.message()).contains("outside");
            }));
  }

  @Test
  void aTemplateWithoutSchoolDaysCalendarIsRefusedForSchoolDayOffsets() {
    Workflow w = Workflow.of("school", prototype(), List.of(
        Step.event("complaint", Optional.empty(), Offset.ZERO, List.of()),
        Step.event("decision", Optional.of("complaint"), new Offset(10, Offset.Unit.SCHOOL_DAYS), List.of())),
        Workflow.Cadence.DAY, LocalTime.NOON);
    assertThatThrownBy(() -> run(w, "2027-01-04", "2027-01-05")).isInstanceOf(InvalidWorkflowException.class)
        .hasMessageContaining("decision");
  }
}
