package org.iepdr.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.testing.Fixtures;
import org.iepdr.core.testing.NullChecker;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.casefile.CaseFileWriter;
import org.iepdr.json.output.EvaluationJson;
import org.iepdr.json.simulation.ParameterFile;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of iepdr-json's exported packages names its null parameter
 * (issue 13, "The API"), as core's {@code NullParametersTest} and {@code NullInstanceMethodsTest}
 * require of core: the case-file reader and writer, the output writers and the simulation files, with a
 * rule book, the US jurisdiction, a case and its evaluation, a JSON tree and a bundled parameter file as
 * samples.
 */
class JsonNullParametersTest {

  private static final List<String> PACKAGES = List.of("org/iepdr/json/casefile", "org/iepdr/json/output",
      "org/iepdr/json/simulation", "org/iepdr/json/testfile");

  @Test
  void everyPublicEntryNamesItsNullParameter() throws Exception {
    Path root = Path.of(CaseFileReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = NullChecker.publicTypes(root, PACKAGES);
    NullChecker checker = new NullChecker(c -> c.getName().startsWith("org.iepdr."));
    RuleBook book = RuleBook.of(new org.iepdr.core.idea.IdeaModule());
    Jurisdiction us = book.jurisdiction("US");
    Case aCase = Fixtures.caseBuilder().build();
    Evaluation evaluation = us.evaluate(aCase, LocalDate.of(2026, 3, 2));
    Function<String, Optional<ZoneId>> zones = s -> Optional.of(Fixtures.ZONE);
    org.iepdr.core.caseload.DueList due = new org.iepdr.core.caseload.DueList(
        org.iepdr.core.caseload.DueWindow.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 30)));
    due.add(evaluation);
    checker.add(book, us, aCase, evaluation, zones, due, org.iepdr.core.message.Language.ENGLISH, CaseFileReader.forRuleBook(book),
        org.iepdr.json.testfile.TestFileReader.forRuleBook(book),
        new CaseFileWriter(Fixtures.ZONE), EvaluationJson.toTree(us, evaluation), ParameterFile.bundled("MO"),
        org.iepdr.json.output.BatchLineWriter.to(new java.io.StringWriter()));
    checker.explore(2, Set.of());
    checker.checkStatic(types);
    int statics = checker.checked();
    checker.check(types, m -> false);

    System.out.println("JsonNullParametersTest: " + statics + " of them static; " + checker.summary());
    assertThat(statics).as("static entries checked").isGreaterThan(20);
    assertThat(checker.checked() - statics).as("instance entries checked").isGreaterThan(5);
    assertThat(checker.failures()).as(checker.summary()).isEmpty();
  }
}
