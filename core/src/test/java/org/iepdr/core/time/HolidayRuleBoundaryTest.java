package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The edges of a holiday rule's arguments and years, its equality and its text. */
class HolidayRuleBoundaryTest {

  private static final HolidayRule MLK = HolidayRule.nthWeekday("MLK Day", Month.JANUARY, 3, DayOfWeek.MONDAY, "5 USC 6103");

  @Test
  void theOrdinalIsOneToFiveAndTextsMustNotBeBlank() {
    assertThat(HolidayRule.nthWeekday("a", Month.MAY, 1, DayOfWeek.MONDAY, "s")).isNotNull();
    assertThat(HolidayRule.nthWeekday("a", Month.MAY, 5, DayOfWeek.MONDAY, "s")).isNotNull();
    assertThat(catchThrowable(() -> HolidayRule.nthWeekday("a", Month.MAY, 0, DayOfWeek.MONDAY, "s")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'n' was 0");
    assertThat(catchThrowable(() -> HolidayRule.nthWeekday("a", Month.MAY, 6, DayOfWeek.MONDAY, "s")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'n' was 6");
    assertThat(catchThrowable(() -> HolidayRule.nthWeekday(" ", Month.MAY, 1, DayOfWeek.MONDAY, "s")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'name'");
    assertThat(catchThrowable(() -> HolidayRule.nthWeekday("a", Month.MAY, 1, DayOfWeek.MONDAY, "")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'source'");
    assertThat(catchThrowable(() -> HolidayRule.lastWeekday(" ", Month.MAY, DayOfWeek.MONDAY, "s")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'name'");
    assertThat(catchThrowable(() -> HolidayRule.lastWeekday("a", Month.MAY, DayOfWeek.MONDAY, " ")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'source'");
  }

  @Test
  void yearsAreCheckedAtTheirEdges() {
    int min = Year.MIN_VALUE + 1;
    int max = Year.MAX_VALUE - 1;
    assertThat(MLK.validFrom(min)).isEqualTo(MLK);
    assertThat(MLK.validTo(max)).isEqualTo(MLK);
    assertThat(catchThrowable(() -> MLK.validFrom(min - 1))).isInstanceOf(InvalidInputException.class);
    assertThat(catchThrowable(() -> MLK.validTo(max + 1))).isInstanceOf(InvalidInputException.class);
    assertThat(catchThrowable(() -> MLK.inYear(max + 1, ObservancePolicy.NONE)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(catchThrowable(() -> MLK.inYear(min - 1, ObservancePolicy.NONE)))
        .isInstanceOf(InvalidInputException.class);
    HolidayRule from1986 = MLK.validFrom(1986);
    assertThat(from1986.validTo(1986).inYear(1986, ObservancePolicy.NONE)).isPresent();
    assertThat(catchThrowable(() -> from1986.validTo(1985))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1986");
    HolidayRule to1990 = MLK.validTo(1990);
    assertThat(to1990.validFrom(1990).inYear(1990, ObservancePolicy.NONE)).isPresent();
    assertThat(catchThrowable(() -> to1990.validFrom(1991))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1990");
    assertThat(from1986.inYear(1985, ObservancePolicy.NONE)).isEmpty();
    assertThat(to1990.inYear(1991, ObservancePolicy.NONE)).isEmpty();
    assertThat(to1990.inYear(1990, ObservancePolicy.NONE)).hasValueSatisfying(h ->
        assertThat(h.date()).isEqualTo(LocalDate.of(1990, 1, 15)));
  }

  @Test
  void equalityHashAndTextFollowEveryField() {
    HolidayRule same = HolidayRule.nthWeekday("MLK Day", Month.JANUARY, 3, DayOfWeek.MONDAY, "5 USC 6103");
    assertThat(MLK).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("MLK Day").isEqualTo(MLK);
    assertThat(MLK).isNotEqualTo(MLK.validFrom(1986)).isNotEqualTo(MLK.observedBy(ObservancePolicy.NONE))
        .isNotEqualTo(HolidayRule.nthWeekday("MLK", Month.JANUARY, 3, DayOfWeek.MONDAY, "5 USC 6103"))
        .isNotEqualTo(HolidayRule.nthWeekday("MLK Day", Month.JANUARY, 3, DayOfWeek.MONDAY, "other"))
        .isNotEqualTo(HolidayRule.nthWeekday("MLK Day", Month.JANUARY, 2, DayOfWeek.MONDAY, "5 USC 6103"));
    assertThat(MLK.hashCode()).isNotEqualTo(MLK.validFrom(1986).hashCode());
    assertThat(MLK.observancePolicy()).isEmpty();
    assertThat(MLK.observedBy(ObservancePolicy.NONE).observancePolicy()).contains(ObservancePolicy.NONE);
    assertThat(MLK.name()).isEqualTo("MLK Day");
    assertThat(MLK.source()).isEqualTo("5 USC 6103");
    assertThat(MLK).hasToString("MLK Day: 3rd MONDAY of JANUARY (5 USC 6103)");
    assertThat(HolidayRule.nthWeekday("a", Month.MAY, 1, DayOfWeek.MONDAY, "s")).hasToString("a: 1st MONDAY of MAY (s)");
    assertThat(HolidayRule.nthWeekday("a", Month.MAY, 2, DayOfWeek.MONDAY, "s")).hasToString("a: 2nd MONDAY of MAY (s)");
    assertThat(HolidayRule.nthWeekday("a", Month.MAY, 4, DayOfWeek.MONDAY, "s")).hasToString("a: 4th MONDAY of MAY (s)");
    assertThat(MLK.validFrom(1986)).hasToString("MLK Day: 3rd MONDAY of JANUARY, 1986.. (5 USC 6103)");
    assertThat(MLK.validTo(1990)).hasToString("MLK Day: 3rd MONDAY of JANUARY, ..1990 (5 USC 6103)");
    assertThat(MLK.observedBy(ObservancePolicy.NONE))
        .hasToString("MLK Day: 3rd MONDAY of JANUARY, observed NONE (5 USC 6103)");
    assertThat(HolidayRule.fixed("x", Month.JULY, 4, "s")).hasToString("x: JULY 4 (s)");
    assertThat(HolidayRule.lastWeekday("y", Month.MAY, DayOfWeek.MONDAY, "s")).hasToString("y: last MONDAY of MAY (s)");
  }
}
