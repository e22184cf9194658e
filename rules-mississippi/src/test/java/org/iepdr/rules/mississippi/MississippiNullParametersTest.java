package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.iepdr.core.testing.NullChecker;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of this module's exported package names its null parameter
 * (issue 13, "The API"), as core's {@code NullParametersTest} and {@code NullInstanceMethodsTest}
 * require of core: the module, its rule book and jurisdiction and what their accessors return are the
 * sample instances. Not checked: the rules' {@code evaluate} and {@code plan}, callbacks the engine makes
 * with its own arguments.
 */
class MississippiNullParametersTest {

  @Test
  void everyPublicEntryNamesItsNullParameter() throws Exception {
    MississippiModule module = new MississippiModule();
    NullChecker checker = NullChecker.checkModule(module, "org/iepdr/rules/mississippi", module.holidays());
    System.out.println("MississippiNullParametersTest: " + checker.staticChecked() + " of them static; "
        + checker.summary());
    assertThat(checker.checked() - checker.staticChecked()).as("instance entries checked").isPositive();
    assertThat(checker.failures()).as(checker.summary()).isEmpty();
  }

  @Test
  void aClosureNeedsADate() {
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> new MississippiModule().withClosure(null, "storm", "board minutes"))
        .withMessageStartingWith("date");
    assertThat(new MississippiModule().withClosure(LocalDate.of(2026, 3, 2), "storm", "board minutes")).isNotNull();
  }
}
