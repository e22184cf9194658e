package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

  private static final String MO = "RSMo 9.010";

  @Test
  void observancePoliciesMoveWeekendDates() {
    LocalDate sat = LocalDate.of(2026, 7, 4);
    LocalDate sun = LocalDate.of(2022, 12, 25);
    LocalDate wed = LocalDate.of(2026, 11, 11);
    assertThat(ObservancePolicy.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY.observe(sat))
        .isEqualTo(LocalDate.of(2026, 7, 3));
    assertThat(ObservancePolicy.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY.observe(sun))
        .isEqualTo(LocalDate.of(2022, 12, 26));
    assertThat(ObservancePolicy.SUNDAY_TO_MONDAY.observe(sat)).isEqualTo(sat);
    assertThat(ObservancePolicy.SUNDAY_TO_MONDAY.observe(sun)).isEqualTo(LocalDate.of(2022, 12, 26));
    assertThat(ObservancePolicy.WEEKEND_TO_MONDAY.observe(sat)).isEqualTo(LocalDate.of(2026, 7, 6));
    assertThat(ObservancePolicy.WEEKEND_TO_MONDAY.observe(sun)).isEqualTo(LocalDate.of(2022, 12, 26));
    assertThat(ObservancePolicy.NONE.observe(sat)).isEqualTo(sat);
    for (ObservancePolicy p : ObservancePolicy.values()) {
      assertThat(p.observe(wed)).isEqualTo(wed);
    }
  }

  @Test
  void rulesComputeTheirDates() {
    assertThat(HolidayRule.fixed("Truman Day", Month.MAY, 8, MO).inYear(2026, ObservancePolicy.NONE))
        .map(Holiday::date).contains(LocalDate.of(2026, 5, 8));
    assertThat(HolidayRule.nthWeekday("Thanksgiving", Month.NOVEMBER, 4, DayOfWeek.THURSDAY, MO)
        .inYear(2026, ObservancePolicy.NONE)).map(Holiday::date).contains(LocalDate.of(2026, 11, 26));
    assertThat(HolidayRule.lastWeekday("Confederate Memorial Day", Month.APRIL, DayOfWeek.MONDAY,
        "Miss. Code 3-3-7").inYear(2026, ObservancePolicy.NONE))
        .map(Holiday::date).contains(LocalDate.of(2026, 4, 27));
    // A fifth Monday that the month lacks, and February 29 in a common year, give no holiday.
    assertThat(HolidayRule.nthWeekday("x", Month.FEBRUARY, 5, DayOfWeek.MONDAY, MO)
        .inYear(2026, ObservancePolicy.NONE)).isEmpty();
    assertThat(HolidayRule.fixed("leap", Month.FEBRUARY, 29, MO).inYear(2026, ObservancePolicy.NONE))
        .isEmpty();
    assertThat(HolidayRule.fixed("leap", Month.FEBRUARY, 29, MO).inYear(2028, ObservancePolicy.NONE))
        .isPresent();
  }

  @Test
  void validityRangeIsInclusive() {
    HolidayRule rule = HolidayRule.fixed("Juneteenth", Month.JUNE, 19, MO).validFrom(2022).validTo(2030);
    assertThat(rule.inYear(2021, ObservancePolicy.NONE)).isEmpty();
    assertThat(rule.inYear(2022, ObservancePolicy.NONE)).isPresent();
    assertThat(rule.inYear(2030, ObservancePolicy.NONE)).isPresent();
    assertThat(rule.inYear(2031, ObservancePolicy.NONE)).isEmpty();
    assertThat(rule.firstYear()).isEqualTo(2022);
    assertThat(rule.lastYear()).isEqualTo(2030);
    assertThat(rule.toString()).contains("Juneteenth", "2022..2030", MO);
  }

  @Test
  void ruleOwnPolicyWinsOverCalendarDefault() {
    HolidayRule rule = HolidayRule.fixed("Independence Day", Month.JULY, 4, MO);
    assertThat(rule.observancePolicy()).isEmpty();
    assertThat(rule.inYear(2026, ObservancePolicy.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY))
        .map(Holiday::observed).contains(LocalDate.of(2026, 7, 3));
    HolidayRule own = rule.observedBy(ObservancePolicy.NONE);
    assertThat(own.inYear(2026, ObservancePolicy.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY))
        .map(Holiday::observed).contains(LocalDate.of(2026, 7, 4));
    assertThat(own).isNotEqualTo(rule);
    assertThat(rule.observedBy(ObservancePolicy.NONE)).isEqualTo(own).hasSameHashCodeAs(own);
  }

  @Test
  void includedCalendarKeepsItsPolicyAndClosuresAreHolidays() {
    HolidayCalendar ms = HolidayCalendar.builder("Mississippi")
        .observancePolicy(ObservancePolicy.SUNDAY_TO_MONDAY)
        .include(FederalHolidays.calendar())
        .rule(HolidayRule.fixed("Armistice Day", Month.JULY, 4, "test"))
        .closure(LocalDate.of(2026, 11, 27), "Day after Thanksgiving", "Governor's proclamation")
        .build();
    // Federal July 4 2026 (Saturday) is still observed on Friday; the state's own Saturday rule is not moved.
    List<Holiday> july = ms.holidaysIn(2026).stream()
        .filter(h -> h.date().getMonth() == Month.JULY).toList();
    assertThat(july).extracting(Holiday::observed)
        .containsExactly(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 4));
    assertThat(ms.holidayOn(LocalDate.of(2026, 11, 27))).hasValueSatisfying(h -> {
      assertThat(h.name()).isEqualTo("Day after Thanksgiving");
      assertThat(h.source()).isEqualTo("Governor's proclamation");
      assertThat(h.observed()).isEqualTo(h.date());
    });
    assertThat(ms.holidaysIn(2026)).isSortedAccordingTo(
        (a, b) -> a.observed().compareTo(b.observed()));
    // A closure in an included calendar is included too.
    HolidayCalendar outer = HolidayCalendar.builder("outer").include(ms).build();
    assertThat(outer.isHoliday(LocalDate.of(2026, 11, 27))).isTrue();
    assertThat(outer.isHoliday(LocalDate.of(2026, 7, 3))).isTrue();
    assertThat(outer.holidaysIn(2026)).hasSameSizeAs(ms.holidaysIn(2026));
  }

  @Test
  void invalidInputNamesTheField() {
    assertThatThrownBy(() -> HolidayRule.fixed("x", Month.APRIL, 31, MO))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("dayOfMonth"));
    assertThatThrownBy(() -> HolidayRule.nthWeekday("x", Month.APRIL, 0, DayOfWeek.MONDAY, MO))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("n");
          assertThat(e.value()).isEqualTo("0");
          assertThat(e.allowed()).isEqualTo("1 to 5");
        });
    assertThatThrownBy(() -> HolidayRule.fixed(" ", Month.APRIL, 1, MO))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> HolidayRule.fixed("x", Month.APRIL, 1, MO).validFrom(2030).validTo(2020))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("year"));
    assertThatThrownBy(() -> HolidayCalendar.builder(""))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> HolidayCalendar.builder("x").closure(LocalDate.of(2026, 1, 2), ""))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("reason"));
    assertThatThrownBy(() -> new Holiday("x", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), ""))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("source"));
    assertThatThrownBy(() -> HolidayRule.fixed("x", Month.APRIL, 1, MO).inYear(2026, null))
        .isInstanceOf(NullPointerException.class).hasMessage("calendarDefault");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> FederalHolidays.calendar().isHoliday(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> ObservancePolicy.NONE.observe(null))
        .isInstanceOf(NullPointerException.class).hasMessage("actual");
  }

  @Test
  void equalCalendarsAreEqual() {
    HolidayCalendar a = HolidayCalendar.builder("a").include(FederalHolidays.calendar()).build();
    HolidayCalendar b = HolidayCalendar.builder("a").include(FederalHolidays.calendar()).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(FederalHolidays.calendar());
    assertThat(a.toString()).contains("a", "15 rules");
  }

  @Test
  void aCalendarsOwnRuleWithItsOwnPolicyKeepsIt() {
    // 2026-07-04 and 2026-08-01 are Saturdays. The calendar moves Saturdays to Friday, except for the
    // rule that says it is observed on the day itself.
    HolidayCalendar cal = HolidayCalendar.builder("Test")
        .observancePolicy(ObservancePolicy.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY)
        .rule(HolidayRule.fixed("Independence Day", Month.JULY, 4, MO))
        .rule(HolidayRule.fixed("Founders Day", Month.AUGUST, 1, MO).observedBy(ObservancePolicy.NONE))
        .build();
    assertThat(cal.holidaysIn(2026)).extracting(Holiday::name, Holiday::observed).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Independence Day", LocalDate.of(2026, 7, 3)),
        org.assertj.core.groups.Tuple.tuple("Founders Day", LocalDate.of(2026, 8, 1)));
    assertThat(cal.isHoliday(LocalDate.of(2026, 7, 31))).isFalse();
  }

  @Test
  void closuresAreDatedFactsSoTheOrderTheyWereAddedInDoesNotMatter() {
    LocalDate a = LocalDate.of(2026, 11, 27);
    LocalDate b = LocalDate.of(2026, 12, 24);
    HolidayCalendar ab = HolidayCalendar.builder("x").closure(a, "Day after Thanksgiving").closure(b, "Christmas Eve")
        .build();
    HolidayCalendar ba = HolidayCalendar.builder("x").closure(b, "Christmas Eve").closure(a, "Day after Thanksgiving")
        .build();
    assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
    assertThat(ba.holidaysIn(2026)).extracting(Holiday::observed).containsExactly(a, b);
    // The two-argument closure is chainable and records the source "closure".
    assertThat(ab.holidayOn(b)).hasValue(new Holiday("Christmas Eve", b, b, "closure"));
  }

  @Test
  void rulesAddsEveryRuleAndIsChainable() {
    HolidayRule truman = HolidayRule.fixed("Truman Day", Month.MAY, 8, MO);
    HolidayRule lincoln = HolidayRule.fixed("Lincoln Day", Month.FEBRUARY, 12, MO);
    HolidayCalendar cal = HolidayCalendar.builder("Missouri").rules(List.of(truman, lincoln)).build();
    assertThat(cal).isEqualTo(HolidayCalendar.builder("Missouri").rule(truman).rule(lincoln).build());
    assertThat(cal.holidaysIn(2026)).extracting(Holiday::date)
        .containsExactly(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 5, 8));
  }

  @Test
  void holidaysInAcceptsEveryYearALocalDateCanHave() {
    // Year.MIN_VALUE = -999,999,999 and Year.MAX_VALUE = 999,999,999: no rule reaches them, but a
    // closure may fall on the last representable date.
    LocalDate lastDay = LocalDate.of(999_999_999, 12, 31);
    HolidayCalendar cal = HolidayCalendar.builder("x").include(FederalHolidays.calendar())
        .closure(lastDay, "The end").build();
    assertThat(cal.holidaysIn(-999_999_999)).isEmpty();
    assertThat(cal.holidaysIn(999_999_999)).extracting(Holiday::observed).containsExactly(lastDay);
    assertThatThrownBy(() -> cal.holidaysIn(-1_000_000_000))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("year");
          assertThat(e.allowed()).isEqualTo("-999999999 to 999999999");
        });
    assertThatThrownBy(() -> cal.holidaysIn(1_000_000_000))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("year"));
  }

  @Test
  void equalityComparesNamePolicyRulesAndClosures() {
    HolidayCalendar cal = HolidayCalendar.builder("a").rule(HolidayRule.fixed("Truman Day", Month.MAY, 8, MO)).build();
    assertThat(cal.equals(cal)).isTrue();
    assertThat(cal.equals("a")).isFalse();
    assertThat(cal.equals(null)).isFalse();
    HolidayCalendar renamed = HolidayCalendar.builder("b").rule(HolidayRule.fixed("Truman Day", Month.MAY, 8, MO))
        .build();
    assertThat(cal.equals(renamed)).isFalse();
    assertThat(cal.equals(HolidayCalendar.builder("a").observancePolicy(ObservancePolicy.SUNDAY_TO_MONDAY)
        .rule(HolidayRule.fixed("Truman Day", Month.MAY, 8, MO)).build())).isFalse();
    assertThat(cal.equals(HolidayCalendar.builder("a").build())).isFalse();
    assertThat(cal.equals(HolidayCalendar.builder("a").rule(HolidayRule.fixed("Truman Day", Month.MAY, 8, MO))
        .closure(LocalDate.of(2026, 11, 27), "Day after Thanksgiving").build())).isFalse();
    // Not required by the contract, but calendars that differ only in name should not share a hash.
    assertThat(cal.hashCode()).isNotEqualTo(renamed.hashCode());
  }

  @Test
  void aHolidayIsMovedOnlyWhenObservedOnAnotherDay() {
    LocalDate july4 = LocalDate.of(2026, 7, 4);
    assertThat(new Holiday("Independence Day", july4, july4, "5 U.S.C. 6103(a)").isMoved()).isFalse();
    assertThat(new Holiday("Independence Day", july4, july4.minusDays(1), "5 U.S.C. 6103(a)").isMoved()).isTrue();
  }
}
