package org.iepdr.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.iepdr.core.IepdrException;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;

/**
 * The {@code iepdr} command: US special-education dispute-resolution rules on the command line.
 *
 * <p>Run {@code java -jar iepdr.jar --help}. Every command exits with a code of the one table of
 * {@link ExitCode}: 0 nothing found, 1 something found, 2 bad input or usage, 3 an internal error (a
 * bug: please report it with {@code --verbose} output), 4 a batch with invalid lines, 5 output that
 * could not be written.
 */
@Command(name = "iepdr", mixinStandardHelpOptions = true, versionProvider = IepdrCommand.Version.class,
    description = "US special-education (IEP) dispute-resolution rules: check cases, plan dates, show"
        + " escalation ladders and rule catalogues, count days, simulate populations of disputes.",
    subcommands = {CheckCommand.class, BatchCommand.class, DueCommand.class, PlanCommand.class, LadderCommand.class,
        RulesCommand.class, DaysCommand.class, SimulateCommand.class, ReportCommand.class, ConformCommand.class,
        TestCommand.class,
        CommandLine.HelpCommand.class,
        AutoComplete.GenerateCompletion.class})
public final class IepdrCommand implements Runnable {

  /** Exit code: nothing found (see {@link ExitCode}). */
  public static final int OK = ExitCode.OK;
  /** Exit code: violations found, no lawful date (see {@link ExitCode}). */
  public static final int VIOLATIONS = ExitCode.FOUND;
  /** Exit code: bad input or usage (see {@link ExitCode}). */
  public static final int BAD_INPUT = ExitCode.BAD_INPUT;
  /** Exit code: internal error (see {@link ExitCode}). */
  public static final int INTERNAL = ExitCode.INTERNAL;

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  @Option(names = "--no-color", scope = CommandLine.ScopeType.INHERIT,
      description = "No colour, even on a terminal (also when the environment variable NO_COLOR is set).")
  boolean noColor;

  private final RuleBook book;
  private final Environment environment;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Creates the command over a rule book, in the process's environment.
   *
   * @param book the installed rules
   */
  public IepdrCommand(RuleBook book) {
    this(book, Environment.system());
  }

  IepdrCommand(RuleBook book, Environment environment) {
    this.book = Objects.requireNonNull(book, "book");
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /**
   * What the tool sees of its process: standard input, whether it runs on a terminal, the environment
   * variables.
   *
   * @param in standard input
   * @param terminal whether standard input and output are a terminal ({@code System.console() != null};
   *     Java 17 has no finer test)
   * @param variables the environment variables
   */
  record Environment(InputStream in, boolean terminal, Map<String, String> variables) {

    static Environment system() {
      return new Environment(System.in, System.console() != null, System.getenv());
    }

    static Environment of(InputStream in) {
      return new Environment(in, false, Map.of());
    }
  }

  /**
   * Returns the rule book the commands answer from.
   *
   * @return the book
   */
  RuleBook book() {
    return book;
  }

  /**
   * Returns the process environment.
   *
   * @return the environment
   */
  Environment environment() {
    return environment;
  }

  /**
   * Returns whether output may be coloured: on a terminal, without {@code --no-color}, without
   * {@code NO_COLOR}.
   *
   * @return true to colour
   */
  boolean colour() {
    return ansi(noColor, environment) == Help.Ansi.ON;
  }

  /**
   * Decides colour: off with {@code --no-color} or a non-empty {@code NO_COLOR} (no-color.org), else on
   * when standard output is a terminal.
   *
   * @param noColor whether {@code --no-color} was given
   * @param environment the environment
   * @return {@link Help.Ansi#ON} or {@link Help.Ansi#OFF}
   */
  static Help.Ansi ansi(boolean noColor, Environment environment) {
    String v = environment.variables().get("NO_COLOR");
    if (noColor || (v != null && !v.isEmpty())) {
      return Help.Ansi.OFF;
    }
    return environment.terminal() ? Help.Ansi.ON : Help.Ansi.OFF;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand: check, batch, due, plan, ladder,"
        + " rules, days, simulate, test or generate-completion (see --help)");
  }

