package org.iepdr.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.iepdr.core.rules.Jurisdiction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code iepdr rules --state MO}: the rule catalogue, generated from the rules' own metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "The jurisdiction's rule catalogue from the rules' own metadata: ID, kind, in force from/to,"
        + " counting, citations with the quoted sentence.")
final class RulesCommand implements Callable<Integer> {

  @ParentCommand
  IepdrCommand parent;

  @Option(names = "--state", required = true, paramLabel = "CODE", description = "The jurisdiction, e.g. MO.")
  String state;

  @Option(names = "--in-force-on", paramLabel = "DATE", description = "Only the rules in force on this date.")
  @Nullable LocalDate inForceOn;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
  RuleCatalogue.Format format;

  @Override
  public Integer call() {
    Jurisdiction j = parent.book().jurisdiction(state);
    PrintWriter out = parent.spec.commandLine().getOut();
    out.print(RuleCatalogue.render(format, j, inForceOn == null ? j.rules() : j.rulesInForce(inForceOn)));
    return ExitCode.OK;
  }
}
