package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;

/**
 * Output that cannot be hijacked: case and event ids made of control characters, line breaks, Markdown,
 * HTML, Mermaid syntax, bidirectional overrides and look-alike characters are printed escaped in every
 * output format of {@code check}, and the output keeps the shape it has for a plain id (the same lines,
 * the same headings, the same timeline rows, no HTML); the JSON output keeps the id exactly.
 */
class HostileIdProperties {

  /** Pieces of hostile ids. */
  static final List<String> PIECES = List.of("\n", "\r\n", "\r", "\u0000", "\u0007", "\u001B[31m", "\u001B]0;x\u0007",
      "\u007F", "\u0085", "\u2028", "\u2029", "\u202E", "\u2066", "\u200B", "\uFEFF", "\u00A0", "\u3000",
      "e\u0301", "\u00E9", "\uE000", "\uD83D\uDE00", "#", "# heading", "\n# injected", "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>", "</td>", "&amp;", "`", "```", "|", "| a | b |", "[x](http://e.test)",
      "![x](http://e.test/p.png)", "*", "_", ":", ";", "%%{init}%%", "{", "}", "\"", "'", "-->", "\\", "\\n",
      " : 2030-01-01 : fake row", "\n    2030-01-01 : fake", "a", "Z", "9", "-", ".", " ");

  @Provide
  Arbitrary<String> hostileIds() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l))
        .filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<String[]> idTriples() {
    return Combinators.combine(hostileIds(), hostileIds(), hostileIds())
        .as((a, b, c) -> new String[] {a, "d" + b, "r" + c});
  }

  static String caseFile(String caseId, String requestId, String meetingId) {
    ObjectNode root = (ObjectNode) CliTest.JSON.readTree(CliTest.LATE_RESOLUTION);
    root.put("id", caseId);
    ObjectNode request = (ObjectNode) root.get("events").get(0);
    ObjectNode meeting = (ObjectNode) root.get("events").get(1);
    request.put("id", requestId);
    meeting.put("id", meetingId);
    meeting.put("request", requestId);
    return root.toString();
  }

  static Cli.Result check(String file, String format) {
    return Cli.runWithInput(file.getBytes(StandardCharsets.UTF_8), "check", "-", "--format", format);
  }

  static void assertNoRawControlOrInvisible(String out) {
    out.codePoints().forEach(cp -> {
      if (cp != '\n') {
        assertThat(Escape.needsEscape(cp) && cp != '\\').as("U+%04X in %s", cp, out).isFalse();
      }
    });
  }

  static final Pattern TIMELINE_ROW = Pattern.compile("    (title [^\\n]*|\\d{4}-\\d{2}-\\d{2}( : [^:\\n]+)+)");

  @Property(tries = 100)
  void hostileIdsAreEscapedInEveryFormat(@ForAll("idTriples") String[] ids) throws IOException {
    String hostile = caseFile(ids[0], ids[1], ids[2]);
    String plain = caseFile("c", "d", "r");
    Cli.Result text = check(hostile, "text");
    if (text.code() == 2) {
      // the ids were refused (e.g. two events with one id): the message names them escaped, one line each
      assertNoRawControlOrInvisible(text.err());
      assertThat(text.err().split("\n", -1).length).isLessThanOrEqualTo(check(plain, "text").err().split("\n", -1)
          .length + 12);
      return;
    }
    assertThat(text.code()).as(text.err()).isEqualTo(1);
    Cli.Result plainText = check(plain, "text");
    assertNoRawControlOrInvisible(text.out());
    assertThat(text.out().split("\n", -1)).hasSameSizeAs(plainText.out().split("\n", -1));
    assertThat(text.out()).contains("Case " + Escape.text(ids[0]) + " under");

    Cli.Result md = check(hostile, "markdown");
    String plainMd = check(plain, "markdown").out();
    assertNoRawControlOrInvisible(md.out());
    String[] mdLines = md.out().split("\n", -1);
    String[] plainLines = plainMd.split("\n", -1);
    assertThat(mdLines).hasSameSizeAs(plainLines);
    boolean fenced = false;
    for (int i = 0; i < mdLines.length; i++) {
      // the same headings, table rows and fences on the same lines: nothing added, nothing opened
      assertThat(mdLines[i].startsWith("#")).as(mdLines[i]).isEqualTo(plainLines[i].startsWith("#"));
      assertThat(mdLines[i].startsWith("```")).isEqualTo(plainLines[i].startsWith("```"));
      if (mdLines[i].startsWith("```")) {
        fenced = !fenced;
      }
      if (!fenced) {
        assertThat(mdLines[i].replace("\\|", "").chars().filter(c -> c == '|').count()).as(mdLines[i])
            .isEqualTo(plainLines[i].chars().filter(c -> c == '|').count());
      }
      if (!mdLines[i].startsWith("```")) {
        assertThat(mdLines[i].chars().filter(c -> c == '`').count() % 2).as(mdLines[i]).isZero();
      }
    }
    assertThat(md.out()).doesNotContain("<");
    assertThat(Pattern.compile("(?<!\\\\)\\]\\(http://e").matcher(md.out()).find()).as("an unescaped link")
        .isFalse();
    int start = Arrays.asList(mdLines).indexOf("```mermaid");
    assertThat(mdLines[start + 1]).isEqualTo("timeline");
    for (int i = start + 2; !mdLines[i].equals("```"); i++) {
      assertThat(mdLines[i]).matches(TIMELINE_ROW);
      assertThat(mdLines[i]).doesNotContain("\"", "`", "%%", "{", "}");
    }

    Cli.Result json = check(hostile, "json");
    JsonNode node = CliTest.JSON.readTree(json.out());
    assertThat(node.get("caseId").asText()).isEqualTo(ids[0]);
  }

  @Example
  void lookAlikeIdsAreShownEscapedInTheMessageThatNamesThem() throws IOException {
    // the request is "é" composed (U+00E9); the meeting names "e" + a combining acute (U+0301)
    ObjectNode root = (ObjectNode) CliTest.JSON.readTree(caseFile("look-alike", "\u00E9", "res"));
    ((ObjectNode) root.get("events").get(1)).put("request", "e\u0301");
    Cli.Result r = Cli.runWithInput(root.toString().getBytes(StandardCharsets.UTF_8), "check", "-");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("e\\u0301").doesNotContain("e\u0301");
    // a non-breaking space in a reference is told apart from a plain space
    root = (ObjectNode) CliTest.JSON.readTree(caseFile("look-alike", "due process", "res"));
    ((ObjectNode) root.get("events").get(1)).put("request", "due\u00A0process");
    Cli.Result nbsp = Cli.runWithInput(root.toString().getBytes(StandardCharsets.UTF_8), "check", "-");
    assertThat(nbsp.code()).isEqualTo(2);
    assertThat(nbsp.err()).contains("due\\u00A0process").doesNotContain("\u00A0");
  }
}
