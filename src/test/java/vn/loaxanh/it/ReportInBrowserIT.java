package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agency's coordinator on a phone-sized Chromium fills the agency's report: the participants of
 * its rally with a link as evidence and a summary, saves, then submits it.
 */
class ReportInBrowserIT extends OutcomesTest {
  @Test
  void aCoordinatorFillsAndSubmitsTheAgencysReport() throws IOException {
    LocalDate dueOn = LocalDate.of(2099, 11, 15);
    Setting s = setting(LocalDate.of(2025, 11, 15), dueOn);
    long rally = activity(s.plan(), s.taskA(), "RALLY", s.stnmt(), s.districtA(), "2025-06-05");
    String coordinator = unique("cb-stnmt");
    createStaff(coordinator, "coordinator", s.stnmt());

    Path photo = Files.createTempFile("minh-chung", ".png");
    Files.write(photo, ArticlesApiIT.png(64, 48));
    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver;
      driver.get(address("bao-cao?plan=" + s.plan() + "&dueOn=" + dueOn));
      driver.findElement(By.id("username")).sendKeys(coordinator);
      driver.findElement(By.id("password")).sendKeys(STAFF_PASSWORD);
      browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
      browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("report")));
      assertEquals("Bản nháp", driver.findElement(By.id("report-status")).getText());

      driver.findElement(By.id("q." + rally + ".participants")).sendKeys("750");
      driver
          .findElement(By.id("evidence." + rally))
          .sendKeys("https://sonla.gov.vn/tin/mit-tinh-05-6");
      driver
          .findElement(By.id("summary"))
          .sendKeys("Mít tinh tại Mộc Châu với 750 người tham gia.");
      driver.findElement(By.id("photo." + rally)).sendKeys(photo.toString());
      browser.clickAndWait(driver.findElement(By.cssSelector("#report button[value=save]")));
      assertTrue(driver.findElement(By.id("saved")).isDisplayed());
      assertTrue(
          !figureOf(
                  anonymous("api/activities/" + rally + "/outcomes")
                      .request(MediaType.APPLICATION_JSON)
                      .get(JsonArray.class),
                  "participants")
              .isNull("evidenceMediaId"),
          () -> "the photo is the evidence after saving: " + driver.getPageSource());
      assertEquals(
          "750", driver.findElement(By.id("q." + rally + ".participants")).getDomProperty("value"));

      browser.clickAndWait(driver.findElement(By.cssSelector("#report button[value=submit]")));
      assertEquals("Đã gửi", driver.findElement(By.id("report-status")).getText());
      assertTrue(driver.findElements(By.id("q." + rally + ".participants")).isEmpty(), "frozen");
      Browser.assertAccessible(driver, "agency report");
      driver.get(address("ket-qua?ke-hoach=" + planCode(s.plan())));
      assertTrue(driver.findElement(By.tagName("main")).getText().contains("750"));
      Browser.assertAccessible(driver, "plan progress");
    } finally {
      Files.deleteIfExists(photo);
    }
    JsonArray standing =
        admin("api/plans/" + s.plan() + "/reports?dueOn=" + dueOn)
            .request(MediaType.APPLICATION_JSON)
            .get(JsonArray.class);
    assertEquals(
        "SUBMITTED",
        standing.stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getJsonNumber("agencyId").longValue() == s.stnmt())
            .findFirst()
            .orElseThrow()
            .getString("status"));
    assertEquals(
        750,
        figureOf(
                anonymous("api/activities/" + rally + "/outcomes")
                    .request(MediaType.APPLICATION_JSON)
                    .get(JsonArray.class),
                "participants")
            .getJsonNumber("total")
            .intValue());
  }

  private String planCode(long plan) {
    return get("api/plans/" + plan).getString("code");
  }
}
