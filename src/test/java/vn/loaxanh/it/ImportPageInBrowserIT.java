package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A coordinator imports a new plan file on the page in Chromium, on a phone and on a desktop: the
 * preview before confirming, a broken file shown beside its line, and on re-import a status staff
 * changed kept as a conflict until the coordinator takes the file's value.
 */
class ImportPageInBrowserIT extends ApiTest {
  private static final int[][] WINDOWS = {{390, 844}, {1280, 900}};

  private static String planFile(String province, String agency, String code, String title) {
    return """
        plans:
          - code: %3$s
            issuer: Ủy ban nhân dân tỉnh
            unit: %1$s
            year: 2025
            title: Kế hoạch tuyên truyền của Tỉnh đoàn năm 2025
            tasks:
              - clause: V.2.1
                lead: %2$s
                title: Ra quân Chiến dịch làm cho thế giới sạch hơn
                activities:
                  - code: ra-quan
                    type: CAMPAIGN
                    title: %4$s
                    status: CONFIRMED
                    start: "20/09/2025 07:00"
                    end: "20/09/2025 11:00"
        """
        .formatted(province, agency, code, title);
  }

  @Test
  void aCoordinatorImportsAPlanPreviewsItAndResolvesAConflictOnReimport() throws IOException {
    for (int[] window : WINDOWS) {
      String province = unique("tinh");
      String agency = unique("doan");
      long provinceId = createProvince(province);
      long agencyId = createAgency(agency, provinceId);
      String coordinator = unique("ctv");
      createStaff(coordinator, "coordinator", agencyId);
      String plan = unique("ke-hoach");
      Path file = Files.createTempFile("ke-hoach-", ".yaml");
      try (Browser browser = new Browser(window[0], window[1])) {
        WebDriver driver = browser.driver;
        driver.get(address("quan-tri/nhap"));
        driver.findElement(By.id("username")).sendKeys(coordinator);
        driver.findElement(By.id("password")).sendKeys(STAFF_PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
        browser.waitFor(ExpectedConditions.urlContains("/quan-tri/nhap"));
        check(driver, "the import page at " + window[0] + " px");

        // A broken file: the mistake beside its line, nothing stored.
        Files.writeString(
            file,
            planFile(province, agency, plan, "Ra quân").replace("20/09/2025 11:00", "19/09/2025"),
            StandardCharsets.UTF_8);
        upload(browser, file);
        String broken = driver.findElement(By.tagName("main")).getText();
        assertTrue(
            broken.contains("Dòng 17") && broken.contains("kết thúc trước khi bắt đầu"), broken);
        assertEquals(1, driver.findElements(By.cssSelector(".source .wrong")).size());
        check(driver, "a broken file");

        // The preview, then the import.
        driver.get(address("quan-tri/nhap"));
        Files.writeString(
            file, planFile(province, agency, plan, "Ra quân"), StandardCharsets.UTF_8);
        upload(browser, file);
        String preview = driver.findElement(By.tagName("main")).getText();
        assertTrue(preview.contains("sẽ tạo 3"), preview);
        assertTrue(
            !admin("api/plans?size=500").request().get(String.class).contains(plan),
            "a preview stores nothing");
        check(driver, "the preview");
        browser.clickAndWait(driver.findElement(By.cssSelector("#confirm button")));
        // The import runs in the background; its page follows it until it has ended.
        browser.waitForText("Đã nhập tệp");
        check(driver, "a finished import");
        JsonObject campaign = campaignOf(plan);
        assertEquals("CONFIRMED", campaign.getString("status"));

        // Staff postpone it; the file, renamed, still says CONFIRMED.
        expect(
            200,
            admin("api/activities/" + campaign.getJsonNumber("id") + "/status")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("status", "POSTPONED")
                            .add("reason", "Trùng lịch thi")
                            .add("version", campaign.getJsonNumber("version")))));
        driver.get(address("quan-tri/nhap"));
        Files.writeString(
            file,
            planFile(province, agency, plan, "Ra quân làm sạch môi trường"),
            StandardCharsets.UTF_8);
        upload(browser, file);
        String conflicts = driver.findElement(By.tagName("main")).getText();
        assertTrue(conflicts.contains("1 chỗ cán bộ đã sửa khác với tệp"), conflicts);
        assertTrue(conflicts.contains("Tạm hoãn") && conflicts.contains("Đã xác nhận"), conflicts);
        check(driver, "the preview with a conflict");
        driver.findElement(By.name("take")).click();
        browser.clickAndWait(driver.findElement(By.cssSelector("#confirm button")));
        browser.waitForText("Đã lấy giá trị trong tệp");
        JsonObject after = campaignOf(plan);
        assertEquals("CONFIRMED", after.getString("status"));
        assertEquals("Ra quân làm sạch môi trường", after.getString("title"));

        // The activity's page tells the import's changes in words.
        driver.get(address("lich/hoat-dong?id=" + after.getJsonNumber("id")));
        String trail = driver.findElement(By.tagName("main")).getText();
        assertTrue(trail.contains("Cập nhật từ tệp nội dung"), trail);
        assertTrue(trail.contains("Trạng thái: Tạm hoãn → Đã xác nhận"), trail);
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  private JsonObject campaignOf(String plan) {
    return expect(200, admin("api/activities?type=CAMPAIGN&size=500").request().get())
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getString("planCode").equals(plan))
        .findFirst()
        .orElseThrow();
  }

  private static void upload(Browser browser, Path file) {
    browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.clickAndWait(browser.driver.findElement(By.cssSelector("#upload button")));
  }

  private static void check(WebDriver driver, String name) {
    assertEquals(
        1,
        driver.findElements(By.tagName("h1")).size(),
        () -> name + ": " + driver.getPageSource());
    Browser.assertFitsTheWindow(driver, name);
    Browser.assertAccessible(driver, name);
  }
}
