package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader's limits at their exact boundaries, its byte counting, its byte-order mark and encoding
 * problems, its syntax explanations and the text of its problems.
 */
class CaseFileReaderEdgesTest {

  static final String EVENT = "{\"type\":\"placementChange\",\"id\":\"p\",\"at\":\"2026-03-02T10:00Z\",\"by\":\"lea\"}";
  static final String OK = CaseFileReaderTest.minimal(EVENT);
  static final CaseFileReader READER = CaseFileReaderTest.READER;

  static CaseFileException failure(CaseFileReader reader, String json, int firstLine) {
    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> reader.read("t.json", json, firstLine));
    assertThat(e).as("the reader should reject the input").isNotNull();
    return e;
  }

  static CaseFileException failure(CaseFileReader reader, byte[] bytes) {
    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> reader.read("t.json", bytes, 1));
    assertThat(e).as("the reader should reject the input").isNotNull();
    return e;
  }

  static CaseFileReader limits(long bytes, int events, int chars) {
    return READER.withLimits(new CaseFileReader.Limits(bytes, events, chars));
  }

  @Test
  void limitsOfOneAreAllowedAndKept() {
    CaseFileReader.Limits one = new CaseFileReader.Limits(1, 1, 1);
    assertThat(one.maxBytes()).isEqualTo(1);
    assertThat(READER.withLimits(one).limits()).isEqualTo(one);
    assertThat(READER.limits()).isEqualTo(CaseFileReader.Limits.DEFAULTS);
    assertThatThrownBy(() -> new CaseFileReader.Limits(1, 0, 1)).hasMessage("maxEvents is 0; give at least 1");
    assertThatThrownBy(() -> new CaseFileReader.Limits(1, 1, 0)).hasMessage("maxStringChars is 0; give at least 1");
    assertThatThrownBy(() -> new CaseFileReader.Limits(0, 1, 1)).hasMessage("maxBytes is 0; give at least 1");
  }

  @Test
  void aCaseOfExactlyTheByteLimitIsRead(@TempDir Path dir) throws Exception {
    int n = OK.getBytes(StandardCharsets.UTF_8).length;
    assertThat(limits(n, 10, 100).read("t.json", OK, 1).aCase().id()).isEqualTo("c");
    assertThat(limits(n, 10, 100).read("t.json", OK.getBytes(StandardCharsets.UTF_8), 1).aCase().id()).isEqualTo("c");
    Path file = dir.resolve("c.json");
    Files.writeString(file, OK);
    assertThat(limits(n, 10, 100).read(file).aCase().id()).isEqualTo("c");
    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> limits(n - 1, 10, 100).read(file));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.message()).isEqualTo("the case is " + n + " bytes long; at most " + (n - 1) + " bytes are allowed"
          + " per case (CaseFileReader.Limits)");
    });
  }

  @Test
  void anUnreadableFileIsOneProblem(@TempDir Path dir) {
    Path missing = dir.resolve("none.json");
    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> READER.read(missing));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isZero();
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).startsWith("cannot read the file: NoSuchFileException: ");
    });
  }

  @Test
  void bytesAreCountedAsUtf8() {
    // 1, 2, 3 and 4 bytes: U+007F, U+0080, U+07FF, U+0800, U+1F600 (a surrogate pair)
    String text = OK.replace("\"district\":\"D\"", "\"district\":\"D\u007f\u0080\u07ff\u0800\uD83D\uDE00\"");
    int n = text.getBytes(StandardCharsets.UTF_8).length;
    assertThat(n).isEqualTo(OK.length() + 1 + 2 + 2 + 3 + 4);
    assertThat(limits(n, 10, 100).read("t.json", text, 1).aCase().district()).endsWith("\uD83D\uDE00");
    CaseFileException e = failure(limits(n - 1, 10, 100), text, 1);
    assertThat(e.problems().get(0).message()).startsWith("the case is " + n + " bytes long");
    // three-byte characters side by side, and a surrogate pair alone, each counted exactly
    String threes = OK.replace("\"district\":\"D\"", "\"district\":\"D\u0800\u0800\"");
    assertThat(failure(limits(10, 10, 100), threes, 1).problems().get(0).message())
        .startsWith("the case is " + (OK.length() + 6) + " bytes long");
    String pair = OK.replace("\"district\":\"D\"", "\"district\":\"D\uD83D\uDE00\"");
    assertThat(failure(limits(10, 10, 100), pair, 1).problems().get(0).message())
        .startsWith("the case is " + (OK.length() + 4) + " bytes long");
  }

  @Test
  void aByteOrderMarkDoesNotCountAsAColumn() {
    byte[] bad = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', ' ', (byte) 0x80, '}'};
    CaseFileException e = failure(READER, bad);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isEqualTo(3);
      assertThat(p.message()).isEqualTo("invalid UTF-8: the byte 0x80 does not belong to a UTF-8 character; the input"
          + " must be UTF-8");
    });
    // without a complete mark, nothing is skipped: the two bytes are a character of their own
    byte[] half = {(byte) 0xEF, (byte) 0xBB, '{', (byte) 0x80};
    assertThat(failure(READER, half).problems().get(0).column()).isEqualTo(1);
    byte[] other = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF, '{', (byte) 0x80};
    assertThat(failure(READER, other).problems().get(0).column()).isEqualTo(3);
    byte[] other2 = {(byte) 0xEE, (byte) 0xBB, (byte) 0xBF, '{', (byte) 0x80};
    assertThat(failure(READER, other2).problems().get(0).column()).isEqualTo(3);
    byte[] twoLines = {'{', '\n', ' ', ' ', (byte) 0xC3, '(', '}'};
    assertThat(failure(READER, twoLines).problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(3);
      assertThat(p.message()).contains("the byte 0xC3");
    });
  }

  @Test
  void aSyntaxErrorIsPlacedFromTheFirstLine() {
    CaseFileProblem p = failure(READER, "}", 5).problems().get(0);
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.message()).startsWith("not well-formed JSON: ");
    assertThat(failure(READER, "{\"id\": \"c\",}", 1).problems().get(0).message())
        .startsWith("not well-formed JSON: an unexpected character");
    CaseFileProblem q = failure(READER, "{\n\"id\": x}", 5).problems().get(0);
    assertThat(q.line()).isEqualTo(6);
    assertThat(q.message()).startsWith("not well-formed JSON: a bare word where a value belongs");
  }

  @Test
  void theIdIsSalvagedAfterNestedValuesAndWithinTheLimit() {
    assertThat(failure(READER, "{\"a\": {\"b\": [1]}, \"c\": [], \"id\": \"kept\", bad}", 1).caseId()).contains("kept");
    assertThat(failure(READER, "{\"a\": {\"id\": \"inner\"}, bad}", 1).caseId()).isEmpty();
    assertThat(failure(READER, "{\"id\": 5, bad}", 1).caseId()).isEmpty();
    assertThat(failure(READER, "{\"id\": \" \", bad}", 1).caseId()).isEmpty();
    assertThat(failure(limits(1000, 10, 4), "{\"id\": \"four\", bad}", 1).caseId()).contains("four");
    assertThat(failure(limits(1000, 10, 4), "{\"id\": \"fives\", bad}", 1).caseId()).isEmpty();
  }

  @Test
  void theIdIsKeptWhenALimitIsExceededUnlessItIsItselfTooLong() {
    String longDistrict = OK.replace("\"district\":\"D\"", "\"district\":\"" + "D".repeat(18) + "\"");
    assertThat(failure(limits(10_000, 10, 17), longDistrict, 1).caseId()).contains("c");
    String longId = OK.replace("\"id\":\"c\"", "\"id\":\"" + "c".repeat(18) + "\"");
    assertThat(failure(limits(10_000, 10, 17), longId, 1).caseId()).isEmpty();
    String fullId = longDistrict.replace("\"id\":\"c\"", "\"id\":\"" + "c".repeat(17) + "\"");
    assertThat(failure(limits(10_000, 10, 17), fullId, 1).caseId()).contains("c".repeat(17));
    String blankId = longDistrict.replace("\"id\":\"c\"", "\"id\":\" \"");
    assertThat(failure(limits(10_000, 10, 17), blankId, 1).caseId()).isEmpty();
    String numberId = longDistrict.replace("\"id\":\"c\"", "\"id\":7");
    assertThat(failure(limits(10_000, 10, 17), numberId, 1).caseId()).isEmpty();
  }

  @Test
  void exactlyTheEventLimitIsAllowed() {
    String two = EVENT + "," + EVENT.replace("\"p\"", "\"q\"");
    assertThat(limits(10_000, 2, 100).read("t.json", CaseFileReaderTest.minimal(two), 1).aCase().events()).hasSize(2);
    assertThat(failure(limits(10_000, 1, 100), CaseFileReaderTest.minimal(two), 1).problems().get(0).message())
        .isEqualTo("the case has 2 events; at most 1 events are allowed per case (CaseFileReader.Limits)");
  }

  @Test
  void longFieldNamesAndStringsInArraysAreRefused() {
    String name = OK.replace("\"by\":\"lea\"", "\"by\":\"lea\",\"abcdefghijklmnopqr\":1");
    CaseFileException e = failure(limits(10_000, 10, 17), name, 1);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.events[0]");
      assertThat(p.message()).isEqualTo("a field name is 18 characters long; at most 17 characters are allowed per"
          + " string (CaseFileReader.Limits)");
    });
    String inArray = OK.replace("\"by\":\"lea\"", "\"by\":\"lea\",\"signedBy\":[\"abcdefghijklmnopqr\"]");
    assertThat(failure(limits(10_000, 10, 17), inArray, 1).problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.events[0].signedBy[0]");
      assertThat(p.message()).startsWith("\"signedBy\" is 18 characters long; at most 17");
    });
    String top = "[\"abcdefg\"]";
    assertThat(failure(limits(10_000, 10, 17), top, 1).problems().get(0).message())
        .isEqualTo("a case file is one JSON object, not an array");
  }

  @Test
  void atMostTwentyLimitProblemsAreListed() {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      events.append(i == 0 ? "" : ",").append(EVENT.replace("\"p\"", "\"longlonglonglongid" + (10 + i) + "\""));
    }
    CaseFileException e = failure(limits(100_000, 100, 17), CaseFileReaderTest.minimal(events.toString()), 1);
    assertThat(e.problems()).hasSize(20);
  }

  @Test
  void aValueOutOfPlaceIsDescribedByItsKind() {
    JsonMapper m = JsonMapper.builder().build();
    assertThat(CaseFileReader.describe(m.readTree("\"\""))).isEqualTo("an empty string");
    assertThat(CaseFileReader.describe(m.readTree("\"  \""))).isEqualTo("a blank string");
    assertThat(CaseFileReader.describe(m.readTree("\"Zelda\""))).isEqualTo("a string");
    assertThat(CaseFileReader.describe(m.readTree("12"))).isEqualTo("a number");
    assertThat(CaseFileReader.describe(m.readTree("{}"))).isEqualTo("an object");
    assertThat(CaseFileReader.describe(m.readTree("[]"))).isEqualTo("an array");
    assertThat(CaseFileReader.describe(m.readTree("true"))).isEqualTo("true");
    assertThat(CaseFileReader.describe(m.readTree("null"))).isEqualTo("null");
    assertThat(failure(READER, "\"Zelda\"", 1).problems().get(0).message())
        .isEqualTo("a case file is one JSON object, not a string");
    assertThat(failure(READER, "12", 1).problems().get(0).message())
        .isEqualTo("a case file is one JSON object, not a number");
    assertThat(failure(READER, "", 3).problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).isEqualTo("the input is empty; give one JSON object describing a case");
    });
  }

  @Test
  void everyOffsetShapeIsCheckedDigitByDigit() {
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00+09:00")).isTrue();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00+0930")).isTrue();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00-09")).isTrue();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00+ab")).isFalse();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00+0a:00")).isFalse();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00+09x00")).isFalse();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00+/9")).isFalse();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00+:9")).isFalse();
    assertThat(CaseFileReader.hasOffset("2026-03-02+09:00")).isFalse();
  }

  @Test
  void syntaxErrorsAreExplainedWithoutTheInput() {
    assertThat(JsonSyntax.explain(null)).isEqualTo("the text is not JSON at this place");
    assertThat(JsonSyntax.explain("Something else")).isEqualTo("the text is not JSON at this place");
    assertThat(JsonSyntax.explain("Unrecognized token 'Zelda': was expecting")).isEqualTo("a bare word where a value"
        + " belongs; text must be in double quotes, and the only bare words are true, false and null");
    assertThat(JsonSyntax.explain("Unexpected end-of-input: expected close marker")).isEqualTo("the text ends before"
        + " the JSON value is complete (an object, an array or a string is not closed)");
    assertThat(JsonSyntax.explain("Unexpected character ('}' (code 125))): was expecting double-quote to start field"
        + " name")).isEqualTo("an unexpected character: was expecting double-quote to start field name");
    assertThat(JsonSyntax.explain("Unexpected character ('Z' (code 90))): was expecting 'Zelda'"))
        .isEqualTo("an unexpected character: was expecting Zelda");
    assertThat(JsonSyntax.explain("Unexpected character somewhere")).isEqualTo("an unexpected character");
    assertThat(JsonSyntax.explain("Duplicate Object property \"id\"")).isIn(
        "the field \"id\" appears twice in one object", "a field appears twice in one object");
    assertThat(JsonSyntax.explain("Duplicate")).isEqualTo("a field appears twice in one object");
    assertThat(JsonSyntax.explain("Trailing token (of type VALUE_STRING) found")).isEqualTo("more than one JSON"
        + " value; a case is one object (in a batch, one object per line)");
    assertThat(JsonSyntax.explain("Illegal unquoted character ((CTRL-CHAR, code 1))")).isEqualTo("a control character"
        + " inside a string; write it escaped (\\n, \\t, \\u0000)");
    assertThat(JsonSyntax.explain("Unrecognized character escape 'q' (code 113)")).isEqualTo("an escape sequence JSON"
        + " does not have; allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
    assertThat(JsonSyntax.explain("Document nesting depth (1001) exceeds the maximum allowed"))
        .isEqualTo("values nested deeper than the parser allows");
    assertThat(JsonSyntax.explain("String value length (20000001) exceeds the maximum allowed"))
        .isEqualTo("a value longer than the parser allows");
    assertThat(JsonSyntax.explain("Invalid numeric value: Leading zeroes not allowed"))
        .isEqualTo("a number that is not valid JSON or is out of range");
    assertThat(JsonSyntax.explain("Leading zeroes not allowed")).isEqualTo("a number that is not valid JSON or is out"
        + " of range");
    assertThat(JsonSyntax.explain("Malformed number")).isEqualTo("a number that is not valid JSON or is out of range");
    assertThat(JsonSyntax.explain("Invalid UTF-8 start byte 0x80")).isEqualTo("a character that is not UTF-8");
    assertThat(JsonSyntax.explain("Invalid UTF-32 character")).isEqualTo("a character that is not UTF-8");
  }

  @Test
  void theParsersOwnMessagesAreExplained() {
    assertThat(failure(READER, "{\"id\": \"c\", \"id\": \"d\"}", 1).problems().get(0).message())
        .startsWith("not well-formed JSON: ").contains("appears twice in one object");
    assertThat(failure(READER, "{\"id\": \"c\"} {}", 1).problems().get(0).message())
        .isEqualTo("not well-formed JSON: more than one JSON value; a case is one object (in a batch, one object per"
            + " line)");
    assertThat(failure(READER, "{\"id\": \"c\u0001\"}", 1).problems().get(0).message())
        .isEqualTo("not well-formed JSON: a control character inside a string; write it escaped (\\n, \\t, \\u0000)");
    assertThat(failure(READER, "{\"id\": \"\\q\"}", 1).problems().get(0).message())
        .startsWith("not well-formed JSON: an escape sequence JSON does not have");
    assertThat(failure(READER, "{\"n\": 0123}", 1).problems().get(0).message())
        .isEqualTo("not well-formed JSON: a number that is not valid JSON or is out of range");
    assertThat(failure(READER, "{\"id\": \"c\"", 1).problems().get(0).message())
        .startsWith("not well-formed JSON: the text ends before the JSON value is complete");
  }

  @Test
  void problemsPrintTheirPlaceOnlyWhenKnown() {
    assertThat(new CaseFileProblem("f.json", 1, 7, "$.id", "m")).hasToString("f.json:1:7: $.id: m");
    assertThat(new CaseFileProblem("f.json", 0, 0, "$", "m")).hasToString("f.json: $: m");
    assertThat(new CaseFileException(List.of(new CaseFileProblem("f.json", 2, 3, "$.a", "one"))))
        .hasMessage("1 problem in the case file:\n  f.json:2:3: $.a: one");
    assertThat(new CaseFileException(List.of(new CaseFileProblem("f.json", 2, 3, "$.a", "one"),
        new CaseFileProblem("f.json", 4, 1, "$.b", "two")), Optional.of("c")))
        .hasMessage("2 problems in the case file:\n  f.json:2:3: $.a: one\n  f.json:4:1: $.b: two");
  }
}
