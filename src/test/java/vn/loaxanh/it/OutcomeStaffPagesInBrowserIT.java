package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The environment department's outcome work on pages, in Chromium on a phone and on a desktop:
 * setting a target, reopening a submitted report with a reason, recording a correction of a count
 * with its reason, and filing the figures of the activities it leads itself.
 */
class OutcomeStaffPagesInBrowserIT extends OutcomesTest {
  private static final int[][] WINDOWS = {{390, 844}, {1280, 900}};

  @Test
  void staffSetATargetReopenAReportAndCorrectACountOnPages() {
    for (int[] window : WINDOWS) {
      LocalDate dueOn = LocalDate.of(2099, 11, 15);
      Setting s = setting(LocalDate.of(2025, 11, 15), dueOn);
      long rally = activity(s.plan(), s.taskA(), "RALLY", s.stnmt(), s.districtA(), "2025-06-05");
      String report = "api/plans/" + s.plan() + "/reports/" + s.stnmt();
      JsonObject opened = expect(200, admin(report + "?dueOn=" + dueOn).request().get());
      expect(
          200,
          admin(report + "/submit?dueOn=" + dueOn)
              .request()
              .post(
                  json(
                      Json.createObjectBuilder()
                          .add("version", opened.getJsonNumber("version").longValue()))));
      try (Browser browser = new Browser(window[0], window[1])) {
        WebDriver driver = browser.driver;
        String dashboard = "quan-tri/ket-qua?plan=" + s.plan();
        driver.get(address(dashboard));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
        browser.waitFor(ExpectedConditions.urlContains("/quan-tri/ket-qua"));

        // A target on the rally.
        driver.findElement(By.xpath("//summary[contains(., 'Đặt chỉ tiêu mới')]")).click();
        new Select(driver.findElement(By.id("scope"))).selectByValue("activity:" + rally);
        new Select(driver.findElement(By.id("metric"))).selectByValue("participants");
        driver.findElement(By.id("quantity")).sendKeys("300");
        browser.clickAndWait(driver.findElement(By.cssSelector("#target button")));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Đã đặt chỉ tiêu."));
        String targets = admin("api/plans/" + s.plan() + "/targets").request().get(String.class);
        assertTrue(targets.contains("300"), targets);

        // Reopen the submitted report, saying why.
        driver.findElement(By.xpath("//summary[contains(., 'Mở lại báo cáo')]")).click();
        driver.findElement(By.cssSelector("input[name=reason]")).sendKeys("Thiếu ảnh minh chứng");
        browser.clickAndWait(
            driver.findElement(By.xpath("//form[contains(@action,'mo-lai')]//button")));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Đã mở lại báo cáo"));
        assertEquals(
            "DRAFT",
            expect(200, admin(report + "?dueOn=" + dueOn).request().get()).getString("status"));
        Browser.assertFitsTheWindow(driver, "the dashboard at " + window[0] + " px");
        Browser.assertAccessible(driver, "the dashboard at " + window[0] + " px");

        // A correction of a count, with its reason, from the activity's page.
        driver.get(address("lich/hoat-dong?id=" + rally));
        browser.clickAndWait(driver.findElement(By.linkText("Kết quả và hiệu chỉnh số tự đếm")));
        Browser.assertFitsTheWindow(driver, "the corrections page");
        Browser.assertAccessible(driver, "the corrections page");
        new Select(driver.findElement(By.id("metric"))).selectByValue("portal-articles");
        driver.findElement(By.id("quantity")).sendKeys("2");
        // The browser would ask for the reason itself; the server must refuse it too.
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("document.getElementById('correction').noValidate = true;");
        browser.clickAndWait(driver.findElement(By.cssSelector("#correction button")));
        assertEquals(
            "true",
            driver.findElement(By.id("note")).getAttribute("aria-invalid"),
            "a correction needs its reason");
        driver.findElement(By.id("note")).sendKeys("Hai bài đăng trên trang của huyện");
        browser.clickAndWait(driver.findElement(By.cssSelector("#correction button")));
        String corrected = driver.findElement(By.tagName("main")).getText();
        assertTrue(corrected.contains("Đã ghi số sửa kèm lý do."), corrected);
        assertTrue(corrected.contains("Hai bài đăng trên trang của huyện"), corrected);
      }
    }
  }

  @Test
  void theReceivingDepartmentFilesTheFiguresOfItsOwnActivities() {
    LocalDate dueOn = LocalDate.of(2099, 11, 15);
    Setting s = setting(LocalDate.of(2025, 11, 15), dueOn);
    JsonObject plan = expect(200, admin("api/plans/" + s.plan()).request().get());
    long receiver =
        plan.getJsonArray("reportingDeadlines")
            .getJsonObject(0)
            .getJsonObject("agency")
            .getJsonNumber("id")
            .longValue();
    activity(s.plan(), s.taskA(), "RALLY", receiver, s.districtA(), "2025-06-05");
    String cookie = loginCookie("admin", ADMIN_PASSWORD, "/bao-cao");
    var page =
        withCookie("bao-cao?plan=" + s.plan() + "&dueOn=" + dueOn + "&agency=" + receiver, cookie)
            .get();
    assertEquals(200, page.getStatus(), () -> page.readEntity(String.class));
  }
}
