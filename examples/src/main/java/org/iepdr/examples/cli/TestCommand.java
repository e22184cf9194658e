package org.iepdr.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.iepdr.core.conformance.ExpectationFailure;
import org.iepdr.core.conformance.TestCase;
import org.iepdr.core.conformance.TestCaseResult;
import org.iepdr.core.conformance.TestRun;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.testfile.TestFile;
import org.iepdr.json.testfile.TestFileException;
import org.iepdr.json.testfile.TestFileReader;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code iepdr test PATH...}: runs test files (cases with expectations) and reports every failure. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run test files (see docs/test-files.md): each case is evaluated and its expectations checked;"
        + " every failure is printed as expected/got with its file and line. Exits 0 when every test passes,"
        + " 1 when a test fails, 2 when a test file is bad (every problem listed).")
final class TestCommand implements Callable<Integer> {

  @ParentCommand
  IepdrCommand parent;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Test files, or directories searched (with their"
      + " subdirectories) for *.test.json, *.test.yaml and *.test.yml files.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--filter", paramLabel = "NAME|RULEID", description = "Run only the tests counted for this rule"
      + " ID or whose expectations name it, or whose name contains this text.")
  @Nullable String filter;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML (one test"
      + " suite per file) for a CI server.")
  @Nullable Path junit;

  @Override
  public Integer call() {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(TestFileReader::isTestFileName).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw new BadInputException(p + ": cannot be searched: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new BadInputException(p + ": no such file or directory");
      }
    }
    if (files.isEmpty()) {
      throw new BadInputException("no test files (*.test.json, *.test.yaml, *.test.yml) under " + paths);
    }
    TestFileReader reader = TestFileReader.forRuleBook(parent.book());
    List<TestFile> read = new ArrayList<>();
    List<CaseFileProblem> problems = new ArrayList<>();
    for (Path f : files) {
      try {
        read.add(reader.read(f));
      } catch (TestFileException e) {
        problems.addAll(e.problems());
      }
    }
    PrintWriter out = parent.spec.commandLine().getOut();
    PrintWriter err = parent.spec.commandLine().getErr();
    if (!problems.isEmpty()) {
      err.println("iepdr test: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
          + " in the test files:");
      for (CaseFileProblem p : problems) {
        err.println("  " + Escape.text(p.toString()));
      }
      err.println("(exit code 2: bad input)");
      return ExitCode.BAD_INPUT;
    }
    // open the JUnit file before the run: a path that cannot be opened is bad input
    Writer junitOut = junit == null ? null : Output.openFile(junit, "--junit");
    TestRun run = TestRun.of(parent.book());
    List<List<TestCaseResult>> results = new ArrayList<>();
    List<List<Long>> nanos = new ArrayList<>();
    int tests = 0;
    int failed = 0;
    for (TestFile f : read) {
      List<TestCaseResult> rs = new ArrayList<>();
      List<Long> ns = new ArrayList<>();
      for (TestCase c : f.cases()) {
        if (filter == null || c.matches(filter)) {
          long start = System.nanoTime();
          rs.add(run.run(c));
          ns.add(System.nanoTime() - start);
        }
      }
      results.add(rs);
      nanos.add(ns);
      for (TestCaseResult r : rs) {
        tests++;
        if (!r.passed()) {
          failed++;
          printFailure(out, r);
        }
      }
    }
    long ran = results.stream().filter(rs -> !rs.isEmpty()).count();
    out.println(String.format(Locale.ROOT, "%d test%s in %d file%s: %d passed, %d failed", tests,
        tests == 1 ? "" : "s", ran, ran == 1 ? "" : "s", tests - failed, failed));
    if (junitOut != null) {
      Output.writeAndClose(junitOut, JUnitXml.render(read, results, nanos), "--junit " + junit);
    }
    if (tests == 0) {
      err.println("iepdr test: no test matches --filter " + Escape.text(String.valueOf(filter)));
      return ExitCode.BAD_INPUT;
    }
    return failed == 0 ? ExitCode.OK : ExitCode.FOUND;
  }

  private static void printFailure(PrintWriter out, TestCaseResult r) {
    TestCase t = r.testCase();
    out.println("FAIL " + Escape.text(t.where()) + ": " + Escape.text(t.name()));
    r.error().ifPresent(e -> out.println("  the case cannot be evaluated: " + Escape.lines(e)));
    for (ExpectationFailure f : r.failures()) {
      out.println("  at " + Escape.text(f.expectation().where()));
      out.println("    expected: " + Escape.text(f.expected()));
      out.println("    got:      " + Escape.text(f.got()));
    }
  }

  /** The JUnit XML report (the format of Ant's and Surefire's reports, which CI servers read). */
  static final class JUnitXml {
    private JUnitXml() {}

    static String render(List<TestFile> files, List<List<TestCaseResult>> results, List<List<Long>> nanos) {
      StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
      for (int i = 0; i < files.size(); i++) {
        TestFile f = files.get(i);
        List<TestCaseResult> rs = results.get(i);
        if (rs.isEmpty()) {
          continue; // a file --filter left no test of
        }
        long failures = rs.stream().filter(r -> !r.failures().isEmpty()).count();
        long errors = rs.stream().filter(r -> r.error().isPresent()).count();
        double time = nanos.get(i).stream().mapToLong(Long::longValue).sum() / 1e9;
        sb.append("  <testsuite name=\"").append(attr(f.path())).append("\" tests=\"").append(rs.size())
            .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
            .append("\" skipped=\"0\" time=\"").append(String.format(Locale.ROOT, "%.3f", time)).append("\">\n");
        for (int k = 0; k < rs.size(); k++) {
          TestCaseResult r = rs.get(k);
          sb.append("    <testcase classname=\"").append(attr(f.name())).append("\" name=\"")
              .append(attr(r.testCase().name())).append("\" time=\"")
              .append(String.format(Locale.ROOT, "%.3f", nanos.get(i).get(k) / 1e9)).append('"');
          if (r.passed()) {
            sb.append("/>\n");
            continue;
          }
          sb.append(">\n");
          if (r.error().isPresent()) {
            sb.append("      <error message=\"").append(attr(r.error().get())).append("\"/>\n");
          } else {
            ExpectationFailure first = r.failures().get(0);
            sb.append("      <failure message=\"").append(attr("expected " + first.expected())).append("\">");
            for (ExpectationFailure x : r.failures()) {
              sb.append(attr(x.expectation().where() + "\n  expected: " + x.expected() + "\n  got:      " + x.got()
                  + "\n"));
            }
            sb.append("</failure>\n");
          }
          sb.append("    </testcase>\n");
        }
        sb.append("  </testsuite>\n");
      }
      return sb.append("</testsuites>\n").toString();
    }

    /** Escapes text for an XML attribute or element, dropping the characters XML 1.0 cannot hold. */
    static String attr(String s) {
      StringBuilder sb = new StringBuilder(s.length());
      s.codePoints().forEach(c -> {
        switch (c) {
          case '&' -> sb.append("&amp;");
          case '<' -> sb.append("&lt;");
          case '>' -> sb.append("&gt;");
          case '"' -> sb.append("&quot;");
          case '\n' -> sb.append("&#10;");
          case '\t' -> sb.append("&#9;");
          default -> {
            if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF)) {
              sb.appendCodePoint(c);
            } else {
              sb.append('?');
            }
          }
        }
      });
      return sb.toString();
    }
  }
}
