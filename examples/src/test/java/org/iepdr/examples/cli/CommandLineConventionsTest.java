package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import tools.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import org.iepdr.core.model.Case;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.json.casefile.CaseFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conventions every command keeps: the one exit-code table, output that is checked (a result not
 * written is exit code 5), input read the same way from a file and from standard input, the batch's
 * progress and threads, completion and colour, and output paths and dates that are refused with exit 2.
 */
class CommandLineConventionsTest {

  static final Path CASES = Path.of("cases");

  @TempDir
  Path tmp;

  static String oneLine(Path caseFile) throws IOException {
    return CliTest.JSON.readTree(Files.readString(caseFile)).toString();
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  // ---- 1. one exit-code table ----

  @Test
  void theHelpOfEveryCommandShowsTheOneExitCodeTable() {
    for (String cmd : new String[] {null, "check", "batch", "due", "plan", "ladder", "rules", "days", "simulate", "report"}) {
      Cli.Result r = cmd == null ? Cli.run("--help") : Cli.run(cmd, "--help");
      assertThat(r.code()).isZero();
      for (Map.Entry<String, String> e : ExitCode.table().entrySet()) {
        assertThat(r.out().replaceAll("\\s+", " ")).as(cmd + " --help").contains(e.getKey() + " " + e.getValue());
      }
    }
    assertThat(ExitCode.table()).containsOnlyKeys("0", "1", "2", "3", "4", "5");
  }

  @Test
  void theReadmeShowsTheOneExitCodeTable() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("## Exit codes");
    for (Map.Entry<String, String> e : ExitCode.table().entrySet()) {
      assertThat(readme).contains("| " + e.getKey() + " | " + e.getValue() + " |");
    }
  }

  @Test
  void anOutOfMemoryErrorIsAnInternalErrorNeverFoundSomething() {
    StringWriter err = new StringWriter();
    int code = IepdrCommand.report(new IllegalStateException("boom"), "check", false, new PrintWriter(err));
    assertThat(code).isEqualTo(3);
    // a command that runs out of memory: picocli passes the Error on, execute() turns it into exit 3
    int oom = IepdrCommand.execute(Cli.BOOK, new PrintWriter(new StringWriter()), new PrintWriter(err),
        IepdrCommand.Environment.of(new OomStream()), "check", "-");
    assertThat(oom).isEqualTo(3);
    assertThat(err.toString()).contains("out of memory");
  }

  /** Standard input that runs out of memory when read. */
  static final class OomStream extends java.io.InputStream {
    @Override
    public int read() {
      throw new OutOfMemoryError("Java heap space (simulated)");
    }

    @Override
    public byte[] readAllBytes() {
      throw new OutOfMemoryError("Java heap space (simulated)");
    }
  }

  // ---- 2. a result not written is an error ----

