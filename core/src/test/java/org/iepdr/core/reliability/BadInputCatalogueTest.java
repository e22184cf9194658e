package org.iepdr.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.MissingCalendarException;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.InvalidCaseException;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.rules.UnknownJurisdictionException;
import org.iepdr.core.testing.Fixtures;
import org.iepdr.core.time.BusinessCalendar;
import org.iepdr.core.time.DateWindow;
import org.iepdr.core.time.DayPeriod;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.Hours;
import org.iepdr.core.time.SchoolCalendar;
import org.junit.jupiter.api.Test;

/**
 * One example per row of docs/bad-input.md: each kind of bad input, the exception the library
 * answers with, and the words of its message that name the problem.
 */
class BadInputCatalogueTest {

  private static Request complaint(String id, Instant at) {
    return Request.builder().id(id).at(at).kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(Fixtures.PARENT)
        .filedWith(Recipient.LEA).build();
  }

  @Test
  void aBuilderMissingRequiredAttributesNamesThem() {
    Throwable t = catchThrowable(() -> Case.builder().id("c").district("d").build());
    assertThat(t).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot build Case").hasMessageContaining("student").hasMessageContaining("state");
  }

  @Test
  void blankIdsAndAMalformedStateAreAllListed() {
    Throwable t = catchThrowable(() -> Fixtures.caseBuilder().id(" ").district("").state("M0").build());
    assertThat(t).isInstanceOf(InvalidCaseException.class);
    assertThat(((InvalidCaseException) t).problems()).extracting(p -> p.field())
        .containsExactlyInAnyOrder("id", "district", "state");
    assertThat(t).hasMessageContaining("'M0' is not a two-letter state code");
  }

  @Test
  void duplicateEventIdsAreRefused() {
    Instant at = Fixtures.at("2025-03-03");
    Throwable t = catchThrowable(() -> Fixtures.caseBuilder()
        .addEvents(complaint("e1", at), complaint("e1", at.plusSeconds(60))).build());
    assertThat(t).isInstanceOf(InvalidCaseException.class).hasMessageContaining("two events have the id 'e1'");
  }

  @Test
  void anUnknownPersonOrEventIsRefusedNamingIt() {
    Instant at = Fixtures.at("2025-03-03");
    Throwable t = catchThrowable(() -> Fixtures.caseBuilder()
        .addEvents(Meeting.builder().id("m1").at(at).kind(MeetingKind.IEP).addAttendees("ghost").build(),
            Receipt.builder().id("r1").at(at).request("no-such").recipient(Recipient.LEA).build(),
            Receipt.builder().id("r2").at(at).request("m1").recipient(Recipient.LEA).build())
        .build());
    assertThat(t).isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("'ghost' is not a party or participant of the case (known: [lea, parent])")
        .hasMessageContaining("'no-such' is not an event of the case")
        .hasMessageContaining("'m1' is not a request event");
    assertThat(((InvalidCaseException) t).problems()).hasSize(3);
  }

  @Test
  void aConsentRevokedBeforeItWasGivenIsRefused() {
    Instant at = Fixtures.at("2025-03-03");
    Throwable t = catchThrowable(() -> Fixtures.caseBuilder().addEvents(Consent.builder().id("c1").at(at)
        .scope(ConsentScope.values()[0]).givenBy(Fixtures.PARENT).revokedAt(at.minusSeconds(1)).build()).build());
    assertThat(t).isInstanceOf(InvalidCaseException.class).hasMessageContaining("before it was given");
  }

