package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleContext;
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
    Path root = Path.of(MissouriModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = NullChecker.publicTypes(root, List.of("org/iepdr/rules/missouri"));
    NullChecker checker = new NullChecker(c -> c.getName().startsWith("org.iepdr."));
    MissouriModule module = new MissouriModule();
    Jurisdiction j = RuleBook.of(new org.iepdr.core.idea.IdeaModule(), module).jurisdiction("MO");
    checker.add(module, j, j.counter(), module.holidays());
    checker.explore(2, Set.of());
    checker.checkStatic(types);
    int statics = checker.checked();
    checker.check(types, MissouriNullParametersTest::engineCallback);

    System.out.println("MissouriNullParametersTest: " + statics + " of them static; " + checker.summary());
    assertThat(checker.checked() - statics).as("instance entries checked").isPositive();
    assertThat(checker.failures()).as(checker.summary()).isEmpty();
  }

  private static boolean engineCallback(Method m) {
    return Rule.class.isAssignableFrom(m.getDeclaringClass()) && (m.getName().equals("evaluate")
        && m.getParameterCount() == 1 && m.getParameterTypes()[0] == RuleContext.class
        || m.getName().equals("plan") && m.getParameterCount() == 3);
  }

  @Test
  void aClosureNeedsADate() {
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> new MissouriModule().withClosure(null, "storm", "board minutes"))
        .withMessageStartingWith("date");
    assertThat(new MissouriModule().withClosure(LocalDate.of(2026, 3, 2), "storm", "board minutes")).isNotNull();
  }
}
