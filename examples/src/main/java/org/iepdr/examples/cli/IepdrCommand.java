package org.iepdr.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.iepdr.core.IepdrException;
import org.iepdr.core.rules.RuleBook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code iepdr} command: US special-education dispute-resolution rules on the command line.
 *
 * <p>Run {@code java -jar iepdr.jar --help}. Exit codes: 0 no violation, 1 violations found, 2 bad
 * input or usage, 3 an internal error (a bug: please report it with {@code --verbose} output).
 */
@Command(name = "iepdr", mixinStandardHelpOptions = true, versionProvider = IepdrCommand.Version.class,
    description = "US special-education (IEP) dispute-resolution rules: check cases, plan dates, show"
        + " escalation ladders and rule catalogues, count days, simulate populations of disputes.",
    subcommands = {CheckCommand.class, BatchCommand.class, PlanCommand.class, LadderCommand.class,
        RulesCommand.class, DaysCommand.class, SimulateCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no violation", "1:violations found (check, batch) or no lawful date (plan)",
        "2:bad input or usage", "3:internal error"})
public final class IepdrCommand implements Runnable {

  /** Exit code: no violation. */
  public static final int OK = 0;
  /** Exit code: violations found. */
  public static final int VIOLATIONS = 1;
  /** Exit code: bad input or usage. */
  public static final int BAD_INPUT = 2;
  /** Exit code: internal error. */
  public static final int INTERNAL = 3;

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  private final RuleBook book;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Creates the command over a rule book.
   *
   * @param book the installed rules
   */
  public IepdrCommand(RuleBook book) {
    this.book = Objects.requireNonNull(book, "book");
  }

  /**
   * Returns the rule book the commands answer from.
   *
   * @return the book
   */
  RuleBook book() {
    return book;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand: check, batch, plan, ladder,"
        + " rules, days or simulate (see --help)");
  }

  /**
   * Runs the tool with the rules installed on the class path and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = execute(RuleBook.load(), out, err, args);
    } catch (IepdrException e) {
      err.println("iepdr: the installed rule modules cannot be loaded: " + e.getMessage());
      code = INTERNAL;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool and returns its exit code (for tests and embedding).
   *
   * @param book the installed rules
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(RuleBook book, PrintWriter out, PrintWriter err, String... args) {
    IepdrCommand top = new IepdrCommand(book);
    CommandLine cl = new CommandLine(top);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean verbose = top.verbose;
      if (ex instanceof IepdrException || ex instanceof BadInputException) {
        err.println("iepdr " + commandLine.getCommandName() + ": " + ex.getMessage());
        if (verbose) {
          ex.printStackTrace(err);
        } else {
          err.println("(exit code 2: bad input; add --verbose for details)");
        }
        return BAD_INPUT;
      }
      err.println("iepdr " + commandLine.getCommandName() + ": internal error: " + ex);
      if (verbose) {
        ex.printStackTrace(err);
      }
      return INTERNAL;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The version, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = IepdrCommand.class.getPackage().getImplementationVersion();
      return new String[] {"iepdr " + (v == null ? "(development build)" : v),
          "Java " + System.getProperty("java.version")};
    }
  }
}
