package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.decision;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iepdr.core.MissingCalendarException;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.ClockChange;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.time.SchoolCalendar;
import org.junit.jupiter.api.Test;

class ExpeditedTimelinesTest {

  private static final String ID = "IDEA.EXPEDITED.TIMELINES";

  /** Weekdays from January to June 2026, closed for spring break 03-23 to 03-27. */
  private static final SchoolCalendar DISTRICT = SchoolCalendar.weekdaysExcept("district", d("2026-01-05"),
      d("2026-06-30"), List.of(d("2026-03-23"), d("2026-03-24"), d("2026-03-25"), d("2026-03-26"), d("2026-03-27")));

  private static Case expedited(CaseEvent... later) {
    return caseBuilder().addEvents(Request.builder().id("ex").kind(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT)
        .filedBy(PARENT).filedWith(Recipient.LEA).at(at("2026-03-02")).build()).addEvents(later).build();
  }

  private static Meeting held(String id, MeetingKind kind, String date) {
    return Meeting.builder().id(id).kind(kind).request("ex").at(at(date)).addAttendees(PARENT, LEA).build();
  }

  private static Evaluation withCalendar(Case c, String asOf) {
    return US.evaluate(c, EvaluationOptions.builder().asOf(d(asOf)).schoolCalendar(DISTRICT).build());
  }

  private static List<String> descriptions(Evaluation e) {
    List<String> out = new ArrayList<>();
    for (Deadline x : e.deadlines(ID)) {
      out.add(x.description() + " " + x.due() + " " + x.status());
    }
    return out;
  }

  @Test
  void everythingOnItsLastDayIsOnTime() {
    Case c = expedited(held("rm", MeetingKind.RESOLUTION, "2026-03-09"),
        held("h", MeetingKind.EXPEDITED_HEARING, "2026-04-06"),
        decision("dec", DecisionKind.EXPEDITED_HEARING_DECISION, "ex", "2026-04-20"));
    Evaluation e = withCalendar(c, "2026-05-01");
    assertThat(e.findings(ID)).isEmpty();
    assertThat(descriptions(e)).containsExactly(
        "convene the expedited resolution meeting 2026-03-09 MET",
        "hold the expedited hearing 2026-04-06 MET",
        "decide the expedited hearing 2026-04-20 MET");
  }

  @Test
  void oneDayLateOnEachClockAndSchoolDaysSkipSpringBreak() {
    Case c = expedited(held("rm", MeetingKind.RESOLUTION, "2026-03-10"),
        held("h", MeetingKind.EXPEDITED_HEARING, "2026-04-07"),
        decision("dec", DecisionKind.EXPEDITED_HEARING_DECISION, "ex", "2026-04-22"));
    Evaluation e = withCalendar(c, "2026-05-01");
    assertThat(descriptions(e)).containsExactly(
        "convene the expedited resolution meeting 2026-03-09 MISSED",
        "hold the expedited hearing 2026-04-06 MISSED",
        "decide the expedited hearing 2026-04-21 MISSED");
    assertThat(e.findings(ID)).hasSize(3);
  }

