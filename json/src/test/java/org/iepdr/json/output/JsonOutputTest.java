package org.iepdr.json.output;

import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DateWindow;
import org.iepdr.core.time.DayPeriod;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shared pieces of the outputs: an open end is an absent field (a deadline's window always has a
 * last day; the core refuses one without).
 */
class JsonOutputTest {

  static Deadline deadline(DateWindow window) {
    return Deadline.builder().ruleId(RuleId.of("US.TEST")).action(Message.literal("d")).trigger("t")
        .triggerDate(LocalDate.of(2026, 3, 2)).period(DayPeriod.calendarDays(10)).window(window)
        .status(DeadlineStatus.PENDING)
        .citation(Citation.regulation("300.1", "q")).build();
  }

  @Test
  void aWindowWithoutAFirstDayHasNoEarliestField() {
    ObjectNode d = JsonOutput.deadline(deadline(DateWindow.onOrBefore(LocalDate.of(2026, 3, 12))), Language.ENGLISH);
    assertThat(d.has("earliest")).isFalse();
    assertThat(d.get("latest").asString()).isEqualTo("2026-03-12");
    assertThat(d.toString()).doesNotContain("999999999");
  }

  @Test
  void aClosedWindowHasBothEnds() {
    ObjectNode d = JsonOutput.deadline(deadline(DateWindow.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 12))), Language.ENGLISH);
    assertThat(d.get("earliest").asString()).isEqualTo("2026-03-02");
    assertThat(d.get("latest").asString()).isEqualTo("2026-03-12");
  }
}
