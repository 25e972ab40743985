package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An editor changes a published article in Chromium, on a phone and on a desktop: readers keep the
 * published text while the change waits for review, the console says so, and accepting it publishes
 * it. An article past its end of publication reads as no longer public.
 */
class EditorialReviewInBrowserIT extends ApiTest {
  private static final int[][] WINDOWS = {{390, 844}, {1280, 900}};

  private JsonObject publishedArticle(String title, OffsetDateTime from, OffsetDateTime until) {
    JsonObject draft =
        expect(
            201,
            admin("api/articles")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("kind", "NEWS")
                            .add("title", title)
                            .add("markdown", "Nội dung đã đăng."))));
    JsonObject article = draft;
    for (String status : new String[] {"IN_REVIEW", "APPROVED", "PUBLISHED"}) {
      var step =
          Json.createObjectBuilder()
              .add("status", status)
              .add("version", article.getJsonNumber("version").longValue());
      if (status.equals("PUBLISHED") && from != null) {
        step.add("publishAt", from.toString()).add("unpublishAt", until.toString());
      }
      article =
          expect(
              200,
              admin("api/articles/" + draft.getInt("id") + "/status").request().post(json(step)));
    }
    return article;
  }

  @Test
  void aChangeToAPublishedArticleWaitsForReviewAndAnExpiredOneReadsAsSuch() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
    JsonObject expired =
        publishedArticle("Bài hết hạn " + unique(""), now.minusHours(3), now.minusHours(1));
    for (int[] window : WINDOWS) {
      JsonObject live = publishedArticle("Bài đang đăng " + unique(""), null, null);
      String slug = live.getString("slug");
      try (Browser browser = new Browser(window[0], window[1])) {
        WebDriver driver = browser.driver;
        String edit = "quan-tri/bai-viet/sua?id=" + live.getInt("id");
        driver.get(address(edit));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
        browser.waitFor(ExpectedConditions.urlContains("/quan-tri/bai-viet/sua"));

        driver.findElement(By.id("markdown")).clear();
        driver.findElement(By.id("markdown")).sendKeys("Nội dung sửa, chờ duyệt.");
        browser.clickAndWait(driver.findElement(By.cssSelector("#article button[type=submit]")));
        String saved = driver.findElement(By.tagName("main")).getText();
        assertTrue(saved.contains("chờ biên tập viên duyệt"), saved);
        assertEquals(
            "Nội dung sửa, chờ duyệt.",
            driver.findElement(By.id("markdown")).getDomProperty("value"),
            "the form continues from the proposal");
        Browser.assertFitsTheWindow(driver, "the editor with a pending revision");
        Browser.assertAccessible(driver, "the editor with a pending revision");
        String reader = anonymous("tin/" + slug).request().get(String.class);
        assertTrue(reader.contains("Nội dung đã đăng.") && !reader.contains("chờ duyệt"), reader);

        driver.get(address("quan-tri/bai-viet"));
        String console = driver.findElement(By.tagName("main")).getText();
        assertTrue(console.contains("chờ duyệt"), console);
        assertTrue(console.contains("Đã hết hạn đăng"), "the expired article: " + console);
        Browser.assertFitsTheWindow(driver, "the console");
        Browser.assertAccessible(driver, "the console");

        driver.get(address(edit));
        browser.clickAndWait(driver.findElement(By.cssSelector("#review button[value=accept]")));
        assertTrue(driver.findElements(By.id("pending")).isEmpty(), "nothing waits any more");
        org.awaitility.Awaitility.await("readers to see the accepted text")
            .atMost(java.time.Duration.ofSeconds(10))
            .until(
                () ->
                    anonymous("tin/" + slug)
                        .request()
                        .get(String.class)
                        .contains("Nội dung sửa, chờ duyệt."));
      }
    }
    assertTrue(expired.getString("unpublishAt") != null);
  }
}
