package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every staff page served by the shared stack, opened by an editor in headless Chromium on a phone
 * and on a desktop: none is wider than the window, axe finds nothing, and a refused form comes back
 * with the reason beside its field and what was typed.
 */
class StaffConsoleInBrowserIT extends OutcomesTest {
  private static final int[][] WINDOWS = {{390, 844}, {1280, 900}};

  @Test
  void everyStaffPageFitsPhoneAndDesktopAndPassesAxe() {
    LocalDate dueOn = LocalDate.of(2099, 11, 15);
    Setting s = setting(LocalDate.of(2025, 11, 15), dueOn);
    long rally = activity(s.plan(), s.taskA(), "RALLY", s.stnmt(), s.districtA(), "2025-06-05");
    long contest =
        createContest(call(ground(), Instant.now().plus(1, ChronoUnit.DAYS), 1))
            .getJsonNumber("id")
            .longValue();
    List<String> pages =
        List.of(
            "quan-tri/cuoc-thi",
            "quan-tri/cuoc-thi/moi",
            "quan-tri/cuoc-thi/bai?id=" + contest,
            "bao-cao?plan=" + s.plan() + "&dueOn=" + dueOn + "&agency=" + s.stnmt(),
            "quan-tri/ket-qua?plan=" + s.plan(),
            "quan-tri/bai-viet",
            "quan-tri/bai-viet/sua",
            "quan-tri/anh",
            "lich",
            "lich/moi",
            "lich/moi?planId=" + s.plan(),
            "lich/hoat-dong?id=" + rally,
            "lich/sua?id=" + rally,
            "quan-tri/ke-hoach",
            "quan-tri/ke-hoach/sua?id=" + s.plan(),
            "quan-tri/ke-hoach/nhiem-vu?plan=" + s.plan() + "&id=" + s.taskA(),
            "quan-tri/co-quan",
            "quan-tri/co-quan/sua?id=" + s.stnmt(),
            "quan-tri/van-ban",
            "quan-tri/van-ban/sua",
            "quan-tri/dia-ban",
            "quan-tri/dia-ban/sua?id=" + s.districtA(),
            "quan-tri/truong",
            "quan-tri/thu",
            "quan-tri/nhap",
            "quan-tri/ket-qua/hieu-chinh?activity=" + rally,
            "quan-tri/tai-khoan",
            "quan-tri/tai-khoan/moi",
            "doi-mat-khau",
            "ngay-le/tao?code=ngay-moi-truong-the-gioi&year=2031",
            "ngay-le/tao?code=ngay-moi-truong-the-gioi&year=2031&planId=" + s.plan());
    for (int[] window : WINDOWS) {
      try (Browser browser = new Browser(window[0], window[1])) {
        logIn(browser);
        for (String page : pages) {
          browser.driver.get(address(page));
          String name = page + " at " + window[0] + " px";
          assertTrue(
              browser.driver.findElements(By.tagName("h1")).size() == 1,
              () -> name + " shows a page: " + browser.driver.getPageSource());
          Browser.assertFitsTheWindow(browser.driver, name);
          Browser.assertAccessible(browser.driver, name);
        }
      }
    }
  }

  @Test
  void aRefusedNewCallComesBackWithTheReasonBesideItsFieldOnAPhone() {
    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver;
      logIn(browser);
      driver.get(address("quan-tri/cuoc-thi/moi"));
      driver.findElement(By.id("title")).sendKeys("Hội thi vẽ tranh bảo vệ môi trường");
      // Date pickers differ by locale; the values a picker would set are set directly. No
      // activity is chosen, which only the server can refuse.
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript(
              "document.getElementById('opensAt').value = '2031-03-01T08:00';"
                  + "document.getElementById('closesAt').value = '2031-04-01T17:00';");
      browser.clickAndWait(driver.findElement(By.cssSelector("#contest button[type=submit]")));

      assertEquals(
          "true",
          driver.findElement(By.id("activityId")).getAttribute("aria-invalid"),
          "the activity is marked as the field to correct");
      assertTrue(driver.findElement(By.id("problem")).isDisplayed());
      assertEquals(
          "Hội thi vẽ tranh bảo vệ môi trường",
          driver.findElement(By.id("title")).getDomProperty("value"),
          "what was typed stays");
      String page = driver.findElement(By.tagName("main")).getText();
      assertTrue(page.contains("bắt buộc"), page);
      assertTrue(!page.contains("required") && !page.contains("activityId"), page);
      Browser.assertFitsTheWindow(driver, "the refused new call");
      Browser.assertAccessible(driver, "the refused new call");
    }
  }

  @Test
  void theJudgesPageWithAnEntryFitsPhoneAndDesktopAndPassesAxe() {
    Ground ground = ground();
    String judge = unique("gk");
    createStaff(judge, "judge", null);
    long contest =
        createContest(
                call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 1)
                    .add("judges", jakarta.json.Json.createArrayBuilder().add(judge)))
            .getJsonNumber("id")
            .longValue();
    long school =
        createSchool("Trường THCS Chiềng Cọ " + unique(""), "LOWER_SECONDARY", ground.district());
    expect(201, register(contest, unique("k"), entry(school, "video", "gv@truong.edu.vn")));
    for (int[] window : WINDOWS) {
      try (Browser browser = new Browser(window[0], window[1])) {
        logIn(browser, judge, STAFF_PASSWORD, "cham-thi?id=" + contest);
        String name = "the judges' page at " + window[0] + " px";
        assertTrue(
            !browser.driver.findElements(By.cssSelector("input[name^=score]")).isEmpty(),
            () -> name + " offers score boxes: " + browser.driver.getPageSource());
        Browser.assertFitsTheWindow(browser.driver, name);
        Browser.assertAccessible(browser.driver, name);
      }
    }
  }

  private void logIn(Browser browser) {
    logIn(browser, "admin", ADMIN_PASSWORD, "quan-tri/bai-viet");
  }

  private void logIn(Browser browser, String username, String password, String page) {
    WebDriver driver = browser.driver;
    driver.get(address(page));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
    browser.waitFor(ExpectedConditions.urlContains("/" + page.replaceFirst("\\?.*", "")));
  }
}
