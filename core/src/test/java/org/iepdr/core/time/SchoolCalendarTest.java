package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 8, 1);
  private static final LocalDate LAST = LocalDate.of(2027, 7, 31);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static SchoolCalendar week() {
    return SchoolCalendar.builder("Test district 2026-27", FIRST, LAST)
        .day(d(2026, 8, 17), SchoolDayKind.FULL)
        .day(d(2026, 8, 18), SchoolDayKind.PARTIAL)
        .day(d(2026, 8, 19), SchoolDayKind.ESY_ONLY)
        .days(List.of(d(2026, 8, 20), d(2026, 8, 21)), SchoolDayKind.FULL)
        .build();
  }

  @Test
  void partialDaysCountAndEsyOnlyDaysDoNot() {
    SchoolCalendar cal = week();
    assertThat(cal.isWorkingDay(d(2026, 8, 18))).isTrue();
    assertThat(cal.isWorkingDay(d(2026, 8, 19))).isFalse();
    assertThat(cal.isWorkingDay(d(2026, 8, 22))).isFalse();
    assertThat(cal.plus(d(2026, 8, 16), 2)).isEqualTo(d(2026, 8, 18));
    assertThat(cal.plus(d(2026, 8, 16), 3)).isEqualTo(d(2026, 8, 20));
    assertThat(cal.countBetween(d(2026, 8, 16), d(2026, 8, 21))).isEqualTo(4);
    assertThat(cal.minus(d(2026, 8, 20), 1)).isEqualTo(d(2026, 8, 18));
    assertThat(cal.kindOf(d(2026, 8, 19))).contains(SchoolDayKind.ESY_ONLY);
    assertThat(cal.kindOf(d(2026, 8, 22))).isEmpty();
    assertThat(cal.schoolDayCount()).isEqualTo(4);
    assertThat(cal.dayCount()).isEqualTo(DayCount.SCHOOL);
    assertThat(cal.name()).isEqualTo("Test district 2026-27");
    assertThat(cal.toString()).contains("4 school days");
  }

  @Test
  void runningOutOfSchoolDaysThrowsRangeException() {
    SchoolCalendar cal = week();
    assertThatThrownBy(() -> cal.plus(d(2026, 8, 16), 5))
        .isInstanceOfSatisfying(CalendarRangeException.class, e -> {
          assertThat(e.requested()).isEqualTo(LAST.plusDays(1));
          assertThat(e.firstCovered()).isEqualTo(FIRST);
          assertThat(e.lastCovered()).isEqualTo(LAST);
        });
    assertThatThrownBy(() -> cal.minus(d(2026, 8, 17), 1))
        .isInstanceOfSatisfying(CalendarRangeException.class,
            e -> assertThat(e.requested()).isEqualTo(FIRST.minusDays(1)));
    assertThatThrownBy(() -> cal.isWorkingDay(d(2027, 8, 1)))
        .isInstanceOfSatisfying(CalendarRangeException.class,
            e -> assertThat(e.requested()).isEqualTo(d(2027, 8, 1)));
    assertThatThrownBy(() -> cal.kindOf(d(2026, 7, 31)))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void builderRejectsDaysOutsideTheRangeAndConflictingKinds() {
    SchoolCalendar.Builder b = SchoolCalendar.builder("x", FIRST, LAST);
    assertThatThrownBy(() -> b.day(d(2027, 8, 1), SchoolDayKind.FULL))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("date");
          assertThat(e.value()).isEqualTo("2027-08-01");
        });
    b.day(d(2026, 9, 1), SchoolDayKind.FULL).day(d(2026, 9, 1), SchoolDayKind.FULL);
    assertThatThrownBy(() -> b.day(d(2026, 9, 1), SchoolDayKind.ESY_ONLY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("date");
          assertThat(e.allowed()).contains("FULL");
        });
    assertThatThrownBy(() -> SchoolCalendar.builder("x", LAST, FIRST))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("lastCovered"));
    assertThatThrownBy(() -> SchoolCalendar.builder(" ", FIRST, LAST))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> SchoolCalendar.builder("x", d(1899, 1, 1), LAST))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("firstCovered"));
  }

  @Test
  void builtCalendarIsNotChangedByLaterBuilderCalls() {
    SchoolCalendar.Builder b = SchoolCalendar.builder("x", FIRST, LAST).day(d(2026, 9, 1),
        SchoolDayKind.FULL);
    SchoolCalendar first = b.build();
    b.day(d(2026, 9, 2), SchoolDayKind.FULL);
    assertThat(first.isWorkingDay(d(2026, 9, 2))).isFalse();
    assertThat(b.build().isWorkingDay(d(2026, 9, 2))).isTrue();
    assertThat(first).isNotEqualTo(b.build());
    assertThat(b.build()).isEqualTo(b.build()).hasSameHashCodeAs(b.build());
  }

  @Test
  void weekdaysExceptClosesTheListedDays() {
    SchoolCalendar cal = SchoolCalendar.weekdaysExcept("w", d(2026, 11, 1), d(2026, 11, 30),
        List.of(d(2026, 11, 25), d(2026, 11, 26), d(2026, 11, 27), d(2026, 11, 28)));
    assertThat(cal.plus(d(2026, 11, 24), 1)).isEqualTo(d(2026, 11, 30));
    // November 2026 has 21 weekdays; three closed weekdays leave 18.
    assertThat(cal.schoolDayCount()).isEqualTo(18);
    assertThatThrownBy(() -> SchoolCalendar.weekdaysExcept("w", d(2026, 11, 1), d(2026, 11, 30),
        List.of(d(2026, 12, 1))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("closedDays"));
  }

  @Test
  void coveredDatesMayLieAnywhereInTheYears1900To2200() {
    // Both ends of each range are accepted, one day beyond either end is not.
    assertThat(SchoolCalendar.builder("x", d(1900, 1, 1), d(1900, 1, 2)).build().firstCovered())
        .isEqualTo(d(1900, 1, 1));
    assertThat(SchoolCalendar.builder("x", d(2200, 12, 30), d(2200, 12, 31)).build().lastCovered())
        .isEqualTo(d(2200, 12, 31));
    assertThat(SchoolCalendar.builder("x", d(2200, 12, 31), d(2200, 12, 31)).build().schoolDayCount()).isZero();
    assertRejected(d(1899, 12, 31), d(1900, 1, 2), "firstCovered");
    assertRejected(d(2201, 1, 1), d(2201, 1, 2), "firstCovered");
    assertRejected(d(2200, 12, 31), d(2201, 1, 1), "lastCovered");
    // A last date before 1900 is out of the years before it is out of order.
    assertRejected(d(1900, 1, 1), d(1899, 12, 31), "lastCovered");
  }

  private static void assertRejected(LocalDate first, LocalDate last, String field) {
    assertThatThrownBy(() -> SchoolCalendar.builder("x", first, last))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.allowed()).isEqualTo("a date in the years 1900 to 2200");
        });
  }

  @Test
  void equalWhenNameRangeAndEveryDayAgree() {
    SchoolCalendar cal = week();
    assertThat(cal.equals(cal)).isTrue();
    assertThat(cal.equals(week())).isTrue();
    assertThat(cal.hashCode()).isEqualTo(week().hashCode());
    assertThat(cal.equals("Test district 2026-27")).isFalse();
    assertThat(cal.equals(null)).isFalse();
    SchoolCalendar renamed = SchoolCalendar.builder("Other", FIRST, LAST).day(d(2026, 8, 17), SchoolDayKind.FULL)
        .day(d(2026, 8, 18), SchoolDayKind.PARTIAL).day(d(2026, 8, 19), SchoolDayKind.ESY_ONLY)
        .days(List.of(d(2026, 8, 20), d(2026, 8, 21)), SchoolDayKind.FULL).build();
    assertThat(cal.equals(renamed)).isFalse();
    // Same school days but the 18th full instead of partial: a different calendar.
    SchoolCalendar allFull = SchoolCalendar.builder("Test district 2026-27", FIRST, LAST)
        .days(List.of(d(2026, 8, 17), d(2026, 8, 18), d(2026, 8, 20), d(2026, 8, 21)), SchoolDayKind.FULL)
        .day(d(2026, 8, 19), SchoolDayKind.ESY_ONLY).build();
    assertThat(cal.equals(allFull)).isFalse();
  }

  @Test
  void calendarsThatDifferInOneComponentHashDifferently() {
    // Not required by the contract, but a hash that ignored a component would pile calendars up.
    // Two one-week calendars with no day listed, differing only in name:
    assertThat(SchoolCalendar.builder("A", d(2026, 8, 3), d(2026, 8, 9)).build().hashCode())
        .isNotEqualTo(SchoolCalendar.builder("B", d(2026, 8, 3), d(2026, 8, 9)).build().hashCode());
    // only in the first covered date (the same length, so the same empty day list):
    assertThat(SchoolCalendar.builder("A", d(2026, 8, 3), d(2026, 8, 9)).build().hashCode())
        .isNotEqualTo(SchoolCalendar.builder("A", d(2026, 8, 4), d(2026, 8, 10)).build().hashCode());
    // only in one day's kind:
    assertThat(SchoolCalendar.builder("A", d(2026, 8, 3), d(2026, 8, 9)).day(d(2026, 8, 3), SchoolDayKind.FULL)
        .build().hashCode())
        .isNotEqualTo(SchoolCalendar.builder("A", d(2026, 8, 3), d(2026, 8, 9)).day(d(2026, 8, 3),
            SchoolDayKind.PARTIAL).build().hashCode());
  }
}
