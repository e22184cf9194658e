package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated attacks on the batch's input and on every command's output: lines of random bytes (invalid
 * UTF-8, byte-order marks, carriage returns, control characters) between valid cases are each that
 * line's problem, read the same from a file and from standard input; an output that fails after any
 * number of bytes ends every command with exit code 5 (a message for a full disk, none for a closed
 * pipe).
 */
class BatchIoProperties {

  private static Path dir;
  private static String valid;

  @BeforeContainer
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("iepdr-batch-io");
    valid = CliTest.JSON.readTree(Files.readString(Path.of("cases/mo-fiep-on-time.json"))).toString();
  }

  @AfterContainer
  static void tearDown() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  /** A line: a valid case, a case with a random byte put in, or random bytes (no NUL, no line break). */
  @Provide
  Arbitrary<List<byte[]>> lines() {
    return line().list().ofMinSize(1).ofMaxSize(30);
  }

  Arbitrary<byte[]> line() {
    byte[] good = valid.getBytes(StandardCharsets.UTF_8);
    Arbitrary<byte[]> spoiled = Arbitraries.integers().between(0, good.length - 1).flatMap(at ->
        Arbitraries.bytes().filter(b -> b != 0 && b != '\n').map(b -> {
          byte[] copy = good.clone();
          copy[at] = b;
          return copy;
        }));
    Arbitrary<byte[]> noise = Arbitraries.bytes().filter(b -> b != 0 && b != '\n').array(byte[].class)
        .ofMaxSize(60);
    Arbitrary<byte[]> special = Arbitraries.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {'\r'},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[0]);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Arbitraries.just(good)),
        net.jqwik.api.Tuple.of(3, spoiled), net.jqwik.api.Tuple.of(2, noise), net.jqwik.api.Tuple.of(1, special));
  }

  @Property(tries = 25)
  void everyLineIsAnsweredTheSameFromAFileAndFromStandardInput(@ForAll("lines") List<byte[]> lines)
      throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      b.writeBytes(l);
      b.write('\n');
    }
    byte[] input = b.toByteArray();
    Path f = Files.write(dir.resolve("in.jsonl"), input);
    Cli.Result file = Cli.run("batch", f.toString(), "--as-of", "2026-06-01");
    Cli.Result stdin = Cli.runWithInput(input, "batch", "-", "--as-of", "2026-06-01");
    assertThat(file.code()).as(file.err()).isIn(0, 1, 4);
    assertThat(stdin.code()).isEqualTo(file.code());
    assertThat(stdin.out().replace("<stdin>", f.toString())).isEqualTo(file.out());
    String[] out = file.out().split("\n");
    long answered = java.util.Arrays.stream(out).filter(o -> o.contains("\"result\":")).count();
    long nonBlank = 0;
    for (int i = 0; i < lines.size(); i++) {
      String text = new String(lines.get(i), StandardCharsets.UTF_8);
      if (i == 0 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (!text.isBlank()) {
        nonBlank++;
      }
    }
    assertThat(answered).isEqualTo(nonBlank);
    assertThat(out[out.length - 1]).contains("\"summary\":{");
    for (String o : out) {
      if (o.contains("invalid UTF-8")) {
        assertThat(o).contains("\"result\":\"INVALID\"");
      }
    }
  }

  /** A stream that fails after a number of bytes. */
  static OutputStream failingAfter(int bytes, String message) {
    return new OutputStream() {
      int written;

      @Override
      public void write(int b) throws IOException {
        if (written >= bytes) {
          throw new IOException(message);
        }
        written++;
      }
    };
  }

  static final List<List<String>> COMMANDS = List.of(List.of("batch", "BATCH"),
      List.of("check", "cases/mo-fiep-one-day-late.json"), List.of("check", "cases/ms-complaint-verified-late.json",
          "--format", "markdown"), List.of("rules", "--state", "MO", "--format", "json"),
      List.of("ladder", "--state", "MS", "--format", "mermaid"), List.of("days", "--state", "MO", "--from",
          "2026-11-20", "--until", "2026-12-24", "--business"),
      List.of("plan", "--state", "MO", "FACILITATED_IEP_MEETING", "RESOLUTION_MEETING", "--trigger", "2026-03-02"));

  @Property(tries = 25)
  void anOutputThatFailsAfterAnyNumberOfBytesIsExitCode5(@ForAll @IntRange(min = 0, max = 6) int command,
      @ForAll @IntRange(min = 0, max = 100_000) int failAfter, @ForAll boolean closedPipe) throws IOException {
    Path batch = dir.resolve("batch.jsonl");
    Files.writeString(batch, (valid + "\n").repeat(100));
    String[] args = COMMANDS.get(command).stream().map(a -> a.equals("BATCH") ? batch.toString() : a)
        .toArray(String[]::new);
    StringWriter all = new StringWriter();
    int expected = IepdrCommand.execute(Cli.BOOK, new PrintWriter(all), new PrintWriter(new StringWriter()),
        IepdrCommand.Environment.of(new ByteArrayInputStream(new byte[0])), args);
    int size = all.toString().getBytes(StandardCharsets.UTF_8).length;
    int n = failAfter % size;
    StringWriter err = new StringWriter();
    int code = IepdrCommand.execute(Cli.BOOK, new Output.Checked(failingAfter(n, closedPipe ? "Broken pipe"
        : "No space left on device")), new PrintWriter(err),
        IepdrCommand.Environment.of(new ByteArrayInputStream(new byte[0])), args);
    assertThat(expected).isIn(0, 1);
    assertThat(code).as(String.join(" ", args) + " failing after " + n + " of " + size + " bytes").isEqualTo(5);
    if (closedPipe) {
      assertThat(err.toString()).isEmpty();
    } else {
      assertThat(err.toString()).contains("cannot write standard output: No space left on device");
    }
  }
}
