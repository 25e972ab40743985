package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff accounts on pages, in Chromium on a phone and on a desktop: an administrator creates a
 * coordinator for an agency and an editor, sends a password-reset link that arrives by mail and
 * works once; a staff member changes their own password, which ends their other sessions; a
 * disabled account cannot log in.
 */
class PeopleInBrowserIT extends ContestTest {
  private static final int[][] WINDOWS = {{390, 844}, {1280, 900}};
  private static final Pattern LINK = Pattern.compile("(http\\S+/dat-lai-mat-khau\\?token=\\S+)");

  @Test
  void anAdministratorCreatesAccountsAndStaffManageTheirPasswords() {
    startMailServer();
    long province = createProvince(unique("tinh"));
    long agency = createAgency(unique("so"), province);
    for (int[] window : WINDOWS) {
      String coordinator = unique("ctv");
      String editor = unique("btv");
      String mail = coordinator + "@sonla.example.vn";
      try (Browser browser = new Browser(window[0], window[1])) {
        WebDriver driver = browser.driver;
        logIn(browser, "admin", ADMIN_PASSWORD, "quan-tri/tai-khoan");
        check(driver, "the accounts page at " + window[0] + " px");

        // A coordinator without an agency is refused beside the agency, the rest kept.
        driver.get(address("quan-tri/tai-khoan/moi"));
        check(driver, "the new account form");
        driver.findElement(By.id("username")).sendKeys(coordinator);
        driver.findElement(By.id("password")).sendKeys("mot cau de nho 2026");
        new Select(driver.findElement(By.id("role"))).selectByValue("coordinator");
        driver.findElement(By.id("email")).sendKeys(mail);
        browser.clickAndWait(driver.findElement(By.cssSelector("#account button")));
        assertEquals("true", driver.findElement(By.id("agencyId")).getAttribute("aria-invalid"));
        String refused = driver.findElement(By.tagName("main")).getText();
        assertTrue(refused.contains("cộng tác viên phải thuộc một cơ quan"), refused);
        assertEquals(coordinator, driver.findElement(By.id("username")).getDomProperty("value"));
        check(driver, "the refused account form");

        driver.findElement(By.id("password")).sendKeys("mot cau de nho 2026");
        new Select(driver.findElement(By.id("agencyId"))).selectByValue(Long.toString(agency));
        browser.clickAndWait(driver.findElement(By.cssSelector("#account button")));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains(coordinator));

        driver.get(address("quan-tri/tai-khoan/moi"));
        driver.findElement(By.id("username")).sendKeys(editor);
        driver.findElement(By.id("password")).sendKeys("bien tap vien 2026!");
        new Select(driver.findElement(By.id("role"))).selectByValue("editor");
        browser.clickAndWait(driver.findElement(By.cssSelector("#account button")));
        String list = driver.findElement(By.tagName("main")).getText();
        assertTrue(list.contains(editor) && list.contains("Biên tập viên"), list);

        // The reset link goes by mail, is hidden in the outbox, and works once.
        browser.clickAndWait(driver.findElement(By.linkText(coordinator)));
        check(driver, "an account's page");
        browser.clickAndWait(driver.findElement(By.cssSelector("#reset button")));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains(mail));
        String text = textOf(mailsTo(mail, "Đặt lại mật khẩu").get(0));
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        JsonObject outbox = expect(200, admin("api/mail?size=500").request().get());
        long mailId =
            outbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonArray("to").getString(0).equals(mail))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String stored = expect(200, admin("api/mail/" + mailId).request().get()).getString("text");
        assertTrue(!stored.contains("token="), "the outbox does not show the link: " + stored);

        String resetPath = link.group(1).replaceFirst("^http://[^/]+/", "");
        try (Browser stranger = new Browser(window[0], window[1])) {
          WebDriver other = stranger.driver;
          other.get(address(resetPath));
          check(other, "the reset page");
          other.findElement(By.id("password")).sendKeys("mat khau moi qua thu");
          other.findElement(By.id("repeat")).sendKeys("mat khau moi qua thu");
          stranger.clickAndWait(other.findElement(By.cssSelector("#reset-form button")));
          assertTrue(
              other.findElement(By.tagName("main")).getText().contains("Đã đặt mật khẩu mới"));
          other.get(address(resetPath));
          assertTrue(
              other.findElement(By.tagName("main")).getText().contains("đã được dùng"),
              "the link works once");
        }

        // The coordinator changes their own password; a session opened elsewhere ends.
        String elsewhere = loginCookie(coordinator, "mat khau moi qua thu", "/lich");
        try (Browser own = new Browser(window[0], window[1])) {
          logIn(own, coordinator, "mat khau moi qua thu", "doi-mat-khau");
          check(own.driver, "the password page");
          own.driver.findElement(By.id("currentPassword")).sendKeys("mat khau moi qua thu");
          own.driver.findElement(By.id("newPassword")).sendKeys("ngan");
          own.driver.findElement(By.id("repeat")).sendKeys("ngan");
          ((JavascriptExecutor) own.driver)
              .executeScript("document.getElementById('password-form').noValidate = true;");
          own.clickAndWait(own.driver.findElement(By.cssSelector("#password-form button")));
          assertTrue(
              own.driver.findElement(By.tagName("main")).getText().contains("từ 12 đến 200 ký tự"));
          own.driver.findElement(By.id("currentPassword")).sendKeys("mat khau moi qua thu");
          own.driver.findElement(By.id("newPassword")).sendKeys("mat khau cua rieng toi");
          own.driver.findElement(By.id("repeat")).sendKeys("mat khau cua rieng toi");
          own.clickAndWait(own.driver.findElement(By.cssSelector("#password-form button")));
          assertTrue(
              own.driver.findElement(By.tagName("main")).getText().contains("Đã đổi mật khẩu"));
          own.driver.get(address("lich/moi"));
          assertTrue(own.driver.getCurrentUrl().contains("/lich/moi"), "this session stays");
        }
        assertEquals(
            302,
            withCookie("lich/moi", elsewhere).get().getStatus(),
            "the other session ended with the password change");

        // Disabled: the account can no longer log in.
        long id = accountId(coordinator);
        driver.get(address("quan-tri/tai-khoan/sua?id=" + id));
        driver.findElement(By.name("disabled")).click();
        browser.clickAndWait(driver.findElement(By.cssSelector("#account button")));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("đã khóa"));
        assertEquals(
            401,
            anonymous("dang-nhap")
                .request()
                .post(
                    Entity.form(
                        new jakarta.ws.rs.core.Form()
                            .param("username", coordinator)
                            .param("password", "mat khau cua rieng toi")))
                .getStatus());
      }
    }
  }

  private long accountId(String username) {
    return Json.createReader(
            new java.io.StringReader(admin("api/staff").request().get(String.class)))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getString("username").equals(username))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private void logIn(Browser browser, String username, String password, String page) {
    WebDriver driver = browser.driver;
    driver.get(address(page));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    browser.clickAndWait(driver.findElement(By.cssSelector("form.form button[type=submit]")));
    browser.waitFor(ExpectedConditions.urlContains("/" + page));
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
