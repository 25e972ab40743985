package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A coordinator edits their agency's activity on the full form in Chromium, on a phone and on a
 * desktop: it spans two days, gains a partner and a channel, becomes internal; an end before the
 * start comes back as a message beside the end date; another agency's activity is refused.
 */
class ActivityEditingInBrowserIT extends OutcomesTest {
  private static final int[][] WINDOWS = {{390, 844}, {1280, 900}};

  @Test
  void aCoordinatorMakesTheirActivitySpanTwoDaysButCannotTouchAnotherAgencys() {
    Setting s = setting(LocalDate.of(2025, 11, 15), LocalDate.of(2099, 11, 15));
    for (int[] window : WINDOWS) {
      long own = activity(s.plan(), s.taskA(), "CAMPAIGN", s.stnmt(), s.districtA(), "2025-09-19");
      long others = activity(s.plan(), s.taskB(), "RALLY", s.doan(), s.districtB(), "2025-06-05");
      String coordinator = unique("ctv");
      createStaff(coordinator, "coordinator", s.stnmt());
      try (Browser browser = new Browser(window[0], window[1])) {
        WebDriver driver = browser.driver;
        String edit = "lich/sua?id=" + own;
        driver.get(address(edit));
        driver.findElement(By.id("username")).sendKeys(coordinator);
        driver.findElement(By.id("password")).sendKeys(STAFF_PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
        browser.waitFor(ExpectedConditions.urlContains("/lich/sua"));
        String name = "the activity form at " + window[0] + " px";
        Browser.assertFitsTheWindow(driver, name);
        Browser.assertAccessible(driver, name);

        // An end before the start is refused beside the end date, with what was typed kept.
        setDate(driver, "endDate", "2025-09-18");
        browser.clickAndWait(driver.findElement(By.cssSelector("#edit-activity button")));
        assertEquals("true", driver.findElement(By.id("endDate")).getAttribute("aria-invalid"));
        String refused = driver.findElement(By.tagName("main")).getText();
        assertTrue(refused.contains("kết thúc trước khi bắt đầu"), refused);
        assertTrue(!refused.contains("endsAt") && !refused.contains("ends before"), refused);
        Browser.assertFitsTheWindow(driver, "the refused activity form");
        Browser.assertAccessible(driver, "the refused activity form");

        setDate(driver, "endDate", "2025-09-20");
        driver.findElement(By.id("endTime")).clear();
        driver.findElement(By.id("endTime")).sendKeys("1700");
        driver.findElement(By.id("place")).sendKeys("Quảng trường trung tâm");
        driver
            .findElement(By.cssSelector("input[name=partnerIds][value='" + s.doan() + "']"))
            .click();
        driver.findElement(By.cssSelector("input[name=channels][value=LOUDSPEAKER]")).click();
        driver.findElement(By.name("internal")).click();
        browser.clickAndWait(driver.findElement(By.cssSelector("#edit-activity button")));
        assertTrue(
            driver.getCurrentUrl().contains("/lich/hoat-dong?id=" + own), driver.getCurrentUrl());
        String shown = driver.findElement(By.tagName("main")).getText();
        assertTrue(shown.contains("Quảng trường trung tâm"), shown);

        JsonObject stored = get(admin("api/activities/" + own));
        assertEquals("2025-09-19T07:30:00+07:00", stored.getString("startsAt"));
        assertEquals("2025-09-20T17:00:00+07:00", stored.getString("endsAt"));
        assertEquals(
            s.doan(),
            stored.getJsonArray("partners").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(stored.getJsonArray("channels").toString().contains("LOUDSPEAKER"));
        assertTrue(stored.getBoolean("internal"));
        assertEquals(404, anonymous("api/activities/" + own).request().get().getStatus());

        // Another agency's activity: the form is not theirs to save.
        driver.get(address("lich/sua?id=" + others));
        driver.findElement(By.id("title")).sendKeys(" (sửa)");
        browser.clickAndWait(driver.findElement(By.cssSelector("#edit-activity button")));
        String forbidden = driver.findElement(By.tagName("main")).getText();
        assertTrue(forbidden.contains("cơ quan mình chủ trì"), forbidden);
        assertTrue(
            !get(admin("api/activities/" + others)).getString("title").endsWith("(sửa)"),
            "nothing of the other agency's activity changed");
      }
    }
  }

  private JsonObject get(jakarta.ws.rs.client.WebTarget target) {
    return expect(200, target.request().get());
  }

  /** Date pickers differ by locale; the value a picker would set is set directly. */
  private static void setDate(WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }
}
