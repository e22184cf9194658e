package org.iepdr.rules.missouri;

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
class MissouriNullParametersTest {

  @Test
  void everyPublicEntryNamesItsNullParameter() throws Exception {
    MissouriModule module = new MissouriModule();
    NullChecker checker = NullChecker.checkModule(module, "org/iepdr/rules/missouri", module.holidays());
    System.out.println("MissouriNullParametersTest: " + checker.staticChecked() + " of them static; "
        + checker.summary());
    assertThat(checker.checked() - checker.staticChecked()).as("instance entries checked").isPositive();
    assertThat(checker.failures()).as(checker.summary()).isEmpty();
  }

  @Test
  void aClosureNeedsADate() {
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> new MissouriModule().withClosure(null, "storm", "board minutes"))
        .withMessageStartingWith("date");
    assertThat(new MissouriModule().withClosure(LocalDate.of(2026, 3, 2), "storm", "board minutes")).isNotNull();
  }
}
