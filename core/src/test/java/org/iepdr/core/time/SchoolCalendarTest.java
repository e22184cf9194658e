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
}