  /** An output stream that fails every write with the given message. */
  static OutputStream failing(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }
    };
  }

  static Cli.Result runInto(OutputStream stdout, String... args) {
    Output.Checked out = new Output.Checked(stdout);
    StringWriter err = new StringWriter();
    int code = IepdrCommand.execute(Cli.BOOK, out, new PrintWriter(err),
        IepdrCommand.Environment.of(new ByteArrayInputStream(new byte[0])), args);
    return new Cli.Result(code, "", err.toString());
  }

  List<String[]> everyCommand() throws IOException {
    Path batch = tmp.resolve("b.jsonl");
    Files.writeString(batch, oneLine(CASES.resolve("ms-complaint-verified-late.json")) + "\n");
    return List.of(new String[] {"batch", batch.toString()},
        new String[] {"due", "--from", "2026-03-16", "--to", "2026-03-29", "caseloads/bundled-cases.jsonl"},
        new String[] {"due", "--from", "2026-03-16", "--to", "2026-03-29", "caseloads/bundled-cases.jsonl", "--json"},
        new String[] {"check", CASES.resolve("ms-complaint-verified-late.json").toString()},
        new String[] {"check", CASES.resolve("mo-fiep-on-time.json").toString(), "--format", "json"},
        new String[] {"rules", "--state", "US"}, new String[] {"days", "--state", "US", "--from", "2026-11-20",
            "--add", "5"}, new String[] {"plan", "--state", "US", "RESOLUTION_MEETING", "--trigger", "2026-03-02"},
        new String[] {"ladder", "--state", "MO"}, new String[] {"--help"},
        new String[] {"report", "section-618", "--year", "2025-26", "populations/section-618-2025-26.jsonl"});
  }

  @Test
  void aFullDiskEndsEveryCommandWithExitCode5AndAMessage() throws IOException {
    for (String[] args : everyCommand()) {
      Cli.Result r = runInto(failing("No space left on device"), args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(5);
      assertThat(r.err()).as(String.join(" ", args)).contains("cannot write standard output: No space left on device",
          "exit code 5");
    }
  }

  @Test
  void aClosedPipeEndsEveryCommandWithExitCode5AndNoMessage() throws IOException {
    for (String[] args : everyCommand()) {
      Cli.Result r = runInto(failing("Broken pipe"), args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(5);
      assertThat(r.err()).as(String.join(" ", args)).doesNotContain("Broken pipe", "cannot write");
    }
  }

  @Test
  void devFullGivesExitCode5InProcess() throws IOException {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full exists on Linux");
    for (String[] args : everyCommand()) {
      try (FileOutputStream devFull = new FileOutputStream(full)) {
        Cli.Result r = runInto(devFull, args);
        assertThat(r.code()).as(String.join(" ", args)).isEqualTo(5);
        assertThat(r.err()).contains("No space left on device");
      }
    }
  }

  static ProcessBuilder tool(String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), IepdrCommand.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  @Test
  void theToolItselfExits5OnDevFullWithAMessageAndOnAClosedPipeWithout() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full exists on Linux");
    Process p = tool("rules", "--state", "US").redirectOutput(full).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(5);
    assertThat(err).contains("iepdr rules: cannot write standard output: No space left on device");

    Path big = tmp.resolve("big.jsonl");
    String line = oneLine(CASES.resolve("ms-complaint-verified-late.json")) + "\n";
    Files.writeString(big, line.repeat(3000));
    Process q = tool("batch", big.toString()).start();
    q.getInputStream().close(); // the reader goes away, as `| head` does
    String qerr = new String(q.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(q.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(q.exitValue()).isEqualTo(5);
    assertThat(qerr).isEmpty();
  }

  @Test
  void aBatchAppendingToItsOwnInputReadsOnlyWhatTheInputHeldAtTheStart() throws IOException {
    Path f = tmp.resolve("self.jsonl");
    String line = oneLine(CASES.resolve("ms-complaint-verified-late.json")) + "\n";
    Files.writeString(f, line.repeat(3));
    // batch f >> f: standard output appends to the input file while the batch reads it
    try (FileOutputStream append = new FileOutputStream(f.toFile(), true)) {
      Cli.Result r = runInto(append, "batch", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains("3 cases");
    }
    assertThat(Files.readAllLines(f)).hasSize(3 + 3 + 1);
  }

  // ---- 3. encodings and input forms ----

  @Test
  void checkReadsStandardInputAsBatchDoes() throws IOException {
    Path file = CASES.resolve("ms-complaint-verified-late.json");
    Cli.Result fromFile = Cli.run("check", file.toString());
    Cli.Result fromStdin = Cli.runWithInput(Files.readAllBytes(file), "check", "-");
    assertThat(fromStdin.code()).isEqualTo(fromFile.code()).isEqualTo(1);
    assertThat(fromStdin.out()).isEqualTo(fromFile.out());
    Cli.Result bad = Cli.runWithInput("{\"id\": 1}".getBytes(StandardCharsets.UTF_8), "check", "-");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("<stdin>:1:");
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  @Test
  void invalidUtf8IsThatLinesProblemWithLineAndColumnFromAFileAndFromStandardInput() throws IOException {
    byte[] good = (oneLine(CASES.resolve("ms-complaint-verified-late.json")) + "\n").getBytes(StandardCharsets.UTF_8);
    String text = oneLine(CASES.resolve("mo-fiep-on-time.json"));
    int cut = text.indexOf("mo-fiep") + 3;
    byte[] bad = concat(text.substring(0, cut).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28},
        (text.substring(cut) + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] input = concat(good, bad, good);
    Path f = write("mixed.jsonl", input);
    for (Cli.Result r : List.of(Cli.run("batch", f.toString()), Cli.runWithInput(input, "batch", "-"))) {
      assertThat(r.code()).as(r.err()).isEqualTo(4);
      String[] lines = r.out().split("\n");
      assertThat(lines).hasSize(4);
      JsonNode invalid = CliTest.JSON.readTree(lines[1]);
      assertThat(invalid.get("line").asInt()).isEqualTo(2);
      assertThat(invalid.get("result").asText()).isEqualTo("INVALID");
      assertThat(invalid.get("problems").toString())
          .contains("\"line\":2,\"column\":" + (cut + 1) + ",", "invalid UTF-8", "0xC3");
      assertThat(CliTest.JSON.readTree(lines[2]).get("result").asText()).isEqualTo("VIOLATIONS");
      assertThat(r.out()).doesNotContain("\uFFFD");
    }
    Path caseFile = write("bad.json", bad);
    Cli.Result check = Cli.run("check", caseFile.toString());
    assertThat(check.code()).isEqualTo(2);
    assertThat(check.err()).contains("bad.json:1:" + (cut + 1) + ":", "invalid UTF-8");
    Cli.Result checkStdin = Cli.runWithInput(bad, "check", "-");
    assertThat(checkStdin.err()).contains("<stdin>:1:" + (cut + 1) + ":", "invalid UTF-8");
  }

  @Test
  void aByteOrderMarkIsSkippedInBothPaths() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] line = (oneLine(CASES.resolve("mo-fiep-on-time.json")) + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] input = concat(bom, line, line);
    Path f = write("bom.jsonl", input);
    for (Cli.Result r : List.of(Cli.run("batch", f.toString()), Cli.runWithInput(input, "batch", "-"))) {
      assertThat(r.code()).as(r.out()).isZero();
      assertThat(r.err()).contains("2 cases, 0 with violations, 0 invalid");
    }
    byte[] caseFile = concat(bom, Files.readAllBytes(CASES.resolve("mo-fiep-on-time.json")));
    assertThat(Cli.run("check", write("bom.json", caseFile).toString()).code()).isZero();
    assertThat(Cli.runWithInput(caseFile, "check", "-").code()).isZero();
  }

  @Test
  void aDirectoryABinaryFileOrAMissingFileIsBadInputWithASpecificMessage() throws IOException {
    Cli.Result dir = Cli.run("batch", tmp.toString());
    CliTest.assertBadInput(dir);
    assertThat(dir.err()).contains(tmp + ": is a directory");
    Cli.Result checkDir = Cli.run("check", tmp.toString());
    CliTest.assertBadInput(checkDir);
    assertThat(checkDir.err()).contains(tmp + ": is a directory");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path image = write("image.jsonl", png);
    Cli.Result binary = Cli.run("batch", image.toString());
    CliTest.assertBadInput(binary);
    assertThat(binary.err()).contains("image.jsonl: a binary file (a NUL byte at byte 9), not JSON Lines");
    Cli.Result binaryStdin = Cli.runWithInput(png, "batch", "-");
    CliTest.assertBadInput(binaryStdin);
    assertThat(binaryStdin.err()).contains("<stdin>: a binary file");
    Cli.Result missing = Cli.run("batch", tmp.resolve("none.jsonl").toString());
    assertThat(missing.err()).contains("none.jsonl: no such file");
  }

  // ---- 4. batch: progress and threads ----

  @Test
  void progressIsShownOnlyOnATerminalOrWithProgress() throws IOException {
    Path f = tmp.resolve("p.jsonl");
    Files.writeString(f, (oneLine(CASES.resolve("mo-fiep-on-time.json")) + "\n").repeat(5));
    assertThat(Cli.run("batch", f.toString()).err()).doesNotContain("KiB");
    assertThat(Cli.run("batch", f.toString(), "--progress").err()).contains("KiB");
    IepdrCommand.Environment terminal = new IepdrCommand.Environment(new ByteArrayInputStream(new byte[0]), true,
        Map.of());
    assertThat(Cli.run(terminal, "batch", f.toString()).err()).contains("KiB");
    assertThat(Cli.run(terminal, "batch", f.toString(), "--no-progress").err()).doesNotContain("KiB");
  }

  @Test
  void threadsGiveTheSameBytesInInputOrderAsOneThread() throws IOException {
    Random random = new Random(20261205L);
    List<String> lines = new ArrayList<>();
    var cases = Arbitraries.of("US", "MO", "MS").flatMap(s -> CaseArbitraries.cases(s,
        ZoneId.of("US".equals(s) ? "America/New_York" : "America/Chicago"), 1, 12, 200));
    var iterator = cases.sampleStream().limit(3000).iterator();
    int i = 0;
    while (iterator.hasNext()) {
      Case c = iterator.next();
      String json = new CaseFileWriter(ZoneId.of("US".equals(c.state()) ? "America/New_York" : "America/Chicago"))
          .toTree(c, Optional.of(LocalDate.of(2027, 1, 1))).toString();
      int pick = random.nextInt(40);
      lines.add(pick == 0 ? json.substring(0, json.length() / 2) : pick == 1 ? "" : json);
      i++;
    }
    Path f = tmp.resolve("generated.jsonl");
    Files.writeString(f, String.join("\n", lines) + "\n");
    Cli.Result one = Cli.run("batch", f.toString());
    assertThat(one.out().split("\n").length).isGreaterThan(2800);
    assertThat(one.code()).isIn(1, 4);
    for (String threads : new String[] {"2", "7"}) {
      Cli.Result many = Cli.run("batch", f.toString(), "--threads", threads);
      assertThat(many.code()).isEqualTo(one.code());
      assertThat(many.out()).as("--threads " + threads).isEqualTo(one.out());
    }
    long previous = 0;
    for (String out : one.out().split("\n")) {
      JsonNode n = CliTest.JSON.readTree(out);
      if (n.has("line")) {
        assertThat(n.get("line").asLong()).isGreaterThan(previous);
        previous = n.get("line").asLong();
      }
    }
    assertThat(Cli.run("batch", f.toString(), "--threads", "0").code()).isEqualTo(2);
  }

  @Test
  void aBatchOnAPipeAnswersEachLineAsItComesNotAfterAChunk() throws Exception {
    java.io.PipedOutputStream producer = new java.io.PipedOutputStream();
    java.io.PipedInputStream stdin = new java.io.PipedInputStream(producer, 1 << 16);
    StringWriter out = new StringWriter();
    int[] code = new int[1];
    Thread batch = new Thread(() -> code[0] = IepdrCommand.execute(Cli.BOOK, new PrintWriter(out),
        new PrintWriter(new StringWriter()), IepdrCommand.Environment.of(stdin), "batch", "-"));
    batch.start();
    producer.write((oneLine(CASES.resolve("mo-fiep-on-time.json")) + "\n").getBytes(StandardCharsets.UTF_8));
    producer.flush();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!out.toString().contains("\"line\":1") && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(out.toString()).as("the first line is answered while the producer still holds the pipe open")
        .contains("\"line\":1");
    producer.close();
    batch.join(30_000);
    assertThat(code[0]).isZero();
  }

  @Test
  void aBatchWithInvalidLinesExits4AndEvaluatesEveryOtherLine() throws IOException {
    String good = oneLine(CASES.resolve("mo-fiep-on-time.json"));
    Path f = tmp.resolve("some.jsonl");
    Files.writeString(f, good + "\n{\"id\": \n" + good + "\n");
    Cli.Result r = Cli.run("batch", f.toString());
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).contains("3 cases, 0 with violations, 1 invalid");
    Files.writeString(f, good + "\n" + good + "\n");
    assertThat(Cli.run("batch", f.toString()).code()).isZero();
  }

  // ---- 5. completion and colour ----

  @Test
  void generateCompletionPrintsABashCompletionScript() {
    Cli.Result r = Cli.run("generate-completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F", "iepdr", "check", "batch");
  }

  @Test
  void colourOnATerminalOnlyAndNeverWithNoColorOrNoColorVariable() throws IOException {
    IepdrCommand.Environment terminal = new IepdrCommand.Environment(new ByteArrayInputStream(new byte[0]), true,
        Map.of());
    IepdrCommand.Environment noColorVariable = new IepdrCommand.Environment(new ByteArrayInputStream(new byte[0]),
        true, Map.of("NO_COLOR", "1"));
    String late = CASES.resolve("ms-complaint-verified-late.json").toString();
    assertThat(Cli.run(terminal, "--help").out()).contains("\u001B[");
    assertThat(Cli.run(terminal, "check", late).out()).contains("\u001B[1;31mVIOLATION\u001B[0m");
    assertThat(Cli.run(terminal, "check", late, "--format", "json").out()).doesNotContain("\u001B");
    assertThat(Cli.run(terminal, "--no-color", "--help").out()).doesNotContain("\u001B");
    assertThat(Cli.run(terminal, "check", late, "--no-color").out()).doesNotContain("\u001B");
    assertThat(Cli.run(noColorVariable, "--help").out()).doesNotContain("\u001B");
    assertThat(Cli.run(noColorVariable, "check", late).out()).doesNotContain("\u001B");
    assertThat(Cli.run("--help").out()).as("not a terminal").doesNotContain("\u001B");
    assertThat(Cli.run("check", late).out()).doesNotContain("\u001B");
  }

  // ---- 6. the example district module is not in the tool ----

  @Test
  void theExampleDistrictModuleComesFromItsOwnJarNotFromTheTool() {
    String where = org.iepdr.examples.district.ExampleDistrictModule.class.getProtectionDomain().getCodeSource()
        .getLocation().toString();
    assertThat(where).contains("example").contains("district").doesNotContain("/examples/target/classes");
    assertThat(Path.of("target/classes/org/iepdr/examples/district")).doesNotExist();
    assertThat(Path.of("target/classes/META-INF/services/org.iepdr.core.rules.RuleModule")).doesNotExist();
    // the tests put it on the class path: XM answers here, beside the states
    assertThat(Cli.BOOK.jurisdictions()).contains("XM", "MO", "MS", "US");
  }

  // ---- 7. output paths and dates refused with exit 2 ----

  @Test
  void anIcsPathThatCannotBeOpenedIsBadInput() throws IOException {
    String late = CASES.resolve("ms-complaint-verified-late.json").toString();
    Cli.Result dir = Cli.run("check", late, "--ics", tmp.toString());
    CliTest.assertBadInput(dir);
    assertThat(dir.err()).contains("--ics " + tmp + ": is a directory");
    assertThat(dir.out()).as("nothing written before the refusal").isEmpty();
    String missing = tmp.resolve("no/such/dir/x.ics").toString();
    Cli.Result none = Cli.run("check", late, "--ics", missing);
    CliTest.assertBadInput(none);
    assertThat(none.err()).contains("--ics " + missing + ": cannot be opened for writing: the folder");
  }

  @Test
  void anIcsFileOnAFullDiskIsExitCode5() {
    assumeTrue(new File("/dev/full").exists(), "/dev/full exists on Linux");
    Cli.Result r = Cli.run("check", CASES.resolve("ms-complaint-verified-late.json").toString(), "--ics", "/dev/full");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).contains("--ics /dev/full", "No space left on device");
  }

  @Test
  void planRefusesDatesOutsideTheCalendarsYearsAndTheEdgeOfJavaTime() {
    for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "2150-01-01", "1999-12-31"}) {
      Cli.Result r = Cli.run("plan", "--state", "US", "RESOLUTION_MEETING", "--trigger", date);
      CliTest.assertBadInput(r);
      assertThat(r.err()).as(date).contains("--trigger was " + date + "; allowed: a date the calendar",
          "2000-01-01 to 2100-12-31");
    }
    Cli.Result rulesAsOf = Cli.run("plan", "--state", "MO", "RESOLUTION_MEETING", "--trigger", "2026-03-02",
        "--rules-as-of", "+999999999-12-31");
    CliTest.assertBadInput(rulesAsOf);
    assertThat(rulesAsOf.err()).contains("--rules-as-of was +999999999-12-31");
    assertThat(Cli.run("plan", "--state", "US", "RESOLUTION_MEETING", "--trigger", "2100-12-01").code()).isZero();
  }
}
