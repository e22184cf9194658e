package org.iepdr.service.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page to try a case, in a real headless chromium against the service on a random port: it loads,
 * a bundled case evaluates and shows its findings with their citations, the timeline draws one mark per
 * deadline of the evaluation, a broken case shows every problem, a keyboard alone reaches and works
 * every control, and a phone's 375 px need no sideways scrolling. Each expectation is checked against
 * the service's own answer for the same case, fetched over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageBrowserTest {

  static final Path CASES = Path.of("../examples/cases");
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  ChromeDriver driver;
  WebDriverWait wait;

  @BeforeAll
  void startBrowser() {
    driver = Browser.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void openPage() {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get("http://127.0.0.1:" + port + "/");
    wait.until(d -> new Select(d.findElement(By.id("example"))).getOptions().size() > 1);
  }

  JsonNode evaluation(byte[] body) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/v1/evaluate")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  void loadExample(String file) {
    new Select(driver.findElement(By.id("example"))).selectByValue(file);
    driver.findElement(By.id("load-example")).click();
    wait.until(d -> !d.findElement(By.id("case")).getDomProperty("value").isBlank());
  }

  void evaluate() {
    driver.findElement(By.id("evaluate")).click();
    wait.until(d -> d.findElement(By.id("results")).isDisplayed() || d.findElement(By.id("problems")).isDisplayed());
  }

  void paste(String text) {
    // what a paste does: the whole text at once (sendKeys would type it key by key)
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
        driver.findElement(By.id("case")), text);
  }

  @Test
  void thePageLoadsWithALabelForEveryControlAndNothingFromElsewhere() {
    assertThat(driver.getTitle()).contains("IEP Dispute Rules");
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("try a case");
    List<WebElement> controls = driver.findElements(By.cssSelector("input, select, textarea"));
    assertThat(controls).hasSizeGreaterThanOrEqualTo(5);
    for (WebElement c : controls) {
      String id = c.getDomAttribute("id");
      assertThat(id).as("every control has an id").isNotBlank();
      assertThat(driver.findElements(By.cssSelector("label[for='" + id + "']"))).as("label of #" + id).hasSize(1);
    }
    for (WebElement b : driver.findElements(By.tagName("button"))) {
      assertThat(b.getText()).as("every button names what it does").isNotBlank();
    }
    assertThat(new Select(driver.findElement(By.id("example"))).getOptions()).hasSizeGreaterThan(4);
    // every resource the page loaded came from this service
    @SuppressWarnings("unchecked")
    List<String> loaded = (List<String>) driver.executeScript(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    assertThat(loaded).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith("http://127.0.0.1:" + port + "/"));
    assertThat(driver.findElement(By.cssSelector("meta[http-equiv='Content-Security-Policy']"))
        .getDomAttribute("content")).contains("connect-src 'self'").contains("default-src 'none'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mo-hearing-extended.json", "ms-state-complaint-set-aside.json"})
  void aBundledCaseEvaluatesAndItsFindingsShowTheirCitations(String file) throws Exception {
    JsonNode expected = evaluation(Files.readAllBytes(CASES.resolve(file)));
    loadExample(file);
    evaluate();
    assertThat(driver.findElement(By.id("problems")).isDisplayed()).isFalse();
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("results-heading");
    List<WebElement> findings = driver.findElements(By.cssSelector("#findings > li"));
    assertThat(findings).hasSize(expected.path("findings").size()).isNotEmpty();
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = expected.path("findings").get(i);
      WebElement li = findings.get(i);
      assertThat(li.findElement(By.className("rule-id")).getText()).isEqualTo(f.path("ruleId").asString());
      assertThat(li.findElement(By.className("kind")).getText()).isEqualTo(f.path("kind").asString());
      assertThat(li.findElement(By.className("message")).getText()).isEqualTo(f.path("message").asString());
      JsonNode c = f.path("citation");
      String citation = li.findElement(By.className("citation")).getText();
      assertThat(citation).contains(c.path("quote").asString()).contains(c.path("section").asString());
      if (c.path("restatement").asBoolean()) {
        assertThat(citation).contains("Restated (not a quotation)");
      } else {
        assertThat(li.findElements(By.cssSelector(".citation blockquote"))).hasSize(1);
      }
    }
    assertThat(driver.findElement(By.id("summary")).getText()).contains(expected.path("caseId").asString())
        .contains(expected.path("asOf").asString());
    // next steps: the evaluation's, else its open deadlines
    List<WebElement> steps = driver.findElements(By.cssSelector("#next-steps > li"));
    if (!expected.path("nextSteps").isEmpty()) {
      assertThat(steps).hasSize(expected.path("nextSteps").size());
      assertThat(steps.get(0).getText()).contains(expected.path("nextSteps").get(0).path("why").asString());
    } else {
      long open = 0;
      for (JsonNode d : expected.path("deadlines")) {
        open += "PENDING".equals(d.path("status").asString()) ? 1 : 0;
      }
      assertThat(steps).hasSize((int) open);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"mo-hearing-extended.json", "mo-due-process-resolution-hearing.json",
      "ms-records-request-late.json"})
  void theTimelineDrawsEveryDeadlineWithItsDueDateAndEveryEvent(String file) throws Exception {
    byte[] body = Files.readAllBytes(CASES.resolve(file));
    JsonNode expected = evaluation(body);
    int events = JSON.readTree(body).path("events").size();
    loadExample(file);
    evaluate();
    WebElement svg = driver.findElement(By.cssSelector("#timeline-scroll svg"));
    assertThat(svg.getDomAttribute("role")).isEqualTo("img");
    assertThat(svg.findElement(By.tagName("title")).getDomProperty("textContent"))
        .contains(expected.path("caseId").asString());
    assertThat(svg.findElement(By.tagName("desc")).getDomProperty("textContent"))
        .contains(expected.path("deadlines").size() + " deadlines");
    List<WebElement> marks = svg.findElements(By.cssSelector("g.deadline-mark"));
    assertThat(marks).hasSize(expected.path("deadlines").size()).isNotEmpty();
    for (int i = 0; i < marks.size(); i++) {
      JsonNode d = expected.path("deadlines").get(i);
      assertThat(marks.get(i).getDomAttribute("data-rule")).isEqualTo(d.path("ruleId").asString());
      assertThat(marks.get(i).getDomAttribute("data-due")).isEqualTo(d.path("latest").asString(""));
      assertThat(marks.get(i).getDomAttribute("data-outcome")).isEqualTo(d.path("outcome").asString());
      assertThat(marks.get(i).findElements(By.cssSelector(".due"))).hasSize(1);
    }
    assertThat(svg.findElements(By.cssSelector("g.event-mark"))).hasSize(events);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", svg);
    screenshot("timeline-" + file);
    // the text alternative: one row per event and per deadline
    List<WebElement> rows = driver.findElements(By.cssSelector("#timeline-table tbody tr"));
    assertThat(rows).hasSize(events + expected.path("deadlines").size());
    long deadlineRows = rows.stream().filter(r -> r.getText().contains("Deadline")).count();
    assertThat(deadlineRows).isEqualTo(expected.path("deadlines").size());
  }

  @Test
  void aBrokenCaseShowsEveryProblemWithItsLineAndPath() throws Exception {
    String broken = "{\n  \"id\": 3,\n  \"state\": 7\n}\n";
    JsonNode expected = evaluation(broken.getBytes(StandardCharsets.UTF_8));
    paste(broken);
    evaluate();
    assertThat(driver.findElement(By.id("results")).isDisplayed()).isFalse();
    List<WebElement> problems = driver.findElements(By.cssSelector("#problems-list > li"));
    assertThat(problems).hasSize(expected.path("problems").size()).hasSizeGreaterThan(1);
    for (int i = 0; i < problems.size(); i++) {
      JsonNode p = expected.path("problems").get(i);
      assertThat(problems.get(i).getText()).contains("line " + p.path("line").asInt())
          .contains(p.path("path").asString()).contains(p.path("message").asString());
    }
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("problems-heading");
    screenshot("problems");
    assertThat(driver.findElement(By.id("case")).getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id("status")).getText()).contains(problems.size() + " problems");

    // text that is not JSON at all: one problem, where it is
    paste("this is not a case");
    evaluate();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "1 problem."));
    assertThat(driver.findElements(By.cssSelector("#problems-list > li"))).hasSize(1);
    assertThat(driver.findElement(By.id("problems-list")).getText()).contains("line 1").contains("not well-formed JSON");
  }

  @Test
  void anUploadedCaseFileIsReadIntoTheFormAndEvaluates() throws Exception {
    Path file = CASES.resolve("ms-complaint-verified-late.json").toAbsolutePath().normalize();
    driver.findElement(By.id("file")).sendKeys(file.toString());
    wait.until(d -> !d.findElement(By.id("case")).getDomProperty("value").isBlank());
    assertThat(driver.findElement(By.id("case")).getDomProperty("value")).isEqualTo(Files.readString(file));
    evaluate();
    assertThat(driver.findElement(By.id("summary")).getText()).contains("ms-complaint-verified-late");
  }

  @Test
  void anEmptyCaseIsNotSentAndSaysWhatToDo() {
    paste("   ");
    driver.findElement(By.id("evaluate")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Paste, upload or choose"));
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("case");
    assertThat(driver.findElement(By.id("results")).isDisplayed()).isFalse();
  }

  @Test
  void aKeyboardAloneReachesEveryControlWithAVisibleFocusAndEvaluatesACase() {
    Set<String> reached = new LinkedHashSet<>();
    List<Object> outlines = new ArrayList<>();
    // keys go where the focus is, as a person's would (Actions: sendKeys on a file input would upload)
    Actions keys = new Actions(driver);
    keys.sendKeys(Keys.TAB).perform();
    for (int i = 0; i < 40 && !reached.contains("evaluate"); i++) {
      WebElement active = driver.switchTo().activeElement();
      String id = active.getDomAttribute("id");
      reached.add(id == null ? active.getTagName() : id);
      outlines.add(driver.executeScript("var e = document.activeElement, s = getComputedStyle(e);"
          + " return s.outlineStyle + ' ' + s.outlineWidth + ' #' + e.id;"));
      keys.sendKeys(Keys.TAB).perform();
    }
    assertThat(reached).contains("example", "load-example", "file", "case", "as-of", "lang", "evaluate");
    assertThat(outlines).as("a visible focus on every control").allSatisfy(o -> assertThat(o).asString().startsWith("solid 3px"));

    // choose the first example, load it, evaluate: keys only
    WebElement example = driver.findElement(By.id("example"));
    focus(example);
    keys.sendKeys(Keys.ARROW_DOWN).perform();
    assertThat(new Select(example).getFirstSelectedOption().getDomAttribute("value")).isNotBlank();
    keys.sendKeys(Keys.TAB).perform();
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("load-example");
    keys.sendKeys(Keys.ENTER).perform();
    wait.until(d -> !d.findElement(By.id("case")).getDomProperty("value").isBlank());
    focus(driver.findElement(By.id("lang")));
    keys.sendKeys(Keys.TAB).perform();
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("evaluate");
    keys.sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    assertThat(driver.findElements(By.cssSelector("#findings > li"))).isNotEmpty();
    // the scrolling timeline and table can take the focus, so a keyboard can scroll them
    assertThat(driver.findElement(By.id("timeline-scroll")).getDomAttribute("tabindex")).isEqualTo("0");
  }

  /** With {@code -Diepdr.page.screenshots=DIR}, saves what the browser shows (to look at the page). */
  void screenshot(String name) throws Exception {
    String dir = System.getProperty("iepdr.page.screenshots");
    if (dir != null) {
      Files.createDirectories(Path.of(dir));
      Files.write(Path.of(dir, name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
  }

  void focus(WebElement e) {
    driver.executeScript("arguments[0].focus();", e);
  }

  @Test
  void onAPhoneThePageNeedsNoSidewaysScrolling() throws Exception {
    driver.manage().window().setSize(new Dimension(375, 812));
    driver.navigate().refresh();
    wait.until(d -> new Select(d.findElement(By.id("example"))).getOptions().size() > 1);
    loadExample("mo-hearing-extended.json");
    evaluate();
    long inner = ((Number) driver.executeScript("return window.innerWidth;")).longValue();
    long scroll = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
    assertThat(inner).isLessThanOrEqualTo(400);
    assertThat(scroll).as("the page is as wide as the phone; the timeline scrolls in its own box").isLessThanOrEqualTo(inner);
    WebElement button = driver.findElement(By.id("evaluate"));
    assertThat(button.getSize().getHeight()).as("a button big enough to tap").isGreaterThanOrEqualTo(40);
    screenshot("phone");
  }

  /** Every visible text of the page, the results and the timeline included, against its background. */
  @Test
  void everyTextMeetsWcagAaContrast() {
    loadExample("mo-hearing-extended.json");
    evaluate();
    @SuppressWarnings("unchecked")
    List<String> failures = (List<String>) driver.executeScript(CONTRAST);
    assertThat(failures).isEmpty();
    // the problems' colours too
    paste("{}");
    evaluate();
    assertThat(driver.findElement(By.id("problems")).isDisplayed()).isTrue();
    @SuppressWarnings("unchecked")
    List<String> problemFailures = (List<String>) driver.executeScript(CONTRAST);
    assertThat(problemFailures).isEmpty();
  }

  /**
   * Returns, for each element with its own visible text, a line where its colour (fill, in the SVG) has
   * less contrast with the first opaque background behind it than WCAG AA asks (4.5:1; 3:1 for large
   * text: 24 px, or 18.66 px bold).
   */
  static final String CONTRAST = """
      function rgb(s) { var m = (s || '').match(/[\\d.]+/g); return m ? m.map(Number) : null; }
      function lum(c) {
        var v = c.slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
      }
      function background(e) {
        for (; e && e.nodeType === 1; e = e.parentNode) {
          var b = rgb(getComputedStyle(e).backgroundColor);
          if (b && (b.length < 4 || b[3] > 0.99)) { return b; }
        }
        return [255, 255, 255];
      }
      var out = [];
      document.querySelectorAll('body *').forEach(function (e) {
        if (e.tagName === 'OPTION' || e.tagName === 'SCRIPT' || e.tagName === 'title' || e.tagName === 'desc') { return; }
        var own = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim() !== ''; });
        if (!own || e.getClientRects().length === 0 || e.closest('[hidden]')) { return; }
        var s = getComputedStyle(e);
        if (s.visibility === 'hidden') { return; }
        var fg = rgb(e instanceof SVGElement ? s.fill : s.color);
        if (!fg) { return; }
        var l1 = lum(fg), l2 = lum(background(e)), ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        var size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
        var need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
        if (ratio < need) { out.push(e.tagName + '.' + e.getAttribute('class') + ' "' + e.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2)); }
      });
      return out;
      """;
}
