package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The school directory and the outbox on pages, in Chromium on a phone and on a desktop: a CSV with
 * a bad line is refused naming the line, a good one is imported; a school a teacher proposed under
 * another spelling is merged into the listed one, its entry with it; the outbox lists mail.
 */
class SchoolsAndOutboxInBrowserIT extends ContestTest {
  private static final int[][] WINDOWS = {{390, 844}, {1280, 900}};

  @Test
  void staffImportTheDirectoryAndSettleAProposedSchool() throws IOException {
    for (int[] window : WINDOWS) {
      Ground ground = ground();
      String province = unique("tinh");
      String district = unique("huyen");
      long provinceId = createProvince(province);
      createDistrict(district, provinceId);
      long contest =
          createContest(call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 1))
              .getJsonNumber("id")
              .longValue();
      String listedName = "Trường THCS Chiềng Sơn " + unique("");
      long listed = createSchool(listedName, "LOWER_SECONDARY", ground.district());
      expect(
          201,
          register(
              contest,
              unique("k"),
              entry(0, "ve-tranh", "thay-son@truong.edu.vn")
                  .addNull("schoolId")
                  .add(
                      "proposedSchool",
                      Json.createObjectBuilder()
                          .add("name", "THCS Chieng Son moi " + unique(""))
                          .add("level", "LOWER_SECONDARY")
                          .add("districtId", ground.district()))));
      Path csv = Files.createTempFile("truong-", ".csv");
      try (Browser browser = new Browser(window[0], window[1])) {
        WebDriver driver = browser.driver;
        driver.get(address("quan-tri/truong"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
        browser.waitFor(ExpectedConditions.urlContains("/quan-tri/truong"));
        check(driver, "the school directory at " + window[0] + " px");

        Files.writeString(
            csv,
            "tên trường,cấp học,huyện,tỉnh\n"
                + "Trường Tiểu học Hua La,PRIMARY,"
                + district
                + ","
                + province
                + "\n"
                + "Trường THCS Không Có,THCS,huyen-khong-co,"
                + province
                + "\n",
            StandardCharsets.UTF_8);
        driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndWait(driver.findElement(By.cssSelector("#directory button")));
        String refused = driver.findElement(By.tagName("main")).getText();
        assertTrue(refused.contains("Dòng 3") && refused.contains("không có huyện này"), refused);
        assertTrue(!refused.contains("line 3"), refused);
        check(driver, "a refused directory");

        Files.writeString(
            csv,
            "name,level,district,province\nTrường Tiểu học Hua La,PRIMARY,"
                + district
                + ","
                + province
                + "\n",
            StandardCharsets.UTF_8);
        driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndWait(driver.findElement(By.cssSelector("#directory button")));
        assertTrue(
            driver.findElement(By.tagName("main")).getText().contains("Đã nhập danh bạ: thêm 1"));

        // The proposal is the listed school under another spelling: merged, its entry with it.
        String proposal = "//li[contains(., 'THCS Chieng Son moi')]";
        driver.findElement(By.xpath(proposal + "//button[contains(@class,'danger')]")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        assertTrue(
            driver.findElement(By.tagName("main")).getText().contains("gộp vào trường đúng"),
            "a proposal with entries is merged, not rejected");
        new Select(driver.findElement(By.xpath(proposal + "//select")))
            .selectByValue(Long.toString(listed));
        browser.clickAndWait(driver.findElement(By.xpath(proposal + "//form[.//select]//button")));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Đã lưu."));
        JsonArray entries =
            admin("api/contests/" + contest + "/entries")
                .request(MediaType.APPLICATION_JSON)
                .get(JsonArray.class);
        assertEquals(
            listed,
            entries.getJsonObject(0).getJsonObject("school").getJsonNumber("id").longValue());

        driver.get(address("quan-tri/thu"));
        check(driver, "the outbox");
        assertTrue(
            driver.findElement(By.tagName("main")).getText().contains("thay-son@truong.edu.vn"));
      } finally {
        Files.deleteIfExists(csv);
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
}
