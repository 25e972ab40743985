package vn.loaxanh.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver. Selenium is given both paths so it
 * never tries to download a driver, and Chromium is kept off the network apart from loopback.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final ChromeDriver driver;
  private final Path profile;

  /** A phone-sized window, 390 by 844 CSS pixels, as most readers have. */
  Browser() {
    this(390, 844);
  }

  Browser(int width, int height) {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "The page tests need Debian's Chromium: apt-get install -y chromium chromium-driver");
    }
    try {
      profile = Files.createTempDirectory("loaxanh-chromium");
    } catch (IOException noTemp) {
      throw new UncheckedIOException(noTemp);
    }
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM)
            .addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--lang=vi",
                "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  /**
   * Waits for a page to load after a click, saying what page the browser is on if it never does.
   */
  void waitFor(ExpectedCondition<?> condition) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    } catch (TimeoutException stuck) {
      throw new AssertionError(
          "still on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), stuck);
    }
  }

  /**
   * Waits until the page's main content says something, through pages that reload themselves (a
   * running import's progress) meanwhile.
   */
  void waitForText(String text) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .ignoring(WebDriverException.class)
          .until(
              d -> d.findElement(org.openqa.selenium.By.tagName("main")).getText().contains(text));
    } catch (TimeoutException stuck) {
      throw new AssertionError(
          "never said \""
              + text
              + "\"; still on "
              + driver.getCurrentUrl()
              + ":\n"
              + driver.getPageSource(),
          stuck);
    }
  }

  /**
   * Clicks something that loads a new page and waits until that page has loaded. Waiting for the
   * old element to go stale is not enough: Chromium may answer a query made while the documents
   * swap with an "unknown error" instead of a stale element. A mark left on the old window is gone
   * only once the next document exists, and its ready state says when it has loaded.
   */
  void clickAndWait(WebElement target) {
    driver.executeScript("window.loaxanhPreviousPage = true;");
    target.click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .ignoring(WebDriverException.class)
          .until(
              d ->
                  Boolean.TRUE.equals(
                      driver.executeScript(
                          "return window.loaxanhPreviousPage === undefined"
                              + " && document.readyState === 'complete';")));
    } catch (TimeoutException stuck) {
      throw new AssertionError(
          "no new page after the click, still on " + driver.getCurrentUrl(), stuck);
    }
  }

  /** Fails the test if the page is wider than the window, so a reader would scroll sideways. */
  static void assertFitsTheWindow(WebDriver driver, String page) {
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    if (((Number) overflow).longValue() > 0) {
      throw new AssertionError(page + " is " + overflow + " px wider than the window");
    }
  }

  /** Fails the test naming each WCAG 2.1 A or AA rule that axe-core finds broken on the page. */
  static void assertAccessible(WebDriver driver, String page) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    String violations =
        results.getViolations().stream().map(Rule::getId).collect(Collectors.joining(", "));
    if (!results.violationFree()) {
      throw new AssertionError(page + " breaks WCAG 2.1 AA: " + violations);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException leftBehind) {
        // A temp folder left behind is not worth failing the test for.
      }
    }
  }
}
