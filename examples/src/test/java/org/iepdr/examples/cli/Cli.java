package org.iepdr.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.iepdr.core.rules.RuleBook;

/** Runs the tool in-process for tests. */
final class Cli {

  static final RuleBook BOOK = RuleBook.load();

  private Cli() {}

  /** The outcome of one run. */
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    return run(IepdrCommand.Environment.of(new ByteArrayInputStream(new byte[0])), args);
  }

  /** Runs with bytes on standard input. */
  static Result runWithInput(byte[] stdin, String... args) {
    return run(IepdrCommand.Environment.of(new ByteArrayInputStream(stdin)), args);
  }

  /** Runs in an environment (a terminal or not, environment variables). */
  static Result run(IepdrCommand.Environment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = IepdrCommand.execute(BOOK, new PrintWriter(out), new PrintWriter(err), env, args);
    return new Result(code, out.toString(), err.toString());
  }
}
