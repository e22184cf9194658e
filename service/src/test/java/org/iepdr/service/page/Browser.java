package org.iepdr.service.page;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium for the page's browser tests, driven through Debian's chromedriver (the
 * {@code webdriver.chrome.driver} system property, set by the service pom's surefire configuration):
 * Selenium Manager never runs and nothing is downloaded. Without a browser the tests are skipped, unless
 * {@value #REQUIRE} is {@code 1} (CI's {@code .ci/run} sets it): then a missing browser fails them.
 */
final class Browser {

  /** The environment variable that makes a missing browser a failure instead of a skip. */
  static final String REQUIRE = "IEPDR_REQUIRE_BROWSER";

  static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private Browser() {}

  /** Starts a headless chromium, or skips (fails when {@value #REQUIRE}=1) when there is none. */
  static ChromeDriver start() {
    boolean required = "1".equals(System.getenv(REQUIRE));
    if (!Files.isExecutable(DRIVER) || !Files.isExecutable(CHROMIUM)) {
      String why = "no headless browser: " + (Files.isExecutable(DRIVER) ? CHROMIUM : DRIVER)
          + " is missing (apt-get install --no-install-recommends chromium chromium-driver)";
      if (required) {
        fail(why + "; " + REQUIRE + "=1 makes this a failure");
      }
      Assumptions.abort(why + "; skipped (set " + REQUIRE + "=1 to make it a failure)");
    }
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
        "--disable-gpu", "--no-first-run", "--disable-extensions", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
