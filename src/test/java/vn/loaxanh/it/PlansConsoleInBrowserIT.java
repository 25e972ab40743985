package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An editor writes a plan, its task and an agency's contact e-mail on the console pages in
 * Chromium, on a phone and on a desktop: a refused value comes back beside its field with what was
 * typed, every page fits the window and axe finds nothing.
 */
class PlansConsoleInBrowserIT extends ApiTest {
  private static final int[][] WINDOWS = {{390, 844}, {1280, 900}};

  @Test
  void anEditorWritesAPlanWithATaskAndGivesAnAgencyItsEmail() {
    for (int[] window : WINDOWS) {
      long province = createProvince(unique("tinh"));
      long department = createAgency(unique("so"), province);
      String code = unique("ke-hoach");
      try (Browser browser = new Browser(window[0], window[1])) {
        WebDriver driver = browser.driver;
        driver.get(address("quan-tri/ke-hoach"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
        browser.waitFor(ExpectedConditions.urlContains("/quan-tri/ke-hoach"));
        check(driver, "the plans console at " + window[0] + " px");

        driver.get(address("quan-tri/ke-hoach/sua"));
        check(driver, "the new plan form");
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.id("symbol")).sendKeys("45/KH-UBND");
        driver.findElement(By.id("issuer")).sendKeys("Ủy ban nhân dân tỉnh");
        new Select(driver.findElement(By.id("unitId"))).selectByValue(Long.toString(province));
        driver.findElement(By.id("year")).clear();
        driver.findElement(By.id("year")).sendKeys("1999");
        driver
            .findElement(By.id("title"))
            .sendKeys("Kế hoạch tuyên truyền về bảo vệ môi trường năm 2027");
        driver.findElement(By.id("themes[0].title")).sendKeys("Chấm dứt ô nhiễm nhựa");
        driver.findElement(By.cssSelector("input[name=channels][value=LOUDSPEAKER]")).click();
        driver.findElement(By.id("note.LOUDSPEAKER")).sendKeys("Phát 3 lần mỗi tuần");
        setValue(driver, "reportingDeadlines[0].dueOn", "2027-11-15");
        driver
            .findElement(By.id("reportingDeadlines[0].title"))
            .sendKeys("Báo cáo kết quả thực hiện");
        // The browser would stop a year out of range; the server must refuse it too.
        ((JavascriptExecutor) driver)
            .executeScript("document.getElementById('plan').noValidate = true;");
        browser.clickAndWait(driver.findElement(By.cssSelector("#plan button[type=submit]")));
        assertEquals("true", driver.findElement(By.id("year")).getAttribute("aria-invalid"));
        String refused = driver.findElement(By.tagName("main")).getText();
        assertTrue(refused.contains("2000"), refused);
        assertTrue(!refused.contains("must") && !refused.contains("year:"), refused);
        assertEquals(
            "Chấm dứt ô nhiễm nhựa",
            driver.findElement(By.id("themes[0].title")).getDomProperty("value"),
            "what was typed stays");
        check(driver, "the refused plan form");

        driver.findElement(By.id("year")).clear();
        driver.findElement(By.id("year")).sendKeys("2027");
        browser.clickAndWait(driver.findElement(By.cssSelector("#plan button[type=submit]")));
        assertTrue(
            driver.findElement(By.tagName("main")).getText().contains("Đã lưu kế hoạch."),
            driver.getPageSource());
        long plan = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject stored = expect(200, admin("api/plans/" + plan).request().get());
        assertEquals(code, stored.getString("code"));
        assertEquals(2027, stored.getInt("year"));
        assertTrue(stored.toString().contains("Chấm dứt ô nhiễm nhựa"), stored.toString());
        assertTrue(stored.toString().contains("Phát 3 lần mỗi tuần"), stored.toString());
        assertTrue(stored.toString().contains("2027-11-15"), stored.toString());

        browser.clickAndWait(driver.findElement(By.linkText("Thêm nhiệm vụ")));
        check(driver, "the new task form");
        driver.findElement(By.id("clause")).sendKeys("V.1.3");
        driver
            .findElement(By.id("title"))
            .sendKeys("Tổ chức mít tinh hưởng ứng Ngày Môi trường thế giới");
        new Select(driver.findElement(By.id("leadId"))).selectByValue(Long.toString(department));
        browser.clickAndWait(driver.findElement(By.cssSelector("#task button[type=submit]")));
        String planPage = driver.findElement(By.tagName("main")).getText();
        assertTrue(planPage.contains("V.1.3"), planPage);
        assertEquals(
            1,
            expect(200, admin("api/plans/" + plan).request().get()).getJsonArray("tasks").size());

        driver.get(address("quan-tri/co-quan/sua?id=" + department));
        check(driver, "the agency form");
        driver.findElement(By.id("email")).clear();
        driver.findElement(By.id("email")).sendKeys("khong-phai-thu");
        ((JavascriptExecutor) driver)
            .executeScript("document.getElementById('agency').noValidate = true;");
        browser.clickAndWait(driver.findElement(By.cssSelector("#agency button[type=submit]")));
        assertEquals("true", driver.findElement(By.id("email")).getAttribute("aria-invalid"));
        assertTrue(
            driver.findElement(By.tagName("main")).getText().contains("không phải địa chỉ e-mail"));
        driver.findElement(By.id("email")).clear();
        driver.findElement(By.id("email")).sendKeys("vanthu@stnmt.example.vn");
        browser.clickAndWait(driver.findElement(By.cssSelector("#agency button[type=submit]")));
        String directory = driver.findElement(By.tagName("main")).getText();
        assertTrue(directory.contains("vanthu@stnmt.example.vn"), directory);
        check(driver, "the agencies directory");
      }
    }
  }

  private static void check(WebDriver driver, String name) {
    assertEquals(
        1,
        driver.findElements(By.tagName("h1")).size(),
        () -> name + ": " + driver.getPageSource());
    Browser.assertFitsTheWindow(driver, name);
    Browser.assertAccessible(driver, name);
  }

  /** Date pickers differ by locale; the value a picker would set is set directly. */
  private static void setValue(WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }
}
