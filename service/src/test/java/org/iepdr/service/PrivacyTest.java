package org.iepdr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every endpoint with named students (in valid and broken cases): no response, log line or metric
 * holds a student's name or birth date. The service's own loggers run at DEBUG here.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.org.iepdr=DEBUG", "iepdr.limits.max-case-bytes=100000"})
class PrivacyTest {

  static final String NAME = "Zebediah Quuxworth";
  static final String PARENT = "Philomena Quuxworth";
  static final String BIRTH = "2011-02-13";
  static final List<String> SECRETS = List.of(NAME, "Quuxworth", "Zebediah", BIRTH);

  @LocalServerPort
  int port;

  static String named(String caseFile) {
    ObjectNode c = (ObjectNode) Http.JSON.readTree(caseFile);
    ((ObjectNode) c.path("student")).put("name", NAME).put("birthDate", BIRTH);
    for (JsonNode p : c.path("parties")) {
      if ("PARENT".equals(p.path("role").asString())) {
        ((ObjectNode) p).put("name", PARENT);
      }
    }
    c.remove("$schema");
    return c.toString();
  }

  @Test
  void noNameOrBirthDateInAnyResponseLogLineOrMetric(CapturedOutput output) throws Exception {
    Http http = new Http(port);
    List<HttpResponse<String>> responses = new ArrayList<>();
    List<String> named = new ArrayList<>();
    try (var s = Files.list(Http.CASES)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        named.add(named(Files.readString(p)));
      }
    }
    for (String c : named) {
      responses.add(http.post("/v1/evaluate", "application/json", c));
      responses.add(http.post("/v1/evaluate?lang=es", "application/json", c));
    }
    String good = named.get(0);
    assertThat(good).contains(NAME).contains(BIRTH);
    // broken cases holding the name and birth date where they do not belong
    responses.add(http.post("/v1/evaluate", "application/json", good.replace("\"" + BIRTH + "\"", "\"13 Feb 2011 "
        + NAME + "\"")));
    responses.add(http.post("/v1/evaluate", "application/json", good.replace("\"name\":\"" + NAME + "\"",
        "\"name\":{\"first\":\"" + NAME + "\"}")));
    responses.add(http.post("/v1/evaluate", "application/json", good.replace("\"student\":{", "\"" + NAME + "\":1,"
        + "\"student\":{")));
    responses.add(http.post("/v1/evaluate", "application/json", good.replace("\"state\":\"", "\"state\":\"" + NAME)));
    responses.add(http.post("/v1/evaluate", "application/json", good.substring(0, good.indexOf(NAME) + 5)));
    responses.add(http.post("/v1/evaluate", "application/json", good.replace("\"MO\"", "\"" + BIRTH + "\"")));
    responses.add(http.post("/v1/evaluate", "application/json", good + " " + "x".repeat(100_000)));
    // batch, report, test file, plan, days, jurisdictions
    StringBuilder lines = new StringBuilder();
    for (String c : named) {
      lines.append(c).append('\n').append(c.replace("\"events\":[", "\"events\":[" + "{\"who\":\"" + NAME + "\"},"))
          .append('\n');
    }
    responses.add(http.post("/v1/batch", "application/x-ndjson", lines.toString()));
    StringBuilder population = new StringBuilder();
    for (String l : Files.readAllLines(Path.of("../examples/populations/section-618-2025-26.jsonl"))) {
      if (!l.isBlank()) {
        population.append(named(l)).append('\n');
      }
    }
    responses.add(http.post("/v1/reports/section-618?year=2025-26", "application/x-ndjson", population.toString()));
    responses.add(http.post("/v1/reports/section-618?year=2025-26&showCases=3.2.b", "application/x-ndjson",
        population.toString()));
    responses.add(http.post("/v1/due?from=2025-07-01&to=2026-06-30", "application/x-ndjson", population.toString()));
    responses.add(http.send(http.request("/v1/due?from=2025-07-01&to=2026-06-30")
        .header("Content-Type", "application/x-ndjson").header("Accept", "text/calendar")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(population.toString())).build()));
    responses.add(http.post("/v1/test", "application/json", "{\"name\": \"suite\", \"cases\": [{\"name\": \"n\","
        + " \"case\": " + good + ", \"expect\": {\"noFindings\": [{\"rule\": \"MO.FIEP.LEAD_TIME\"}]}}]}"));
    responses.add(http.post("/v1/test", "application/json", "{\"name\": \"suite\", \"cases\": [{\"name\": \"n\","
        + " \"case\": " + good.replace("\"" + BIRTH + "\"", "\"" + NAME + "\"") + ", \"expect\": {}}]}"));
    responses.add(http.get("/v1/jurisdictions/MO"));
    responses.add(http.get("/actuator/metrics/http.server.requests"));
    for (HttpResponse<String> r : responses) {
      for (String secret : SECRETS) {
        assertThat(r.body()).as("response of %s", r.request().uri()).doesNotContain(secret);
        r.headers().map().forEach((k, v) -> assertThat(v.toString()).doesNotContain(secret));
      }
    }
    String log = output.getAll();
    assertThat(log).as("the log was captured").contains("Started");
    for (String secret : SECRETS) {
      assertThat(log).as("the log").doesNotContain(secret);
    }
  }
}
