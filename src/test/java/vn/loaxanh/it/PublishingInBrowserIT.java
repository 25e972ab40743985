package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An editor on a phone-sized Chromium uploads a cover, writes a World Environment Day article,
 * schedules and publishes it; a reader then finds it by searching without diacritics. axe-core
 * checks the public pages against WCAG 2.1 A and AA on the way.
 */
class PublishingInBrowserIT extends ApiTest {
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @Test
  void anEditorPublishesAndAReaderFindsItWithoutDiacritics() throws IOException {
    String word = "xanh" + unique("").substring(1, 7);
    String title = "Hưởng ứng Ngày Môi trường thế giới 2025 tại Mộc Châu " + word;
    Path cover = Files.createTempFile("bia", ".png");
    BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(20, 83, 45));
    g.fillRect(0, 0, 1200, 630);
    g.dispose();
    ImageIO.write(image, "png", cover.toFile());

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver;
      driver.get(address("quan-tri/anh"));
      driver.findElement(By.id("username")).sendKeys("admin");
      driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
      browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
      browser.waitFor(ExpectedConditions.urlContains("/quan-tri/anh"));

      driver.findElement(By.id("file")).sendKeys(cover.toString());
      driver.findElement(By.id("title")).sendKeys("Ảnh bìa " + word);
      driver.findElement(By.id("alt")).sendKeys("Người dân Mộc Châu nhặt rác ven suối");
      browser.clickAndWait(driver.findElement(By.cssSelector("#upload button")));
      browser.waitFor(ExpectedConditions.urlContains("ok=1"));

      driver.get(address("quan-tri/bai-viet/sua"));
      driver.findElement(By.id("title")).sendKeys(title);
      driver
          .findElement(By.id("summary"))
          .sendKeys("Hàng nghìn người tham gia mít tinh và ra quân.");
      driver
          .findElement(By.id("markdown"))
          .sendKeys("## Chấm dứt ô nhiễm nhựa\n\nSáng 05/6, **mít tinh** hưởng ứng.");
      new Select(driver.findElement(By.id("coverId"))).selectByVisibleText("Ảnh bìa " + word);
      driver.findElement(By.id("tags")).sendKeys("Rác thải nhựa, Mộc Châu");
      browser.clickAndWait(driver.findElement(By.cssSelector("#article button")));
      browser.waitFor(ExpectedConditions.urlContains("saved=1"));

      step(browser, "IN_REVIEW", null);
      step(browser, "APPROVED", null);
      LocalDateTime soon =
          LocalDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
      step(browser, "PUBLISHED", soon.toString());
      assertTrue(
          driver.findElement(By.id("article-status")).getText().startsWith("Hẹn đăng"),
          "scheduled, not yet public");

      browser.clickAndWait(driver.findElement(By.cssSelector("header form button")));
      browser.waitFor(ExpectedConditions.urlContains("/su-kien"));
      browser.waitFor(
          d -> {
            d.get(address("tim-kiem?q=ngay%20moi%20truong%20the%20gioi%20" + word));
            return d.findElements(By.partialLinkText(word)).size() == 1;
          });
      Browser.assertAccessible(driver, "search");
      browser.clickAndWait(driver.findElement(By.partialLinkText(word)));
      browser.waitFor(ExpectedConditions.titleContains(word));
      assertEquals(title, driver.findElement(By.tagName("h1")).getText());
      assertTrue(
          driver
              .findElement(By.cssSelector("figure img"))
              .getDomAttribute("alt")
              .contains("Mộc Châu"));
      Browser.assertAccessible(driver, "article");
      driver.get(address(""));
      assertTrue(driver.findElement(By.tagName("main")).getText().contains(title));
      Browser.assertAccessible(driver, "home");
      for (String other :
          List.of(
              "lich?view=month&date=2025-06-01", "su-kien", "ngay-le?year=2025", "the/moc-chau")) {
        driver.get(address(other));
        Browser.assertAccessible(driver, other);
      }
    } finally {
      Files.deleteIfExists(cover);
    }
  }

  private void step(Browser browser, String status, String publishAt) {
    WebDriver driver = browser.driver;
    new Select(driver.findElement(By.id("status"))).selectByValue(status);
    if (publishAt != null) {
      browser.driver.executeScript(
          "arguments[0].value = arguments[1];", driver.findElement(By.id("publishAt")), publishAt);
    }
    WebElement button = driver.findElement(By.cssSelector("#workflow button"));
    browser.clickAndWait(button);
    assertTrue(
        driver.findElements(By.cssSelector(".warnings")).isEmpty(),
        () -> driver.findElement(By.tagName("main")).getText());
  }
}
