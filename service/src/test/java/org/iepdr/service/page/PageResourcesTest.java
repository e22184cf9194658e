package org.iepdr.service.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page's files over real HTTP, without a browser (these run on every machine): the page at
 * {@code /} with its Content-Security-Policy, its script and style, every bundled example it offers
 * (each the same bytes as examples/cases and each evaluated without a problem), and nothing in them
 * that loads or calls another origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageResourcesTest {

  static final Path STATIC = Path.of("src/main/resources/static");
  static final Path CASES = Path.of("../examples/cases");

  @LocalServerPort
  int port;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePageIsServedAtTheRootWithItsScriptAndStyle() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("<html lang=\"en\">").contains("name=\"viewport\"")
        .contains("Content-Security-Policy").contains("connect-src 'self'").contains("src=\"page.js\"")
        .contains("href=\"page.css\"");
    HttpResponse<String> js = get("/page.js");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
    HttpResponse<String> css = get("/page.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
  }

  @Test
  void everyBundledExampleIsServedAsInTheRepositoryAndEvaluates() throws Exception {
    HttpResponse<String> index = get("/examples/index.json");
    assertThat(index.statusCode()).isEqualTo(200);
    JsonNode list = JsonMapper.builder().build().readTree(index.body());
    assertThat(list.size()).isGreaterThanOrEqualTo(5);
    for (JsonNode example : list) {
      String file = example.path("file").asString();
      assertThat(example.path("title").asString()).as(file).isNotBlank();
      HttpResponse<String> served = get("/examples/" + file);
      assertThat(served.statusCode()).as(file).isEqualTo(200);
      assertThat(served.body()).as(file).isEqualTo(Files.readString(CASES.resolve(file)));
      HttpResponse<String> evaluated = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/v1/evaluate")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(served.body())).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(evaluated.statusCode()).as(file).isEqualTo(200);
    }
  }

  /** Nothing loaded or called from another origin: every address in the page's files is relative. */
  @Test
  void thePageNeverReachesAnotherOrigin() throws Exception {
    Pattern url = Pattern.compile("(?:src|href|action)\\s*=\\s*\"([^\"]*)\"|fetch\\(\\s*'([^']*)'|url\\(([^)]*)\\)|@import");
    for (String name : new String[] {"index.html", "page.js", "page.css"}) {
      String text = Files.readString(STATIC.resolve(name));
      Matcher m = url.matcher(text);
      while (m.find()) {
        assertThat(m.group()).as(name).isNotEqualTo("@import");
        String address = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        assertThat(address).as(name + ": " + m.group()).doesNotContain("//").doesNotStartWith("/");
      }
      // no storage, no cookies, no beacons, no other way out
      assertThat(text).as(name).doesNotContain("localStorage", "sessionStorage", "indexedDB", "document.cookie",
          "sendBeacon", "XMLHttpRequest", "WebSocket", "<iframe", "eval(");
    }
    String js = Files.readString(STATIC.resolve("page.js"));
    assertThat(js).contains("fetch('v1/evaluate?'").contains("textContent").doesNotContain("innerHTML");
  }
}