  /**
   * Runs the tool with the rules installed on the class path and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Output.Checked out = new Output.Checked(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code;
    try {
      code = execute(RuleBook.load(), out, err, Environment.system(), args);
    } catch (IepdrException e) {
      err.println("iepdr: the installed rule modules cannot be loaded: " + Escape.lines(e.getMessage()));
      code = ExitCode.INTERNAL;
    } catch (Throwable e) { // an Error outside a command: never exit 1 ("found something") for it
      code = ExitCode.INTERNAL;
      err.println("iepdr: internal error: " + e);
    }
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool and returns its exit code (for tests and embedding), reading standard input from
   * {@code System.in}.
   *
   * @param book the installed rules
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code, one of {@link ExitCode}
   */
  public static int execute(RuleBook book, PrintWriter out, PrintWriter err, String... args) {
    return execute(book, out, err, Environment.of(System.in), args);
  }

  static int execute(RuleBook book, PrintWriter out, PrintWriter err, Environment environment, String... args) {
    IepdrCommand top = new IepdrCommand(book, environment);
    CommandLine cl = new CommandLine(top);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    boolean noColorArg = false;
    for (String a : args) {
      if ("--".equals(a)) {
        break;
      }
      noColorArg |= "--no-color".equals(a);
    }
    cl.setColorScheme(Help.defaultColorScheme(ansi(noColorArg, environment)));
    exitCodeTable(cl);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, commandLine.getCommandName(),
        top.verbose, err));
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // picocli passes an Error on; an out-of-memory condition is an internal error, never "found something"
      err.println("iepdr: internal error: " + (e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage()
          + "); give the JVM more heap with -Xmx, or smaller input" : "stack overflow"));
      code = ExitCode.INTERNAL;
    }
    if (code != ExitCode.OUTPUT_FAILED && out.checkError()) {
      code = report(Output.failed(out, "standard output"), cl.getParseResult() == null ? "iepdr"
          : lastCommand(cl.getParseResult()), top.verbose, err);
    }
    err.flush();
    return code;
  }

  private static String lastCommand(CommandLine.ParseResult r) {
    List<CommandLine> cls = r.asCommandLineList();
    return cls.get(cls.size() - 1).getCommandName();
  }

  /** Shows the one exit-code table in the help of the tool and of every subcommand. */
  private static void exitCodeTable(CommandLine cl) {
    cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.table());
    for (CommandLine sub : cl.getSubcommands().values()) {
      exitCodeTable(sub);
    }
  }

  /**
   * Reports an exception of a command on standard error and returns its exit code.
   *
   * @param ex the exception
   * @param command the command's name
   * @param verbose whether to print the stack trace
   * @param err standard error
   * @return the exit code
   */
  static int report(Throwable ex, String command, boolean verbose, PrintWriter err) {
    String prefix = "iepdr " + command + ": ";
    if (ex instanceof Output.OutputFailedException o) {
      if (!o.closedPipe()) {
        err.println(prefix + Escape.lines(String.valueOf(o.getMessage())) + " (exit code 5: output failed)");
      }
      return ExitCode.OUTPUT_FAILED;
    }
    if (ex instanceof CaseFileException c) {
      List<CaseFileProblem> ps = c.problems();
      err.println(prefix + ps.size() + " problem" + (ps.size() == 1 ? "" : "s") + " in the case file:");
      for (CaseFileProblem p : ps) {
        err.println("  " + Escape.text(p.toString()));
      }
    } else if (ex instanceof IepdrException || ex instanceof BadInputException) {
      err.println(prefix + Escape.lines(String.valueOf(ex.getMessage())));
    } else {
      err.println(prefix + "internal error: " + Escape.lines(String.valueOf(ex)));
      if (verbose) {
        printTrace(ex, err);
      }
      return ExitCode.INTERNAL;
    }
    if (verbose) {
      printTrace(ex, err);
    } else {
      err.println("(exit code 2: bad input; add --verbose for details)");
    }
    return ExitCode.BAD_INPUT;
  }

  /** Prints a stack trace with every line escaped (a message can quote an id), its leading tabs kept. */
  private static void printTrace(Throwable ex, PrintWriter err) {
    java.io.StringWriter sw = new java.io.StringWriter();
    ex.printStackTrace(new PrintWriter(sw));
    for (String line : sw.toString().split("\\R")) {
      int tabs = 0;
      while (tabs < line.length() && line.charAt(tabs) == '\t') {
        tabs++;
      }
      err.println(line.substring(0, tabs) + Escape.text(line.substring(tabs)));
    }
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
