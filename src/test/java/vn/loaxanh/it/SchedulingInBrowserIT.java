package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A staff member on a phone-sized headless Chromium, using the pages as they are. */
class SchedulingInBrowserIT extends ApiTest {

  @Test
  void staffScheduleAWorldEnvironmentDayRallyAndSeeItInTheMonthView() {
    long province = createProvince(unique("tinh"));
    long district = createDistrict(unique("moc-chau"), province);
    long lead = createAgency(unique("so-nn-mt"), province);
    long plan = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
    int year = LocalDate.now(ZoneOffset.ofHours(7)).getYear() + 2;
    String title = "Mít tinh hưởng ứng Ngày Môi trường thế giới " + unique("x");

    try (Browser browser = new Browser()) {
      var driver = browser.driver;
      driver.get(address("lich/moi"));
      assertTrue(driver.getCurrentUrl().contains("/dang-nhap"), "asked to log in first");
      driver.findElement(By.id("username")).sendKeys("admin");
      driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
      browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
      browser.waitFor(ExpectedConditions.urlMatches("/lich/moi$"));

      new Select(driver.findElement(By.id("planId"))).selectByValue(Long.toString(plan));
      browser.clickAndWait(driver.findElement(By.cssSelector("#choose-plan button[type=submit]")));
      new Select(driver.findElement(By.id("type"))).selectByValue("RALLY");
      driver.findElement(By.id("title")).sendKeys(title);
      new Select(driver.findElement(By.id("leadId"))).selectByValue(Long.toString(lead));
      new Select(driver.findElement(By.id("unitId"))).selectByValue(Long.toString(district));
      // Date and time pickers differ by locale; the value a picker would set is set directly.
      setValue(browser, driver.findElement(By.id("date")), year + "-06-05");
      setValue(browser, driver.findElement(By.id("start")), "07:30");
      setValue(browser, driver.findElement(By.id("end")), "11:00");
      browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
      browser.waitFor(ExpectedConditions.urlContains("/lich/hoat-dong?id="));

      assertEquals(title, driver.findElement(By.tagName("h1")).getText());
      assertTrue(
          driver.findElement(By.tagName("body")).getText().contains("07:30 – 11:00 05/06/" + year));

      browser.clickAndWait(driver.findElement(By.linkText("← Lịch tháng")));
      browser.waitFor(ExpectedConditions.urlContains("view=month"));
      String month = driver.findElement(By.tagName("main")).getText();
      assertTrue(month.contains("Tháng 6/" + year), month);
      WebElement day =
          driver.findElements(By.cssSelector("li.day")).stream()
              .filter(d -> d.findElement(By.tagName("h3")).getText().endsWith("05/06/" + year))
              .findFirst()
              .orElseThrow();
      assertTrue(day.getText().contains(title), "the rally sits on 05/06 in the month view");
      assertTrue(day.getText().contains("07:30"));
    }
  }

  private static void setValue(Browser browser, WebElement input, String value) {
    browser.driver.executeScript("arguments[0].value = arguments[1];", input, value);
  }
}
