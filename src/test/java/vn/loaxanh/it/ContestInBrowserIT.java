package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A teacher on a phone-sized Chromium finds the contest, registers an entry with a drawing, gets
 * the confirmation mail, opens the private link from it and corrects the entry's title.
 */
class ContestInBrowserIT extends ContestTest {
  @Test
  void aTeacherRegistersOnAPhoneGetsTheMailAndCorrectsTheEntry() throws Exception {
    startMailServer();
    Ground ground = ground();
    String schoolName = "Trường THCS Thảo Nguyên " + unique("");
    long school = createSchool(schoolName, "LOWER_SECONDARY", ground.district());
    JsonObject contest = createContest(call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 1));
    String slug = contest.getString("slug");
    String teacher = unique("co-mai") + "@truong.edu.vn";
    Path drawing = Files.createTempFile("tranh", ".png");
    Files.write(drawing, PNG);

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver;
      driver.get(address("cuoc-thi"));
      Browser.assertAccessible(driver, "contests");
      browser.clickAndWait(driver.findElement(By.cssSelector("a[href='/cuoc-thi/" + slug + "']")));
      Browser.assertAccessible(driver, "contest call");
      browser.clickAndWait(driver.findElement(By.linkText("Đăng ký dự thi")));
      Browser.assertAccessible(driver, "registration form");

      new Select(driver.findElement(By.id("category"))).selectByValue("ve-tranh");
      new Select(driver.findElement(By.id("schoolId"))).selectByValue(Long.toString(school));
      driver.findElement(By.id("teacherName")).sendKeys("Lường Thị Mai");
      driver.findElement(By.id("teacherEmail")).sendKeys(teacher);
      driver.findElement(By.id("teacherPhone")).sendKeys("0987 654 321");
      driver.findElement(By.id("title")).sendKeys("Bản em không rác");
      driver.findElement(By.id("participants")).sendKeys("Lò Văn An, 7A\nQuàng Thị Bích, 7B");
      driver.findElement(By.id("files")).sendKeys(drawing.toString());
      driver.findElement(By.name("consent")).click();
      browser.clickAndWait(driver.findElement(By.cssSelector("#registration button[type=submit]")));

      String receipt = driver.findElement(By.id("receipt")).getText();
      assertTrue(receipt.matches("CT[0-9]+-[0-9A-Z]{8}"), receipt);
      Browser.assertAccessible(driver, "receipt");

      String text = textOf(mailsTo(teacher).get(0));
      assertTrue(text.contains(receipt), text);
      String link = privateLink(text).orElseThrow(() -> new AssertionError(text));
      // The mail names the address the reader used; the browser goes to the same place.
      driver.get(address(link.substring(link.indexOf("/bai-du-thi/") + 1)));
      assertTrue(driver.findElement(By.tagName("h1")).getText().contains(receipt));
      assertTrue(driver.findElement(By.cssSelector(".facts ul a")).getText().startsWith("tranh"));
      Browser.assertAccessible(driver, "private entry");

      var title = driver.findElement(By.id("title"));
      title.clear();
      title.sendKeys("Bản em xanh, không rác thải nhựa");
      browser.clickAndWait(driver.findElement(By.cssSelector("#edit button[type=submit]")));
      assertTrue(driver.findElement(By.id("saved")).isDisplayed());
      assertEquals(
          "Bản em xanh, không rác thải nhựa",
          driver.findElement(By.id("title")).getDomProperty("value"));
    } finally {
      Files.deleteIfExists(drawing);
    }
    JsonObject stored =
        admin("api/contests/" + contest.getJsonNumber("id") + "/entries")
            .request()
            .get(jakarta.json.JsonArray.class)
            .getJsonObject(0);
    assertEquals("Bản em xanh, không rác thải nhựa", stored.getString("title"));
    assertEquals(2, stored.getJsonArray("participants").size());
    assertEquals(1, stored.getJsonArray("attachments").size());
  }
}
