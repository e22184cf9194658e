package org.iepdr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluateEndpointTest {

  static final Path CASES = Path.of("../examples/cases");

  @LocalServerPort
  int port;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aCaseFileIsEvaluatedAsTheToolWritesIt() throws Exception {
    HttpResponse<String> r = post("/v1/evaluate", "application/json",
        Files.readAllBytes(CASES.resolve("mo-fiep-one-day-late.json")));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JsonMapper.builder().build().readTree(r.body());
    assertThat(body.path("jurisdiction").asString()).isEqualTo("MO");
    assertThat(body.path("hasViolations").asBoolean()).isFalse();
    assertThat(body.path("findings").get(0).path("ruleId").asString()).isEqualTo("MO.FIEP.LEAD_TIME");
    assertThat(body.path("libraryVersion").asString()).isEqualTo(RuleSetFingerprint.libraryVersion());
    assertThat(r.headers().firstValue("Iepdr-Library-Version")).contains(RuleSetFingerprint.libraryVersion());
    assertThat(r.headers().firstValue("Iepdr-Rule-Set-Fingerprint"))
        .contains("MO=" + body.path("ruleSetFingerprint").asString());
  }

  @Test
  void aBrokenCaseIsA400ProblemListingEveryProblem() throws Exception {
    HttpResponse<String> r = post("/v1/evaluate", "application/json", "{\"id\": 3, \"state\": 7}".getBytes());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode body = JsonMapper.builder().build().readTree(r.body());
    assertThat(body.path("problems").size()).isGreaterThan(1);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void aWrongMediaTypeIs415() throws Exception {
    HttpResponse<String> r = post("/v1/evaluate", "text/plain", "{}".getBytes());
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
  }
}
