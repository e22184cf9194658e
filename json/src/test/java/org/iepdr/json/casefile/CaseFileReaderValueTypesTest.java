package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value of the wrong kind in each kind of field (string, boolean, whole number, date, date-time, array
 * of ids, array of names, object, array of objects) is refused with the field's path and a message that
 * names what the field takes and describes the value only by its kind.
 */
class CaseFileReaderValueTypesTest {

  static final String EVENT = "{\"type\":\"placementChange\",\"id\":\"p\",\"at\":\"2026-03-02T10:00Z\",\"by\":\"lea\"}";
  static final String OK = CaseFileReaderTest.minimal(EVENT);

  static String message(String json, String path) {
    List<CaseFileProblem> ps = CaseFileReaderTest.problems(json);
    return ps.stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + ps)).message();
  }

  @Test
  void aStringFieldTakesANonEmptyString() {
    assertThat(message(OK.replace("\"district\":\"D\"", "\"district\":7"), "$.district"))
        .isEqualTo("\"district\" must be a non-empty string, not a number");
    assertThat(message(OK.replace("\"district\":\"D\"", "\"district\":\"  \""), "$.district"))
        .isEqualTo("\"district\" must be a non-empty string, not a blank string");
    assertThat(message(OK.replace("\"district\":\"D\",", ""), "$"))
        .isEqualTo("the field \"district\" is missing; give a non-empty string");
    assertThat(message(OK.replace("\"district\":\"D\"", "\"district\":null"), "$"))
        .isEqualTo("the field \"district\" is missing; give a non-empty string");
  }

  @Test
  void aMissingEnumFieldNamesItsValues() {
    assertThat(message(OK.replace(",\"role\":\"PARENT\"", ""), "$.parties[0]"))
        .startsWith("the field \"role\" is missing; give one of ").contains("PARENT").contains("LEA");
  }

  @Test
  void aBooleanFieldTakesTrueOrFalse() {
    String json = OK.replace("\"events\":", "\"participants\":[{\"id\":\"f\",\"role\":\"FACILITATOR\","
        + "\"onStateList\":\"yes\"}],\"events\":");
    assertThat(message(json, "$.participants[0].onStateList"))
        .isEqualTo("\"onStateList\" must be true or false, not a string");
    String ok = json.replace("\"yes\"", "false");
    assertThat(CaseFileReaderTest.READER.read("t.json", ok, 1).aCase().participant("f")).isPresent();
  }

  @Test
  void aCountTakesAWholeNumberOfAtLeastZero() {
    String json = OK.replace("\"events\":", "\"participants\":[{\"id\":\"f\",\"role\":\"FACILITATOR\","
        + "\"trainingDays\":-1}],\"events\":");
    assertThat(message(json, "$.participants[0].trainingDays"))
        .isEqualTo("\"trainingDays\" must be a whole number of at least 0, not a number");
    assertThat(message(json.replace("-1", "2.5"), "$.participants[0].trainingDays"))
        .isEqualTo("\"trainingDays\" must be a whole number of at least 0, not a number");
    assertThat(message(json.replace("-1", "\"3\""), "$.participants[0].trainingDays"))
        .isEqualTo("\"trainingDays\" must be a whole number of at least 0, not a string");
    assertThat(CaseFileReaderTest.READER.read("t.json", json.replace("-1", "0"), 1).aCase().participant("f")
        .orElseThrow().trainingDays()).isZero();
  }

  @Test
  void aDateTakesTheYearsOneTo9999() {
    assertThat(message(OK.replace("{\"id\":\"c\",", "{\"id\":\"c\",\"asOf\":\"+10000-01-01\","), "$.asOf"))
        .isEqualTo("\"asOf\" is outside the years 0001 to 9999 a date may have");
    assertThat(message(OK.replace("{\"id\":\"c\",", "{\"id\":\"c\",\"asOf\":\"0000-12-31\","), "$.asOf"))
        .isEqualTo("\"asOf\" is outside the years 0001 to 9999 a date may have");
    for (String edge : List.of("0001-01-01", "9999-12-31")) {
      String json = OK.replace("{\"id\":\"c\",", "{\"id\":\"c\",\"asOf\":\"" + edge + "\",");
      try {
        assertThat(CaseFileReaderTest.READER.read("t.json", json, 1).asOf()).map(Object::toString).contains(edge);
      } catch (CaseFileException e) {
        assertThat(e.problems()).extracting(CaseFileProblem::message)
            .noneMatch(m -> m.contains("outside the years"));
      }
    }
  }

  @Test
  void aDateTimeTakesAStringAndSaysWhichZoneALocalOneIsReadIn() {
    assertThat(message(OK.replace("\"2026-03-02T10:00Z\"", "5"), "$.events[0].at"))
        .isEqualTo("\"at\" must be an ISO date-time such as 2026-03-06T16:45:00-06:00, or 2026-03-06T16:45 read in the"
            + " zone of state US, not a number");
  }

  @Test
  void anArrayOfIdsTakesNonEmptyStrings() {
    String base = CaseFileReaderTest.minimal("{\"type\":\"request\",\"id\":\"r\",\"at\":\"2026-03-02T10:00Z\","
        + "\"kind\":\"FACILITATED_IEP\",\"requestedBy\":\"parent\",\"filedBy\":\"parent\","
        + "\"issues\":[\"COMMUNICATION_BREAKDOWN\"],\"signedBy\":SIGNED}");
    assertThat(message(base.replace("SIGNED", "\"parent\""), "$.events[0].signedBy"))
        .isEqualTo("\"signedBy\" must be an array of ids, not a string");
    assertThat(message(base.replace("SIGNED", "[\"parent\",\"\"]"), "$.events[0].signedBy[1]"))
        .isEqualTo("each entry of \"signedBy\" must be a non-empty string, not an empty string");
    assertThat(message(base.replace("SIGNED", "[3]"), "$.events[0].signedBy[0]"))
        .isEqualTo("each entry of \"signedBy\" must be a non-empty string, not a number");
  }

  @Test
  void anArrayOfNamesTakesAnArray() {
    String request = "{\"type\":\"request\",\"id\":\"r\",\"at\":\"2026-03-02T10:00Z\",\"kind\":\"STATE_COMPLAINT\","
        + "\"requestedBy\":\"parent\",\"filedBy\":\"parent\",\"issues\":ISSUES}";
    assertThat(message(CaseFileReaderTest.minimal(request.replace("ISSUES", "\"OTHER\"")), "$.events[0].issues"))
        .startsWith("\"issues\" must be an array of ").endsWith(", not a string");
  }

  @Test
  void objectsAndArraysOfObjectsAreChecked() {
    assertThat(message(OK.replace("\"student\":{\"id\":\"s\"}", "\"student\":\"s\""), "$.student"))
        .isEqualTo("\"student\" must be an object, not a string");
    assertThat(message(OK.replace("\"student\":{\"id\":\"s\"},", ""), "$"))
        .isEqualTo("the field \"student\" is missing; give an object");
    assertThat(message(OK.replace("\"events\":[" + EVENT + "]", "\"events\":{}"), "$.events"))
        .isEqualTo("\"events\" must be an array of objects, not an object");
    assertThat(message(OK.replace("\"events\":[" + EVENT + "]", "\"events\":[" + EVENT + ",7]"), "$.events[1]"))
        .isEqualTo("each entry of \"events\" must be an object, not a number");
    assertThat(message(OK.replace(",\"events\":[" + EVENT + "]", ""), "$"))
        .isEqualTo("the field \"events\" is missing; give an array of objects");
  }

  @Test
  void anUnknownFieldWithAnOddNameIsNotQuoted() {
    assertThat(message(OK.replace("\"by\":\"lea\"", "\"by\":\"lea\",\"Zelda Q\":1"), "$.events[0]['?']"))
        .doesNotContain("Zelda").startsWith("an unknown field whose name is not a field name of the format; allowed here: ");
  }
}
