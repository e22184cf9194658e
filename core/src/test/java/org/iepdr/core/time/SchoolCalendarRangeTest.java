package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A reversed range of closed school days is refused, not read as empty (issue 13). */
class SchoolCalendarRangeTest {

  private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);

  @Test
  void aReversedRangeIsRefusedNamingItAndTheRangeMeant() {
    assertThatThrownBy(() -> SchoolCalendar.closedRange(LocalDate.of(2026, 9, 10), SEP_1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("closed"))
        .hasMessage("field 'closed' was 2026-09-10..2026-09-01; allowed: a range whose last day is on or after its"
            + " first day, such as 2026-09-01..2026-09-10");
  }

  @Test
  void aRangeEndingOneDayBeforeItStartsIsRefusedAndOneOfASingleDayIsThatDay() {
    assertThatThrownBy(() -> SchoolCalendar.closedRange(SEP_1, SEP_1.minusDays(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(SchoolCalendar.closedRange(SEP_1, SEP_1)).containsExactly(SEP_1);
    assertThat(SchoolCalendar.closedRange(SEP_1, SEP_1.plusDays(2)))
        .containsExactly(SEP_1, SEP_1.plusDays(1), SEP_1.plusDays(2));
  }

  @Test
  void aRangeOutsideTheCalendarYearsIsRefusedBeforeAnyDayIsListed() {
    assertThatThrownBy(() -> SchoolCalendar.closedRange(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("years");
  }

  /** Every range is either refused (reversed) or lists exactly its days, first and last included. */
  @Property(tries = 300)
  void aRangeIsRefusedExactlyWhenItIsReversed(@ForAll @IntRange(min = -40, max = 40) int length) {
    LocalDate to = SEP_1.plusDays(length);
    if (length < 0) {
      assertThatThrownBy(() -> SchoolCalendar.closedRange(SEP_1, to)).isInstanceOf(InvalidInputException.class);
    } else {
      assertThat(SchoolCalendar.closedRange(SEP_1, to)).hasSize(length + 1).startsWith(SEP_1).endsWith(to);
    }
  }
}