  @Test
  void participantsAndDemandsMissingAFactTheyNeedAreRefused() {
    assertThat(catchThrowable(() -> Participant.builder().id(" ").role(ParticipantRole.MEDIATOR).build()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("participant.id");
    assertThat(catchThrowable(() -> Participant.builder().id("p").role(ParticipantRole.MEDIATOR).trainingDays(-1)
        .build())).isInstanceOf(InvalidInputException.class).hasMessageContaining("trainingDays")
        .hasMessageContaining("0 or more");
    assertThat(catchThrowable(() -> Demand.builder().id("d").at(Fixtures.at("2025-03-03"))
        .kind(Demand.Kind.RECORDING_NOTICE).by(Fixtures.PARENT).build()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("hours");
  }

  @Test
  void anUnknownJurisdictionNamesTheInstalledOnes() {
    Case c = Fixtures.caseBuilder().state("ZZ").addEvents(complaint("e1", Fixtures.at("2025-03-03"))).build();
    assertThat(catchThrowable(() -> Fixtures.BOOK.evaluate(c))).isInstanceOf(UnknownJurisdictionException.class)
        .hasMessageContaining("'ZZ'").hasMessageContaining("installed: [US]");
  }

  @Test
  void aCaseWithoutEventsNeedsAnAsOfDate() {
    Case c = Fixtures.caseBuilder().build();
    assertThat(catchThrowable(() -> Fixtures.BOOK.evaluate(c))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("field 'asOf' was not given");
  }

  @Test
  void anEventOutsideTheCalendarsYearsIsRefusedNamingTheEvent() {
    Instant year1 = LocalDateTime.of(1, 3, 3, 10, 0).atZone(Fixtures.ZONE).toInstant();
    Case c = Fixtures.caseBuilder().addEvents(complaint("old", year1)).build();
    Throwable t = catchThrowable(() -> Fixtures.BOOK.evaluate(c));
    assertThat(t).isInstanceOf(CalendarRangeException.class)
        .hasMessageContaining("covers 2000-01-01 to 2100-12-31").hasMessageContaining("event 'old'");
    assertThat(((CalendarRangeException) t).requested()).isEqualTo(LocalDate.of(1, 3, 3));

    Case far = Fixtures.caseBuilder().addEvents(complaint("far", Instant.MAX)).build();
    Throwable beyond = catchThrowable(() -> Fixtures.BOOK.evaluate(far, LocalDate.of(2026, 1, 1)));
    assertThat(beyond).isInstanceOf(CalendarRangeException.class).hasMessageContaining("event 'far'");
    assertThat(((CalendarRangeException) beyond).requested()).isEqualTo(LocalDate.MAX);
  }

  @Test
  void theFirstAndLastCoveredDaysAreAccepted() {
    Case first = Fixtures.caseBuilder().addEvents(complaint("e1", LocalDate.of(2000, 1, 1).atStartOfDay(Fixtures.ZONE)
        .toInstant())).build();
    assertThat(Fixtures.BOOK.evaluate(first, LocalDate.of(2000, 1, 1)).asOf()).isEqualTo(LocalDate.of(2000, 1, 1));
    Instant lastMoment = LocalDate.of(2101, 1, 1).atStartOfDay(Fixtures.ZONE).toInstant().minusNanos(1);
    Case last = Fixtures.caseBuilder().addEvents(Consent.builder().id("c1").at(lastMoment)
        .scope(ConsentScope.values()[0]).givenBy(Fixtures.PARENT).build()).build();
    assertThat(Fixtures.BOOK.evaluate(last).asOf()).isEqualTo(LocalDate.of(2100, 12, 31));
    Case after = Fixtures.caseBuilder().addEvents(Consent.builder().id("c1").at(lastMoment.plusNanos(1))
        .scope(ConsentScope.values()[0]).givenBy(Fixtures.PARENT).build()).build();
    assertThat(catchThrowable(() -> Fixtures.BOOK.evaluate(after))).isInstanceOf(CalendarRangeException.class);
    Case before = Fixtures.caseBuilder().addEvents(complaint("e1", LocalDate.of(2000, 1, 1)
        .atStartOfDay(Fixtures.ZONE).toInstant().minusNanos(1))).build();
    assertThat(catchThrowable(() -> Fixtures.BOOK.evaluate(before, LocalDate.of(2000, 6, 1))))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("event 'e1'");
  }

  @Test
  void anAsOfDateOutsideTheCalendarsYearsIsRefused() {
    Case c = Fixtures.caseBuilder().addEvents(complaint("e1", Fixtures.at("2025-03-03"))).build();
    for (LocalDate asOf : new LocalDate[] {LocalDate.MIN, LocalDate.of(1999, 12, 31), LocalDate.of(2101, 1, 1),
        LocalDate.MAX}) {
      Throwable t = catchThrowable(() -> Fixtures.BOOK.evaluate(c, asOf));
      assertThat(t).isInstanceOf(CalendarRangeException.class).hasMessageContaining("the as-of date (" + asOf + ")");
    }
    assertThat(Fixtures.BOOK.evaluate(c, LocalDate.of(2100, 12, 31)).asOf()).isEqualTo(LocalDate.of(2100, 12, 31));
  }

  @Test
  void aDeadlineThatWouldFallAfterTheCalendarIsRefusedNotReported() {
    Instant lateDecember = Fixtures.at("2100-12-20");
    Case c = Fixtures.caseBuilder().addEvents(complaint("late", lateDecember)).build();
    Throwable t = catchThrowable(() -> Fixtures.BOOK.evaluate(c, LocalDate.of(2100, 12, 31)));
    assertThat(t).isInstanceOf(CalendarRangeException.class).hasMessageContaining("the deadline '")
        .hasMessageContaining("counted from event 'late'");
    assertThat(((CalendarRangeException) t).requested()).isAfter(LocalDate.of(2100, 12, 31));
    // the same complaint a year earlier evaluates, with every deadline inside the calendar
    Case earlier = Fixtures.caseBuilder().addEvents(complaint("late", Fixtures.at("2099-12-20"))).build();
    Evaluation e = Fixtures.BOOK.evaluate(earlier, LocalDate.of(2100, 6, 1));
    assertThat(e.deadlines()).isNotEmpty().allSatisfy(d -> assertThat(d.due())
        .isBefore(LocalDate.of(2101, 1, 1)));
  }

  @Test
  void calendarsAskedOutsideTheirYearsAnswerWithTheRangeException() {
    BusinessCalendar cal = BusinessCalendar.of(FederalHolidays.calendar(), 2020, 2030);
    assertThat(catchThrowable(() -> cal.isWorkingDay(LocalDate.of(2019, 12, 31))))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2019-12-31");
    assertThat(catchThrowable(() -> cal.plus(LocalDate.of(2030, 12, 20), 30)))
        .isInstanceOf(CalendarRangeException.class);
    assertThat(catchThrowable(() -> cal.minus(LocalDate.of(2020, 1, 10), 30)))
        .isInstanceOf(CalendarRangeException.class);
    assertThat(catchThrowable(() -> BusinessCalendar.of(FederalHolidays.calendar(), 1, 9999)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("firstYear");
    assertThat(catchThrowable(() -> BusinessCalendar.of(FederalHolidays.calendar(), 2030, 2020)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("lastYear");
    SchoolCalendar school = SchoolCalendar.weekdaysExcept("District 2025-26", LocalDate.of(2025, 8, 18),
        LocalDate.of(2026, 5, 22), java.util.Set.of());
    assertThat(catchThrowable(() -> school.plus(LocalDate.of(2026, 5, 20), 10)))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("District 2025-26");
    assertThat(catchThrowable(() -> Fixtures.US.counter().plus(LocalDate.of(2025, 1, 6), DayPeriod.schoolDays(3))))
        .isInstanceOf(MissingCalendarException.class).hasMessageContaining("school calendar");
  }

  @Test
  void negativePeriodsAndBackwardWindowsAreRefused() {
    assertThat(catchThrowable(() -> DayPeriod.businessDays(-3))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("-3").hasMessageContaining("0 or more");
    assertThat(catchThrowable(() -> DateWindow.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("latest");
  }

  @Test
  void twoModulesClaimingOneCodeAreRefused() {
    IdeaModule us = new IdeaModule();
    RuleModule other = new RuleModule() {
      @Override
      public String jurisdiction() {
        return "us";
      }

      @Override
      public String name() {
        return "another federal module";
      }

      @Override
      public java.time.ZoneId zone() {
        return us.zone();
      }

      @Override
      public org.iepdr.core.time.HolidayCalendar holidays() {
        return us.holidays();
      }

      @Override
      public java.util.List<org.iepdr.core.rules.Rule> rules() {
        return java.util.List.of();
      }
    };
    assertThat(catchThrowable(() -> RuleBook.of(us, other)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("one module per code");
  }

  @Test
  void aLeapDayAndADaylightSavingGapCountAsTheCalendarSays() {
    // a complaint received on a leap day: 30 calendar days later is March 30 (trigger day 0)
    LocalDate leap = LocalDate.of(2028, 2, 29);
    assertThat(Fixtures.US.counter().plus(leap, DayPeriod.calendarDays(30))).isEqualTo(LocalDate.of(2028, 3, 30));
    assertThat(Fixtures.US.counter().plus(leap, DayPeriod.businessDays(1)).getDayOfWeek())
        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    // 02:30 on 2025-03-09 does not exist in New York: java.time moves it to 03:30 EDT, the same day
    Instant gap = LocalDateTime.of(2025, 3, 9, 2, 30).atZone(Fixtures.ZONE).toInstant();
    assertThat(Fixtures.US.counter().localDate(gap)).isEqualTo(LocalDate.of(2025, 3, 9));
    assertThat(Fixtures.US.counter().atZone(gap).getHour()).isEqualTo(3);
    // hours are elapsed hours: 01:00 to 04:00 local across the gap is two hours, not three
    Instant one = LocalDateTime.of(2025, 3, 9, 1, 0).atZone(Fixtures.ZONE).toInstant();
    Instant four = LocalDateTime.of(2025, 3, 9, 4, 0).atZone(Fixtures.ZONE).toInstant();
    assertThat(Hours.isAtLeastBefore(one, four, Duration.ofHours(2))).isTrue();
    assertThat(Hours.isAtLeastBefore(one, four, Duration.ofHours(3))).isFalse();
    Case c = Fixtures.caseBuilder().addEvents(complaint("gap", gap)).build();
    Evaluation e = Fixtures.BOOK.evaluate(c, EvaluationOptions.asOf(LocalDate.of(2025, 3, 9)));
    assertThat(e.deadlines()).extracting(Deadline::triggerDate).contains(LocalDate.of(2025, 3, 9));
  }
}
