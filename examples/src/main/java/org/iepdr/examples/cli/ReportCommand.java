package org.iepdr.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code iepdr report}: the reports a state agency files, computed from case files. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Reports computed from many cases. See the subcommands.",
    subcommands = {Section618Command.class})
final class ReportCommand implements Callable<Integer> {

  @ParentCommand
  IepdrCommand parent;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new BadInputException("name a report: iepdr report section-618 --year 2025-26 CASES.jsonl");
  }
}
