package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Pins the every-day calendar: it covers every {@link LocalDate}, its range errors name the end of
 * time the arithmetic ran into, and it counts up to 2^31 - 1 days either way.
 */
class AllDaysCalendarTest {

  private static final WorkingDayCalendar ALL = AllDaysCalendar.INSTANCE;

  @Test
  void isTheCalendarDayCalendarOfEveryCounterAndCoversEveryDate() {
    DayCounter counter = DayCounter.of(ZoneId.of("America/New_York"),
        BusinessCalendar.of(FederalHolidays.calendar(), 2026, 2026));
    assertThat(counter.calendarFor(DayCount.CALENDAR)).isSameAs(ALL);
    assertThat(ALL.dayCount()).isEqualTo(DayCount.CALENDAR);
    assertThat(ALL.name()).isEqualTo("calendar days");
    assertThat(ALL).hasToString("WorkingDayCalendar[calendar days]");
    assertThat(ALL.firstCovered()).isEqualTo(LocalDate.MIN);
    assertThat(ALL.lastCovered()).isEqualTo(LocalDate.MAX);
    assertThat(ALL.isWorkingDay(LocalDate.of(2026, 3, 7))).isTrue(); // a Saturday
  }

  @Test
  void everyDateIsItsOwnNearestWorkingDay() {
    LocalDate saturday = LocalDate.of(2026, 3, 7);
    assertThat(ALL.nextOrSame(saturday)).isEqualTo(saturday);
    assertThat(ALL.previousOrSame(saturday)).isEqualTo(saturday);
    assertThat(ALL.previousOrSame(LocalDate.MIN)).isEqualTo(LocalDate.MIN);
    assertThat(ALL.nextOrSame(LocalDate.MAX)).isEqualTo(LocalDate.MAX);
  }

  @Test
  void arithmeticPastTheEndsOfTimeNamesTheEndItRanInto() {
    // Zero days never leave the covered range, even at its ends.
    assertThat(ALL.plus(LocalDate.MAX, 0)).isEqualTo(LocalDate.MAX);
    assertThat(ALL.minus(LocalDate.MIN, 0)).isEqualTo(LocalDate.MIN);
    assertThat(ALL.plus(LocalDate.MAX.minusDays(1), 1)).isEqualTo(LocalDate.MAX);
    assertThat(ALL.minus(LocalDate.MIN.plusDays(1), 1)).isEqualTo(LocalDate.MIN);
    // Forward (plus n > 0, minus n < 0) runs into LocalDate.MAX; backward into LocalDate.MIN.
    assertRequested(() -> ALL.plus(LocalDate.MAX, 1), LocalDate.MAX);
    assertRequested(() -> ALL.minus(LocalDate.MAX, -1), LocalDate.MAX);
    assertRequested(() -> ALL.plus(LocalDate.MIN, -1), LocalDate.MIN);
    assertRequested(() -> ALL.minus(LocalDate.MIN, 1), LocalDate.MIN);
  }

  private static void assertRequested(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, LocalDate end) {
    assertThatThrownBy(call).isInstanceOfSatisfying(CalendarRangeException.class, e -> {
      assertThat(e.requested()).isEqualTo(end);
      assertThat(e.firstCovered()).isEqualTo(LocalDate.MIN);
      assertThat(e.lastCovered()).isEqualTo(LocalDate.MAX);
      assertThat(e.getMessage()).contains("calendar 'calendar days'");
    });
  }

  @Test
  void countsUpToTwoToTheThirtyFirstMinusOneDaysEitherWay() {
    LocalDate epoch = LocalDate.ofEpochDay(0); // 1970-01-01
    // (epoch, epoch + (2^31 - 1)] holds exactly Integer.MAX_VALUE days; one more does not fit an int.
    assertThat(ALL.countBetween(epoch, LocalDate.ofEpochDay(Integer.MAX_VALUE))).isEqualTo(Integer.MAX_VALUE);
    assertThat(ALL.countBetween(epoch, LocalDate.ofEpochDay(Integer.MAX_VALUE - 1L))).isEqualTo(Integer.MAX_VALUE - 1);
    assertThatThrownBy(() -> ALL.countBetween(epoch, LocalDate.ofEpochDay(Integer.MAX_VALUE + 1L)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endInclusive"));
    // Backward the count is negative, down to Integer.MIN_VALUE = -2^31.
    assertThat(ALL.countBetween(epoch, LocalDate.ofEpochDay(Integer.MIN_VALUE))).isEqualTo(Integer.MIN_VALUE);
    assertThat(ALL.countBetween(epoch, LocalDate.ofEpochDay(Integer.MIN_VALUE + 1L))).isEqualTo(Integer.MIN_VALUE + 1);
    assertThatThrownBy(() -> ALL.countBetween(epoch, LocalDate.ofEpochDay(Integer.MIN_VALUE - 1L)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endInclusive"));
  }
}