  @Test
  void aHearingWithinThe15DayResolutionPeriodIsAViolationUnlessWaivedInWriting() {
    Case early = expedited(held("rm", MeetingKind.RESOLUTION, "2026-03-05"),
        held("h", MeetingKind.EXPEDITED_HEARING, "2026-03-17"),
        decision("dec", DecisionKind.EXPEDITED_HEARING_DECISION, "ex", "2026-03-20"));
    assertThat(withCalendar(early, "2026-05-01").findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.EXPEDITED.TIMELINES.hearing_in_resolution_period");
      assertThat(f.facts().date("held")).contains(LocalDate.parse("2026-03-17"));
      assertThat(f.events()).containsExactly("ex", "h");
    });
    Case day16 = expedited(held("rm", MeetingKind.RESOLUTION, "2026-03-05"),
        held("h", MeetingKind.EXPEDITED_HEARING, "2026-03-18"),
        decision("dec", DecisionKind.EXPEDITED_HEARING_DECISION, "ex", "2026-03-20"));
    assertThat(withCalendar(day16, "2026-05-01").findings(ID)).isEmpty();
    Case waived = expedited(Agreement.builder().id("w").kind(AgreementKind.WAIVE_RESOLUTION_MEETING).request("ex")
            .addSignatories(PARENT, LEA).at(at("2026-03-03")).build(),
        held("h", MeetingKind.EXPEDITED_HEARING, "2026-03-10"),
        decision("dec", DecisionKind.EXPEDITED_HEARING_DECISION, "ex", "2026-03-12"));
    Evaluation e = withCalendar(waived, "2026-05-01");
    assertThat(e.findings(ID)).isEmpty();
    // the waived meeting's clock is reported as not applicable, not dropped (issue 16, section 3)
    assertThat(descriptions(e)).filteredOn(s -> s.startsWith("convene")).containsExactly(
        "convene the expedited resolution meeting 2026-03-09 NOT_APPLICABLE");
  }

  @Test
  void withoutASchoolCalendarTheCalendarDayClocksAreReportedAndTheRuleIsIncomplete() {
    Case c = expedited(held("h", MeetingKind.EXPEDITED_HEARING, "2026-03-18"));
    Evaluation e = US.evaluate(c, d("2026-03-20"));
    assertThat(descriptions(e)).containsExactly("convene the expedited resolution meeting 2026-03-09 MISSED");
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.EXPEDITED.TIMELINES.meeting_missed");
      assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-03-09"));
    });
    assertThat(e.trace()).filteredOn(t -> t.ruleId().value().equals(ID)).singleElement()
        .satisfies(t -> assertThat(t.outcome()).isEqualTo(TraceEntry.Outcome.INCOMPLETE));
    assertThat(withCalendar(c, "2026-03-20").trace()).filteredOn(t -> t.ruleId().value().equals(ID))
        .singleElement().satisfies(t -> assertThat(t.outcome()).isEqualTo(TraceEntry.Outcome.RAN));
  }

  @Test
  void ordinaryComplaintsDoNotFireAndPendingClocksDoNotFire() {
    Case ordinary = caseBuilder().addEvents(DueProcessEvents.parentComplaint("2026-03-02")).build();
    assertThat(US.evaluate(ordinary, d("2026-06-01")).deadlines(ID)).isEmpty();
    Evaluation pending = withCalendar(expedited(), "2026-03-09");
    assertThat(pending.findings(ID)).isEmpty();
    assertThat(pending.deadlines(ID)).allSatisfy(x -> assertThat(x.status()).isEqualTo(DeadlineStatus.PENDING));
  }

  @Test
  void plansNeedASchoolCalendarForSchoolDays() {
    assertThat(US.plan(ProposedAct.EXPEDITED_RESOLUTION_MEETING, d("2026-03-02")).latest())
        .contains(d("2026-03-09"));
    assertThatThrownBy(() -> US.plan(ProposedAct.EXPEDITED_HEARING, d("2026-03-02")))
        .isInstanceOf(MissingCalendarException.class);
    ExpeditedTimelines rule = new ExpeditedTimelines();
    assertThat(rule.plan(ProposedAct.EXPEDITED_HEARING, d("2026-03-02"), US.counter().withSchoolCalendar(DISTRICT))
        .flatMap(p -> p.latest())).contains(d("2026-04-06"));
    assertThat(rule.plan(ProposedAct.EXPEDITED_HEARING_DECISION, d("2026-04-06"),
        US.counter().withSchoolCalendar(DISTRICT)).flatMap(p -> p.latest())).contains(LocalDate.of(2026, 4, 20));
  }

  @Test
  void eachLateClockNamesItsDatesAndTheEventsItRestsOn() {
    // filed and received 03-02: meeting due 03-09 (7 days), hearing due 04-06 (20 school days, spring break
    // skipped), decision due 04-21 (10 school days after the 04-07 hearing)
    Case c = expedited(held("rm", MeetingKind.RESOLUTION, "2026-03-10"),
        held("h", MeetingKind.EXPEDITED_HEARING, "2026-04-07"),
        decision("dec", DecisionKind.EXPEDITED_HEARING_DECISION, "ex", "2026-04-22"));
    Evaluation e = withCalendar(c, "2026-05-01");
    assertThat(e.findings(ID)).satisfiesExactly(
        f -> {
          assertThat(f.message()).isEqualTo("The resolution meeting for the expedited complaint was held on 2026-03-10,"
              + " after the last day 2026-03-09 (7 days after the district received it on 2026-03-02).");
          assertThat(f.events()).containsExactly("ex", "rm");
        },
        f -> {
          assertThat(f.message()).isEqualTo("The expedited hearing was held on 2026-04-07, after the last day"
              + " 2026-04-06 (20 school days after the complaint was filed on 2026-03-02).");
          assertThat(f.events()).containsExactly("ex", "h");
        },
        f -> {
          assertThat(f.message()).isEqualTo("The expedited hearing decision was issued on 2026-04-22, after the last"
              + " day 2026-04-21 (10 school days after the hearing on 2026-04-07).");
          assertThat(f.events()).containsExactly("ex", "h", "dec");
        });
  }

  @Test
  void missingActsAreReportedAsNotDone() {
    Case c = expedited(held("h", MeetingKind.EXPEDITED_HEARING, "2026-04-06"));
    Evaluation e = withCalendar(c, "2026-05-01");
    assertThat(e.findings(ID)).extracting(f -> f.message()).containsExactly(
        "No resolution meeting for the expedited complaint was held by 2026-03-09, 7 days after the district"
            + " received it on 2026-03-02.",
        "No expedited hearing decision was issued by 2026-04-20, 10 school days after the hearing on 2026-04-06.");
    assertThat(withCalendar(expedited(), "2026-05-01").findings(ID)).extracting(f -> f.message())
        .contains("No expedited hearing was held by 2026-04-06, 20 school days after the complaint was filed on"
            + " 2026-03-02.");
  }

  @Test
  void theFirstDecisionOfEitherKindIsTheDetermination() {
    // an ordinary hearing decision on day 10 (04-20) decides the expedited hearing in time; a later
    // "expedited" decision does not make it late
    Case c = expedited(held("rm", MeetingKind.RESOLUTION, "2026-03-09"),
        held("h", MeetingKind.EXPEDITED_HEARING, "2026-04-06"),
        decision("late", DecisionKind.EXPEDITED_HEARING_DECISION, "ex", "2026-04-22"),
        decision("first", DecisionKind.HEARING_DECISION, "ex", "2026-04-20"));
    Evaluation e = withCalendar(c, "2026-05-01");
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).filteredOn(x -> x.action().key().equals(ID + ".decision_deadline"))
        .singleElement().satisfies(x -> assertThat(x.satisfiedBy()).contains("first"));
  }

  @Test
  void anAgencysExpeditedComplaintHasNoResolutionMeetingClockAndTheTraceSaysSo() {
    Case c = caseBuilder().addEvents(Request.builder().id("ex").kind(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT)
        .filedBy(LEA).filedWith(Recipient.FAMILY).at(at("2026-03-02")).build()).build();
    Evaluation e = withCalendar(c, "2026-03-20");
    assertThat(descriptions(e)).noneMatch(s -> s.startsWith("convene"));
    assertThat(notes(e, ID))
        .containsExactly("expedited complaint ex: filed by the agency; no resolution meeting clock");
  }

  @Test
  void aWrittenWaiverIsNotedAsTheReasonNoMeetingWasNeeded() {
    Case waived = expedited(Agreement.builder().id("w").kind(AgreementKind.WAIVE_RESOLUTION_MEETING).request("ex")
            .addSignatories(PARENT, LEA).at(at("2026-03-03")).build(),
        held("h", MeetingKind.EXPEDITED_HEARING, "2026-03-10"),
        decision("dec", DecisionKind.EXPEDITED_HEARING_DECISION, "ex", "2026-03-12"));
    assertThat(notes(withCalendar(waived, "2026-05-01"), ID))
        .containsExactly("expedited complaint ex: resolution meeting not required (WAIVE_RESOLUTION_MEETING w)");
    // the meeting clock no longer applies: it is reported as such (issue 16, section 3), naming the waiver
    assertThat(withCalendar(waived, "2026-05-01").deadlines(ID)).filteredOn(x -> x.description().startsWith("convene"))
        .singleElement().satisfies(x -> {
          assertThat(x.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
          assertThat(x.notApplicable().orElseThrow().reason()).isEqualTo(org.iepdr.core.rules.NotApplicable.Reason.WAIVED);
          assertThat(x.notApplicable().orElseThrow().event()).contains("w");
        });
  }

  @Test
  void noExtensionMovesTheExpeditedDecisionClockEachIsReportedAsUnlawful() {
    // 300.532(c)(1) applies 300.510-300.514 to an expedited hearing, not 300.515, whose (c) allows extensions:
    // the decision stays due 10 school days after the 04-06 hearing, 04-20, even for a hearing officer's
    // specific extension granted before it, on that last day or the day after
    for (String granted : List.of("2026-04-15", "2026-04-20", "2026-04-21")) {
      Case c = expedited(held("h", MeetingKind.EXPEDITED_HEARING, "2026-04-06"),
          decision("dec", DecisionKind.EXPEDITED_HEARING_DECISION, "ex", "2026-04-22"),
          Extension.builder().id("x").request("ex").reason(Extension.Reason.HEARING_OFFICER_SPECIFIC)
              .newDueDate(d("2026-05-01")).at(at(granted)).build());
      Evaluation e = withCalendar(c, "2026-05-01");
      Deadline decided = e.deadlines(ID).stream().filter(x -> x.description().startsWith("decide")).findFirst()
          .orElseThrow();
      assertThat(decided.due()).as(granted).isEqualTo(d("2026-04-20"));
      assertThat(decided.extendedBy()).as(granted).isEmpty();
      assertThat(decided.status()).as(granted).isEqualTo(DeadlineStatus.MISSED);
      assertThat(decided.changes()).as(granted).extracting(ClockChange::kind)
          .containsExactly(ClockChange.Kind.EXTENSION_REFUSED);
      assertThat(e.findings(ID)).as(granted).filteredOn(f -> f.key().endsWith(".extension_unlawful")).singleElement()
          .satisfies(f -> {
            assertThat(f.message()).contains(granted, "2026-04-20", "300.532(c)(1)");
            assertThat(f.events()).containsExactly("ex", "x");
          });
      assertThat(e.findings(ID)).as(granted).filteredOn(f -> f.key().endsWith(".decision_late")).hasSize(1);
    }
  }
}
