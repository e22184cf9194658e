package org.iepdr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every endpoint and every error status, over real HTTP on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "iepdr.limits.max-case-bytes=200000")
class EndpointsTest {

  static final String VERSION = RuleSetFingerprint.libraryVersion();

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static void versioned(HttpResponse<String> r) {
    assertThat(r.headers().firstValue(Versions.LIBRARY_VERSION)).as("library version header").contains(VERSION);
    assertThat(r.headers().firstValue(Versions.RULE_SET_FINGERPRINT)).as("fingerprint header").isPresent();
    assertThat(r.body()).as("version in the body").contains(VERSION);
  }

  static void problem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/problem+json"));
    JsonNode p = Http.json(r);
    assertThat(p.path("status").asInt()).isEqualTo(status);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
        .doesNotContain("trace");
    versioned(r);
  }

  // ---- evaluate

  @Test
  void evaluateAnswersAsTheToolWritesJsonWithVersionAndFingerprint() throws Exception {
    HttpResponse<String> r = http.post("/v1/evaluate", "application/json", Http.caseFile("mo-fiep-one-day-late.json"));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = Http.json(r);
    assertThat(body.path("jurisdiction").asString()).isEqualTo("MO");
    assertThat(body.path("hasViolations").asBoolean()).isFalse();
    assertThat(body.path("findings").get(0).path("ruleId").asString()).isEqualTo("MO.FIEP.LEAD_TIME");
    assertThat(body.path("libraryVersion").asString()).isEqualTo(VERSION);
    assertThat(r.headers().firstValue(Versions.RULE_SET_FINGERPRINT))
        .contains("MO=" + body.path("ruleSetFingerprint").asString());
    versioned(r);
  }

  @Test
  void evaluateTakesAsOfAndLanguage() throws Exception {
    String c = Http.caseFile("mo-fiep-one-day-late.json");
    JsonNode es = Http.json(http.post("/v1/evaluate?lang=es&asOf=2026-03-10", "application/json", c));
    assertThat(es.path("language").asString()).isEqualTo("es");
    assertThat(es.path("asOf").asString()).isEqualTo("2026-03-10");
    JsonNode en = Http.json(http.post("/v1/evaluate", "application/json", c));
    assertThat(es.path("findings").get(0).path("message").asString())
        .isNotEqualTo(en.path("findings").get(0).path("message").asString());
    problem(http.post("/v1/evaluate?lang=xx", "application/json", c), 400);
    problem(http.post("/v1/evaluate?asOf=yesterday", "application/json", c), 400);
  }

  @Test
  void evaluateTakesASchoolCalendarAsAMultipartPart() throws Exception {
    String name = "ms-manifestation-determination";
    byte[] c = Files.readAllBytes(Http.CASES.resolve(name + ".json"));
    byte[] cal = Files.readAllBytes(Http.CASES.resolve(name + ".school-calendar.txt"));
    HttpResponse<String> with = http.send(multipart("/v1/evaluate", c, cal));
    assertThat(with.statusCode()).as(with.body()).isEqualTo(200);
    HttpResponse<String> without = http.post("/v1/evaluate", "application/json", c);
    assertThat(without.statusCode()).isEqualTo(200);
    assertThat(Http.json(with).path("deadlines")).isNotEqualTo(Http.json(without).path("deadlines"));
    HttpResponse<String> bad = http.send(multipart("/v1/evaluate", c, "first 2026-13-01\n".getBytes()));
    problem(bad, 400);
    assertThat(bad.body()).contains("<schoolCalendar>:1: '2026-13-01' is not an ISO date");
  }

  HttpRequest multipart(String path, byte[] caseFile, byte[] calendar) {
    String boundary = "iepdr-boundary-1234";
    StringBuilder b = new StringBuilder();
    b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"case\"; filename=\"c.json\"\r\n")
        .append("Content-Type: application/json\r\n\r\n").append(new String(caseFile, StandardCharsets.UTF_8))
        .append("\r\n--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"schoolCalendar\"; filename=\"cal.txt\"\r\n")
        .append("Content-Type: text/plain\r\n\r\n").append(new String(calendar, StandardCharsets.UTF_8))
        .append("\r\n--").append(boundary).append("--\r\n");
    return http.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build();
  }

  @Test
  void aBrokenCaseIs400WithEveryProblemAsTheToolReportsIt() throws Exception {
    HttpResponse<String> r = http.post("/v1/evaluate", "application/json",
        "{\"id\": 3, \"state\": 7,\n \"student\": {}}");
    problem(r, 400);
    JsonNode ps = Http.json(r).path("problems");
    assertThat(ps.size()).isGreaterThan(2);
    for (JsonNode p : ps) {
      assertThat(p.path("source").asString()).isEqualTo("<body>");
      assertThat(p.has("line") && p.has("column") && p.has("path") && p.has("message")).isTrue();
    }
  }

  @Test
  void malformedJsonAnEmptyBodyAndWrongTypesAre400() throws Exception {
    HttpResponse<String> truncated = http.post("/v1/evaluate", "application/json", "{\"id\": \"x\",\n \"state\": ");
    problem(truncated, 400);
    assertThat(Http.json(truncated).path("problems").get(0).path("message").asString()).startsWith("not well-formed JSON");
    problem(http.post("/v1/evaluate", "application/json", ""), 400);
    problem(http.post("/v1/evaluate", "application/json", "[1,2,3]"), 400);
    problem(http.post("/v1/evaluate", "application/json", "\"just a string\""), 400);
    problem(http.post("/v1/evaluate", "application/json", new byte[] {(byte) 0xC3, (byte) 0x28}), 400);
    String wrongTypes = Http.caseFile("mo-fiep-one-day-late.json").replace("\"trainingDays\": 3", "\"trainingDays\": \"three\"");
    problem(http.post("/v1/evaluate", "application/json", wrongTypes), 400);
  }

  @Test
  void aCaseOfAnUninstalledStateIs400WithTheReadersProblem() throws Exception {
    String zz = Http.caseFile("mo-fiep-one-day-late.json").replace("\"state\": \"MO\"", "\"state\": \"ZZ\"");
    HttpResponse<String> r = http.post("/v1/evaluate", "application/json", zz);
    problem(r, 400);
    assertThat(r.body()).contains("ZZ").contains("MO").contains("MS").contains("US");
  }

  @Test
  void aCasePastTheLimitIs413WithoutReadingItAll() throws Exception {
    byte[] huge = new byte[300_000];
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    huge[huge.length - 1] = '}';
    HttpResponse<String> r = http.post("/v1/evaluate", "application/json", huge);
    problem(r, 413);
    // a string past the per-string limit (10,000 characters) is 413 too
    String longString = Http.caseFile("mo-fiep-one-day-late.json").replace("Example R-1 School District",
        "x".repeat(20_000));
    problem(http.post("/v1/evaluate", "application/json", longString), 413);
  }

  @Test
  void wrongMediaTypeMethodAndAcceptAre415And405And406() throws Exception {
    problem(http.post("/v1/evaluate", "text/plain", "{}"), 415);
    problem(http.get("/v1/evaluate"), 405);
    problem(http.send(http.request("/v1/evaluate").header("Content-Type", "application/json")
        .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(Http.caseFile("mo-fiep-on-time.json")))
        .build()), 406);
    problem(http.get("/v1/no-such-endpoint"), 404);
  }

  // ---- batch

  @Test
  void batchAnswersOneLinePerCaseAndASummary() throws Exception {
    String lines = Http.line(Http.caseFile("mo-fiep-one-day-late.json")) + "\n\n{\"id\": \"broken\"}\n"
        + Http.line(Http.caseFile("ms-records-request-late.json")) + "\n";
    HttpResponse<String> r = http.post("/v1/batch", "application/x-ndjson", lines);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/x-ndjson"));
    List<String> out = r.body().lines().toList();
    assertThat(out).hasSize(4);
    assertThat(Http.JSON.readTree(out.get(0)).path("line").asInt()).isEqualTo(1);
    JsonNode broken = Http.JSON.readTree(out.get(1));
    assertThat(broken.path("line").asInt()).isEqualTo(3);
    assertThat(broken.path("result").asString()).isEqualTo("INVALID");
    assertThat(Http.JSON.readTree(out.get(2)).path("line").asInt()).isEqualTo(4);
    JsonNode summary = Http.JSON.readTree(out.get(3)).path("summary");
    assertThat(summary.path("cases").asInt()).isEqualTo(3);
    assertThat(summary.path("invalid").asInt()).isEqualTo(1);
    versioned(r);
  }

  @Test
  void batchLinesPastTheLimit() throws Exception {
    String big = "{\"id\": \"" + "x".repeat(250_000) + "\"}";
    // the first line past the limit: nothing is sent yet, so 413
    problem(http.post("/v1/batch", "application/x-ndjson", big + "\n"), 413);
    // a later one: the status is sent, so an invalid line naming the limit, and the batch goes on
    String ok = Http.line(Http.caseFile("mo-fiep-on-time.json"));
    HttpResponse<String> r = http.post("/v1/batch", "application/x-ndjson", ok + "\n" + big + "\n" + ok + "\n");
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> out = r.body().lines().toList();
    assertThat(out).hasSize(4);
    assertThat(out.get(1)).contains("at most 200000 bytes are allowed per line");
    problem(http.post("/v1/batch", "application/json", ok), 415);
  }

  // ---- plan and days

  @Test
  void planAndDays() throws Exception {
    HttpResponse<String> plan = http.get("/v1/plan?state=MO&act=RESOLUTION_MEETING&act=mediation-completion&trigger=2026-03-02");
    assertThat(plan.statusCode()).as(plan.body()).isIn(200);
    versioned(plan);
    assertThat(Http.json(plan).path("plans").size()).isEqualTo(2);
    problem(http.get("/v1/plan?state=MO&act=NO_SUCH_ACT&trigger=2026-03-02"), 400);
    problem(http.get("/v1/plan?state=ZZ&act=RESOLUTION_MEETING&trigger=2026-03-02"), 404);
    problem(http.get("/v1/plan?state=MO&act=RESOLUTION_MEETING&trigger=2150-01-01"), 400);
    problem(http.get("/v1/plan?state=MO&act=RESOLUTION_MEETING"), 400);

    HttpResponse<String> add = http.get("/v1/days?state=MO&from=2026-03-02&add=15");
    assertThat(Http.json(add).path("date").asString()).isEqualTo("2026-03-17");
    versioned(add);
    JsonNode business = Http.json(http.get("/v1/days?state=MS&from=2026-11-20&add=3&unit=business"));
    assertThat(business.path("unit").asString()).isEqualTo("BUSINESS");
    JsonNode until = Http.json(http.get("/v1/days?state=MO&from=2026-03-02&until=2026-04-01"));
    assertThat(until.path("days").asInt()).isEqualTo(30);
    String cal = "first 2026-08-17\nlast 2027-05-21\nclosed 2026-09-07\n";
    HttpResponse<String> school = http.post("/v1/days?state=MO&from=2026-09-04&add=1", "text/plain", cal);
    assertThat(Http.json(school).path("date").asString()).as(school.body()).isEqualTo("2026-09-08");
    problem(http.get("/v1/days?state=MO&from=2026-03-02"), 400);
    problem(http.get("/v1/days?state=MO&from=2026-03-02&add=1&unit=fortnights"), 400);
    problem(http.get("/v1/days?state=ZZ&from=2026-03-02&add=1"), 404);
    problem(http.post("/v1/days?state=MO&from=2026-09-04&add=1", "text/plain", "nonsense\n"), 400);
  }

  @Test
  void theReadmesCurlAnswersAreTheServices() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String days = http.get("/v1/days?state=MS&from=2026-11-20&add=3&unit=business").body();
    assertThat(readme).contains("curl -s 'http://127.0.0.1:8080/v1/days?state=MS&from=2026-11-20&add=3&unit=business'\n"
        + "    " + days + "\n");
    String evaluation = http.post("/v1/evaluate", "application/json", Http.caseFile("ms-complaint-verified-late.json"))
        .body();
    String shown = readme.substring(readme.indexOf("{\"schemaVersion\":\"2.1\",\"libraryVersion\""));
    shown = shown.substring(0, shown.indexOf(" ..."));
    assertThat(evaluation.replaceFirst("(\"ruleSetFingerprint\":\"[0-9a-f]{8})[0-9a-f]+", "$1..."))
        .startsWith(shown);
  }

  // ---- jurisdictions

  @Test
  void jurisdictionsWithTheirRulesAndLadder() throws Exception {
    HttpResponse<String> all = http.get("/v1/jurisdictions");
    versioned(all);
    List<String> codes = new ArrayList<>();
    Http.json(all).path("jurisdictions").forEach(j -> codes.add(j.path("code").asString()));
    assertThat(codes).containsExactly("MO", "MS", "US");
    HttpResponse<String> mo = http.get("/v1/jurisdictions/MO");
    versioned(mo);
    JsonNode m = Http.json(mo);
    assertThat(m.path("rules").size()).isGreaterThan(5);
    assertThat(m.path("ladder").path("steps").size()).isGreaterThan(2);
    assertThat(Http.json(http.get("/v1/jurisdictions/ms/rules?inForceOn=2026-01-01")).path("rules").size())
        .isGreaterThan(2);
    assertThat(Http.json(http.get("/v1/jurisdictions/US/ladder?lang=es")).path("processes").size()).isGreaterThan(2);
    HttpResponse<String> zz = http.get("/v1/jurisdictions/ZZ");
    problem(zz, 404);
    assertThat(Http.json(zz).path("installed").toString()).contains("MO").contains("MS").contains("US");
  }

  // ---- Section 618, conformance, test files

  @Test
  void section618ReportOfAStreamedCaseload() throws Exception {
    byte[] cases = Files.readAllBytes(Path.of("../examples/populations/section-618-2025-26.jsonl"));
    HttpResponse<String> r = http.post("/v1/reports/section-618?year=2025-26", "application/x-ndjson", cases);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    versioned(r);
    assertThat(Http.json(r).path("report").asString()).isEqualTo("section-618");
    problem(http.post("/v1/reports/section-618?year=2025", "application/x-ndjson", cases), 400);
    problem(http.post("/v1/reports/section-618?year=2025-26", "application/x-ndjson", "{\"id\": 1}\n"), 400);
    problem(http.post("/v1/reports/section-618?year=2025-26&suppress=0", "application/x-ndjson", cases), 400);
  }

  @Test
  void dueListsTheOpenDeadlinesOfAStreamedCaseloadAsTheToolDoes() throws Exception {
    byte[] cases = Files.readAllBytes(Path.of("../examples/caseloads/bundled-cases.jsonl"));
    String window = "/v1/due?from=2026-03-02&to=2026-03-15";
    HttpResponse<String> r = http.post(window, "application/x-ndjson", cases);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    versioned(r);
    JsonNode due = Http.json(r);
    assertThat(due.path("from").asString()).isEqualTo("2026-03-02");
    assertThat(due.path("asOf").asString()).isEqualTo("2026-03-02");
    assertThat(due.path("items").size()).isPositive();
    assertThat(due.path("cases").asLong()).isEqualTo(Files.readAllLines(
        Path.of("../examples/caseloads/bundled-cases.jsonl")).stream().filter(l -> !l.isBlank()).count());
    // the same calendar as iepdr due --ics over the same caseload and window (the tool's golden)
    HttpResponse<String> ics = http.send(http.request(window).header("Content-Type", "application/x-ndjson")
        .header("Accept", "text/calendar").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(cases)).build());
    assertThat(ics.statusCode()).as(ics.body()).isEqualTo(200);
    assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
        "text/calendar"));
    assertThat(ics.body()).isEqualTo(Files.readString(
        Path.of("../examples/caseloads/expected/bundled-cases-2026-03-02-to-2026-03-15.ics")));
    // a deadline on the window's last day is in it; a window before every deadline lists none
    assertThat(Http.json(http.post("/v1/due?from=2000-01-03&to=2000-01-04", "application/x-ndjson", cases))
        .path("items").size()).isZero();
    problem(http.post("/v1/due?from=2026-03-15&to=2026-03-02", "application/x-ndjson", cases), 400);
    problem(http.post("/v1/due?from=2026-03-02&to=2026-03-15&asOf=2026-04-01", "application/x-ndjson", cases), 400);
    problem(http.post("/v1/due?from=2026-03-02", "application/x-ndjson", cases), 400);
    problem(http.post("/v1/due?from=yesterday&to=2026-03-15", "application/x-ndjson", cases), 400);
    problem(http.post(window + "&lang=xx", "application/x-ndjson", cases), 400);
    problem(http.post(window, "application/x-ndjson", "{\"id\": 1}\n"), 400);
    problem(http.post(window, "text/plain", cases), 415);
  }

  @Test
  void conformChecksAWorkflowTemplate() throws Exception {
    String yaml = Files.readString(Path.of("../examples/workflows/mo-fiep-broken.yaml"));
    HttpResponse<String> r = http.post("/v1/conform?from=2027-01-04&to=2027-01-15", "application/yaml", yaml);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    versioned(r);
    assertThat(Http.json(r).has("lawful")).isTrue();
    problem(http.post("/v1/conform?from=2027-01-04&to=2027-01-15", "application/yaml", "steps: 3\n"), 400);
    problem(http.post("/v1/conform?from=2027-01-15&to=2027-01-04", "application/yaml", yaml), 400);
  }

  @Test
  void testFilesRunWithTheirCasesInline() throws Exception {
    String c = Http.line(Http.caseFile("mo-fiep-one-day-late.json"));
    String file = "{\"name\": \"suite\", \"cases\": ["
        + "{\"name\": \"late\", \"case\": " + c + ", \"expect\": {\"findings\": [{\"rule\": \"MO.FIEP.LEAD_TIME\"}]}},"
        + "{\"name\": \"wrong\", \"case\": " + c + ", \"expect\": {\"noFindings\": [{\"rule\": \"MO.FIEP.LEAD_TIME\"}]}}]}";
    HttpResponse<String> r = http.post("/v1/test", "application/json", file);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    versioned(r);
    JsonNode t = Http.json(r);
    assertThat(t.path("tests").asInt()).isEqualTo(2);
    assertThat(t.path("passed").asInt()).isEqualTo(1);
    assertThat(t.path("failed").asInt()).isEqualTo(1);
    String byPath = "{\"name\": \"s\", \"cases\": [{\"name\": \"x\", \"caseFile\": \"/etc/passwd\", \"expect\": {}}]}";
    HttpResponse<String> refused = http.post("/v1/test", "application/json", byPath);
    problem(refused, 400);
    assertThat(refused.body()).contains("not accepted over HTTP");
    problem(http.post("/v1/test", "application/json", "{\"cases\": 3}"), 400);
  }

  // ---- operations

  @Test
  void healthReadinessMetricsAndTheOpenApiDocument() throws Exception {
    assertThat(http.get("/actuator/health").body()).contains("UP");
    assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    http.post("/v1/evaluate", "application/json", Http.caseFile("mo-fiep-on-time.json"));
    http.get("/v1/jurisdictions/MO");
    HttpResponse<String> m = http.get("/actuator/metrics/http.server.requests");
    assertThat(m.statusCode()).isEqualTo(200);
    String uris = Http.json(m).path("availableTags").toString();
    assertThat(uris).contains("/v1/evaluate").contains("/v1/jurisdictions/{code}").doesNotContain("/v1/jurisdictions/MO");
    HttpResponse<String> one = http.get("/actuator/metrics/http.server.requests?tag=uri:/v1/evaluate");
    assertThat(Http.json(one).path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1);
    HttpResponse<String> api = http.get("/v3/api-docs");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("/v1/evaluate").contains("/v1/batch").contains("/v1/reports/section-618")
        .contains("/v1/due");
    JsonNode paths = Http.json(api).path("paths");
    assertThat(paths.path("/v1/evaluate").path("post").path("requestBody").path("content").has("application/json"))
        .as("the case file body is documented").isTrue();
    assertThat(paths.path("/v1/batch").path("post").path("requestBody").path("content").has("application/x-ndjson"))
        .isTrue();
    assertThat(http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  // ---- concurrency

  @Test
  void concurrentClientsGetTheSameAnswersAsSequentialOnes() throws Exception {
    List<String> names;
    try (var s = Files.list(Http.CASES)) {
      names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    }
    List<String> sequential = new ArrayList<>();
    for (String n : names) {
      sequential.add(http.post("/v1/evaluate", "application/json", Http.caseFile(n)).body());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        for (String n : names) {
          futures.add(pool.submit(() -> new Http(port).post("/v1/evaluate", "application/json", Http.caseFile(n))
              .body()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).as(names.get(i % names.size())).isEqualTo(sequential.get(i % names.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
