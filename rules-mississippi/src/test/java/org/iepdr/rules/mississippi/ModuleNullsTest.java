package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The module's public entries name a null parameter (issue 13, "The API"). */
class ModuleNullsTest {

  @Test
  void withClosureNamesItsNullParameter() {
    MississippiModule ms = new MississippiModule();
    LocalDate day = LocalDate.of(2026, 11, 27);
    assertThatThrownBy(() -> ms.withClosure(null, "r", "s")).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> ms.withClosure(day, null, "s")).isInstanceOf(NullPointerException.class).hasMessage("reason");
    assertThatThrownBy(() -> ms.withClosure(day, "r", null)).isInstanceOf(NullPointerException.class).hasMessage("source");
  }
}
