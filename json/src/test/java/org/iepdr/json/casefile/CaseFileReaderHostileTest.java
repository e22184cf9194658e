package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.iepdr.core.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader on hostile input: no personal value in a message, limits, encodings, a long value, dates
 * at the edge of java.time, an unknown state.
 */
class CaseFileReaderHostileTest {

  static final String EVENT = "{\"type\":\"placementChange\",\"id\":\"p\",\"at\":\"2026-03-02T10:00Z\",\"by\":\"lea\"}";
  static final String OK = CaseFileReaderTest.minimal(EVENT);

  static CaseFileException failure(CaseFileReader reader, String json) {
    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> reader.read("t.json", json, 1));
    assertThat(e).as("the reader should reject the input").isNotNull();
    return e;
  }

  static void assertNotEchoed(String json, String... secrets) {
    CaseFileException e = failure(CaseFileReaderTest.READER, json);
    for (String s : secrets) {
      assertThat(e.getMessage()).doesNotContain(s);
    }
  }

  @Test
  void aMalformedBirthDateIsNotEchoed() {
    String json = OK.replace("\"student\":{\"id\":\"s\"}", "\"student\":{\"id\":\"s\",\"birthDate\":\"04/17/2011\"}");
    assertNotEchoed(json, "04/17/2011", "2011");
    assertThat(failure(CaseFileReaderTest.READER, json).problems().get(0).message())
        .isEqualTo("\"birthDate\" must be an ISO date such as 2026-03-06, not a string in another form");
  }

  @Test
  void aStudentGivenAsANameIsNotEchoed() {
    assertNotEchoed(OK.replace("\"student\":{\"id\":\"s\"}", "\"student\":\"Zelda Quixotic\""), "Zelda", "Quixotic");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"name\":Zelda Quixotic", "\"name\":Zelda", "\"birthDate\":04/17/2011",
      "\"birthDate\":2011-04-17", "\"Zelda Quixotic\":1", "\"name\":\"Zelda\" Quixotic"})
  void anUnquotedOrMisplacedTokenIsNotEchoed(String field) {
    String json = OK.replace("\"student\":{\"id\":\"s\"}", "\"student\":{\"id\":\"s\"," + field + "}");
    assertNotEchoed(json, "Zelda", "Quixotic", "04/17", "2011");
  }

  @Test
  void anEnumValueThatLooksLikeOneIsNamedAndOtherValuesAreNot() {
    assertThat(failure(CaseFileReaderTest.READER, OK.replace("\"PARENT\"", "\"MOTHER\"")).getMessage())
        .contains("'MOTHER' is not allowed in \"role\"");
    assertThat(failure(CaseFileReaderTest.READER, OK.replace("\"PARENT\"", "\"Zelda Quixotic\"")).getMessage())
        .contains("a string is not allowed in \"role\"").doesNotContain("Zelda");
  }

  @Test
  void aLongAtValueIsReadInLinearTime() {
    CaseFileReader roomy = CaseFileReaderTest.READER.withLimits(new CaseFileReader.Limits(1L << 30, 10, 5_000_000));
    String longAt = "2026-03-02T" + "1".repeat(2_000_000) + "Z";
    String json = CaseFileReaderTest.minimal(EVENT.replace("2026-03-02T10:00Z", longAt));
    // 80,000 characters took 54 s with the old regular expression; 2,000,000 now take milliseconds
    CaseFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failure(roomy, json));
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.events[0].at"));
  }

  @Test
  void theOffsetTestKnowsEveryForm() {
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00Z")).isTrue();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00-06")).isTrue();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00-0600")).isTrue();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00+06:00")).isTrue();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00")).isFalse();
    assertThat(CaseFileReader.hasOffset("2026-03-02T10:00:00")).isFalse();
    assertThat(CaseFileReader.hasOffset("2026-03-02")).isFalse();
    assertThat(CaseFileReader.hasOffset("Z")).isFalse();
    assertThat(CaseFileReader.hasOffset("TZ")).isTrue();
  }

  @Test
  void aStringBeyondTheLimitIsRefusedNamingTheField() {
    CaseFileReader small = CaseFileReaderTest.READER.withLimits(new CaseFileReader.Limits(1 << 20, 100, 50));
    CaseFileException e = failure(small, CaseFileReaderTest.minimal(EVENT.replace("\"p\"", "\"" + "x".repeat(51) + "\"")));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.events[0].id");
      assertThat(p.message()).isEqualTo("\"id\" is 51 characters long; at most 50 characters are allowed per string"
          + " (CaseFileReader.Limits)");
    });
    assertThat(e.caseId()).contains("c");
    assertThat(small.read("t.json", CaseFileReaderTest.minimal(EVENT.replace("\"p\"", "\"" + "x".repeat(50) + "\"")), 1))
        .isNotNull();
  }

  @Test
  void moreEventsThanTheLimitAreRefused() {
    CaseFileReader small = CaseFileReaderTest.READER.withLimits(new CaseFileReader.Limits(1 << 20, 2, 100));
    String three = String.join(",", EVENT, EVENT.replace("\"p\"", "\"q\""), EVENT.replace("\"p\"", "\"r\""));
    CaseFileException e = failure(small, CaseFileReaderTest.minimal(three));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.events");
      assertThat(p.message()).startsWith("the case has 3 events; at most 2 events are allowed per case");
    });
  }

  @Test
  void moreBytesThanTheLimitAreRefusedBeforeParsing() {
    CaseFileReader small = CaseFileReaderTest.READER.withLimits(new CaseFileReader.Limits(100, 100, 100));
    CaseFileException e = failure(small, OK);
    assertThat(e.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("the case is " + OK.length() + " bytes long; at most 100 bytes"));
    assertThatThrownBy(() -> small.read("t.json", OK.getBytes(StandardCharsets.UTF_8), 1))
        .isInstanceOf(CaseFileException.class).hasMessageContaining("at most 100 bytes");
    assertThatThrownBy(() -> new CaseFileReader.Limits(0, 1, 1)).hasMessageContaining("maxBytes");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    byte[] body = OK.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(CaseFileReaderTest.READER.read("t.json", withBom, 1).aCase().id()).isEqualTo("c");
    assertThat(CaseFileReaderTest.READER.read("t.json", "\uFEFF" + OK, 1).aCase().id()).isEqualTo("c");
  }

  @Test
  void anInvalidUtf8ByteIsAProblemWithItsLineAndColumn() {
    byte[] text = ("{\n  \"id\": \"c\",\n  \"district\": \"D\u00e9X\"\n}").getBytes(StandardCharsets.UTF_8);
    // replace the second byte of é (0xC3 0xA9) by 0xFF: an invalid sequence at line 3, column 17
    for (int i = 0; i < text.length; i++) {
      if ((text[i] & 0xff) == 0xA9) {
        text[i] = (byte) 0xFF;
        text[i - 1] = (byte) 0xFF;
      }
    }
    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseFileReaderTest.READER.read("cases.jsonl", text, 40));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(42);
      assertThat(p.column()).isEqualTo(17);
      assertThat(p.message()).startsWith("invalid UTF-8: the byte 0xFF");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"-999999999-01-01T00:00Z", "+999999999-12-31T23:59Z", "-999999999-01-01T00:00",
      "+999999999-12-31T23:59:59", "0000-12-31T23:00Z"})
  void aDateTimeAtTheEdgeOfJavaTimeIsRefusedInEveryPlace(String edge) {
    String meeting = "{\"type\":\"meeting\",\"id\":\"m\",\"at\":\"2026-03-02T10:00Z\",\"kind\":\"IEP\","
        + "\"documents\":[{\"kind\":\"AGENDA\",\"sentAt\":\"" + edge + "\"}],"
        + "\"recordingNotices\":[{\"by\":\"parent\",\"givenAt\":\"" + edge + "\"}],"
        + "\"participationAttempts\":[{\"method\":\"CALL\",\"at\":\"" + edge + "\"}]}";
    String consent = "{\"type\":\"consent\",\"id\":\"k\",\"at\":\"" + edge + "\",\"scope\":\"" + "MEDIATION"
        + "\",\"givenBy\":\"parent\",\"revokedAt\":\"" + edge + "\"}";
    CaseFileException e = failure(CaseFileReaderTest.READER, CaseFileReaderTest.minimal(meeting + "," + consent));
    assertThat(e.problems()).extracting(CaseFileProblem::path).contains("$.events[0].documents[0].sentAt",
        "$.events[0].recordingNotices[0].givenAt", "$.events[0].participationAttempts[0].at", "$.events[1].at",
        "$.events[1].revokedAt");
    assertThat(e.problems()).filteredOn(p -> p.path().endsWith("At") || p.path().endsWith(".at"))
        .allSatisfy(p -> assertThat(p.message()).contains("outside the years 0001 to 9999"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "0000-01-01"})
  void aDateAtTheEdgeOfJavaTimeIsRefused(String edge) {
    CaseFileException e = failure(CaseFileReaderTest.READER, OK.replace("{\"id\":\"c\",",
        "{\"id\":\"c\",\"asOf\":\"" + edge + "\","));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.asOf");
      assertThat(p.message()).contains("outside the years 0001 to 9999");
    });
  }

  @Test
  void anUnknownStateIsReportedFirstAndTheZoneProblemsItCausesAfter() {
    CaseFileReader reader = CaseFileReader.forRuleBook(RuleBook.load());
    String json = "{\"events\":[" + EVENT.replace("2026-03-02T10:00Z", "2026-03-02T10:00") + "],"
        + "\"id\":\"c\",\"district\":\"D\",\"student\":{\"id\":\"s\"},"
        + "\"parties\":[{\"id\":\"parent\",\"role\":\"PARENT\"},{\"id\":\"lea\",\"role\":\"LEA\"}],\"state\":\"ZZ\"}";
    List<CaseFileProblem> ps = failure(reader, json).problems();
    assertThat(ps.get(0).path()).isEqualTo("$.state");
    assertThat(ps.get(0).message()).startsWith("'ZZ' is not a jurisdiction with installed rules; installed: ")
        .contains("MO", "MS", "US");
    assertThat(ps).extracting(CaseFileProblem::path).contains("$.events[0].at");
  }

  @Test
  void theCaseIdIsKeptWhenTheTextBreaksAfterIt() {
    assertThat(failure(CaseFileReaderTest.READER, OK.substring(0, OK.length() / 2)).caseId()).contains("c");
    assertThat(failure(CaseFileReaderTest.READER, "{\"state\": }").caseId()).isEmpty();
    assertThat(failure(CaseFileReaderTest.READER, OK.replace("\"PARENT\"", "\"MOTHER\"")).caseId()).contains("c");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\": Zelda}", "{\"id\": \"c\" \"Zelda\"}", "{\"id\": \"c\"} Zelda", "{\"id\": \"Ze\u0001lda\"}",
      "{\"id\": \"\\qZelda\"}", "{\"id\": 0123}", "{\"id\": \"c\", \"id\": \"d\"}", "{\"Zelda\"", "[Zelda]"})
  void aSyntaxErrorNeverQuotesTheInput(String json) {
    CaseFileException e = failure(CaseFileReaderTest.READER, json);
    assertThat(e.getMessage()).contains("not well-formed JSON").doesNotContain("Zelda").doesNotContain("0123");
  }
}
