package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The staff pages as a browser drives them, over plain HTTP: the login form and its cookie, the
 * reschedule and workflow forms on an activity, a year's observance activities, the English switch.
 */
class PageFormsIT extends ApiTest {
  private static final Pattern TOKEN = FORM_TOKEN;
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

  private String login(String username, String password) {
    return loginCookie(username, password, "/lich/moi");
  }

  @Test
  void staffLogInWithTheFormAndOutAgain() {
    Response wrong =
        anonymous("dang-nhap")
            .request()
            .post(Entity.form(new Form().param("username", "admin").param("password", "doan-sai")));
    assertEquals(401, wrong.getStatus());
    assertTrue(wrong.readEntity(String.class).contains("Tên đăng nhập hoặc mật khẩu không đúng"));

    Response asked =
        anonymous("lich/moi")
            .property("jersey.config.client.followRedirects", false)
            .request()
            .get();
    assertEquals(302, asked.getStatus(), "a page that needs a login sends to the form");
    assertTrue(asked.getLocation().toString().contains("/dang-nhap?next=%2Flich%2Fmoi"));

    String cookie = login("admin", ADMIN_PASSWORD);
    Response form = withCookie("lich/moi", cookie).get();
    assertEquals(200, form.getStatus());
    String page = form.readEntity(String.class);
    assertTrue(page.contains("Đăng xuất (admin)"));

    Response outside =
        anonymous("dang-nhap")
            .property("jersey.config.client.followRedirects", false)
            .request()
            .post(
                Entity.form(
                    new Form()
                        .param("username", "admin")
                        .param("password", ADMIN_PASSWORD)
                        .param("next", "//elsewhere.example/steal")));
    assertTrue(outside.getLocation().getPath().equals("/lich"), "never sends the login elsewhere");

    assertEquals(
        302,
        withCookie("lich/moi", tampered(cookie)).get().getStatus(),
        "a tampered cookie is no login");
    Response logout =
        withCookie("dang-xuat", cookie)
            .post(Entity.form(new Form().param("csrf", first(TOKEN, page))));
    assertEquals(303, logout.getStatus());
    assertEquals(0, logout.getCookies().get("loaxanh_staff").getMaxAge());
  }

  @Test
  void staffRescheduleAndMoveAnActivityThroughTheWorkflowOnItsPage() {
    long province = createProvince(unique("tinh"));
    long district = createDistrict(unique("huyen"), province);
    long lead = createAgency(unique("so"), province);
    long other = createAgency(unique("so"), province);
    long plan = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
    int year = LocalDate.now(ZoneOffset.ofHours(7)).getYear() + 1;
    String title = "Mít tinh " + unique("x");
    long rally = createRally(plan, lead, district, title, year + "-06-05");
    createRally(plan, other, district, "Ra quân " + unique("y"), year + "-06-06");
    String cookie = login("admin", ADMIN_PASSWORD);

    String page = withCookie("lich/hoat-dong?id=" + rally, cookie).get(String.class);
    assertTrue(page.contains("id=\"reschedule\"") && page.contains("id=\"workflow\""));
    assertTrue(page.contains("value=\"" + year + "-06-05\""), "the form starts at the stored day");
    String token = first(TOKEN, page);
    String version = first(VERSION, page);

    Response backwards =
        withCookie("lich/hoat-dong?id=" + rally, cookie)
            .post(Entity.form(move(token, version, year + "-06-06", "09:00", "08:00")));
    assertEquals(400, backwards.getStatus());
    assertTrue(backwards.readEntity(String.class).contains("class=\"error\""));

    Response moved =
        withCookie("lich/hoat-dong?id=" + rally, cookie)
            .post(Entity.form(move(token, version, year + "-06-06", "08:00", "10:00")));
    assertEquals(303, moved.getStatus());
    assertTrue(moved.getLocation().toString().endsWith("?id=" + rally + "&saved=1"));
    String after = withCookie("lich/hoat-dong?id=" + rally + "&saved=1", cookie).get(String.class);
    assertTrue(after.contains("Đã lưu."));
    assertTrue(after.contains("08:00 – 10:00 06/06/" + year), "the new time shows");
    assertTrue(after.contains("Trùng thời gian với “Ra quân"), "the clash it made shows");

    Response stale =
        withCookie("lich/hoat-dong?id=" + rally, cookie)
            .post(Entity.form(move(token, version, year + "-06-07", "08:00", "10:00")));
    assertEquals(409, stale.getStatus(), "a form read before the last change is refused");

    String current = first(VERSION, after);
    assertEquals(
        400,
        withCookie("lich/hoat-dong?id=" + rally, cookie)
            .post(Entity.form(cancel(token, current, "")))
            .getStatus());
    assertEquals(
        303,
        withCookie("lich/hoat-dong?id=" + rally, cookie)
            .post(Entity.form(cancel(token, current, "Mưa bão")))
            .getStatus());
    String cancelled = withCookie("lich/hoat-dong?id=" + rally, cookie).get(String.class);
    assertTrue(cancelled.contains("Đã hủy: Mưa bão"));
    assertFalse(cancelled.contains("id=\"reschedule\""), "a cancelled activity cannot move");
    assertTrue(cancelled.contains("Dự kiến → Đã hủy"), "the audit trail shows the step in words");
    assertFalse(cancelled.contains("PLANNED"), "and no status code");

    Response forged =
        withCookie("lich/hoat-dong?id=" + rally, cookie)
            .accept("text/html")
            .post(Entity.form(move("forged", version, year + "-06-06", "08:00", "10:00")));
    assertEquals(403, forged.getStatus());
    assertTrue(
        forged.readEntity(String.class).contains("Biểu mẫu không đến từ trang của Loa Xanh"),
        "a browser is told why on a page, not in JSON");
    String anonymousView = anonymous("lich/hoat-dong?id=" + rally).request().get(String.class);
    assertFalse(anonymousView.contains("name=\"csrf\""), "the public sees no forms");
  }

  private static Form cancel(String token, String version, String reason) {
    return new Form()
        .param("csrf", token)
        .param("action", "status")
        .param("version", version)
        .param("status", "CANCELLED")
        .param("reason", reason);
  }

  private static Form move(String token, String version, String date, String start, String end) {
    return new Form()
        .param("csrf", token)
        .param("action", "schedule")
        .param("version", version)
        .param("date", date)
        .param("start", start)
        .param("end", end);
  }

  @Test
  void editorsKeepTheRegistersOfDirectivesAndUnitsOnPages() {
    String cookie = login("admin", ADMIN_PASSWORD);
    String form = withCookie("quan-tri/van-ban/sua", cookie).get(String.class);
    String symbol = unique("81") + "-KL/TW";
    Response refused =
        withCookie("quan-tri/van-ban/sua", cookie)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(TOKEN, form))
                        .param("symbol", symbol)
                        .param("kind", "CONCLUSION")
                        .param("issuer", "Bộ Chính trị")));
    assertEquals(400, refused.getStatus());
    String again = refused.readEntity(String.class);
    assertTrue(again.contains("bắt buộc") && again.contains(symbol), "the title is missing");
    Response saved =
        withCookie("quan-tri/van-ban/sua", cookie)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(TOKEN, form))
                        .param("symbol", symbol)
                        .param("kind", "CONCLUSION")
                        .param("issuedOn", "2024-06-05")
                        .param("issuer", "Bộ Chính trị")
                        .param("title", "Kết luận về tiếp tục thực hiện Nghị quyết 24-NQ/TW")));
    assertEquals(303, saved.getStatus(), () -> saved.readEntity(String.class));
    assertTrue(withCookie("quan-tri/van-ban", cookie).get(String.class).contains(symbol));

    long province = createProvince(unique("tinh"));
    String unitForm = withCookie("quan-tri/dia-ban/sua", cookie).get(String.class);
    String code = unique("huyen");
    Response unit =
        withCookie("quan-tri/dia-ban/sua", cookie)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(TOKEN, unitForm))
                        .param("code", code)
                        .param("name", "Huyện Vân Hồ")
                        .param("level", "DISTRICT")
                        .param("parentId", Long.toString(province))));
    assertEquals(303, unit.getStatus(), () -> unit.readEntity(String.class));
    assertTrue(withCookie("quan-tri/dia-ban", cookie).get(String.class).contains("Huyện Vân Hồ"));
  }

  @Test
  void theAccountFormKeepsTheApisRules() {
    String cookie = login("admin", ADMIN_PASSWORD);
    String form = withCookie("quan-tri/tai-khoan/moi", cookie).get(String.class);
    Response refused =
        withCookie("quan-tri/tai-khoan/moi", cookie)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(TOKEN, form))
                        .param("username", unique("btv"))
                        .param("password", "ngan")
                        .param("role", "editor")
                        .param("email", "khong-phai-thu")));
    assertEquals(400, refused.getStatus());
    String page = refused.readEntity(String.class);
    assertTrue(page.contains("từ 12 đến 200 ký tự"), page);
    assertTrue(page.contains("không phải địa chỉ e-mail"), page);
  }

  @Test
  void staffDeleteAnActivityOnlyWhenTheyConfirmIt() {
    long province = createProvince(unique("tinh"));
    long district = createDistrict(unique("huyen"), province);
    long lead = createAgency(unique("so"), province);
    long plan = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
    long rally = createRally(plan, lead, district, "Mít tinh sẽ bị xóa", "2025-06-05");
    String cookie = login("admin", ADMIN_PASSWORD);
    String form = withCookie("lich/sua?id=" + rally, cookie).get(String.class);
    assertTrue(form.contains("Mít tinh sẽ bị xóa"), form);

    Response unconfirmed =
        withCookie("lich/sua?id=" + rally, cookie)
            .post(
                Entity.form(
                    new Form().param("csrf", first(TOKEN, form)).param("action", "delete")));
    assertEquals(400, unconfirmed.getStatus());
    assertTrue(unconfirmed.readEntity(String.class).contains("đánh dấu ô xác nhận để xóa"));
    assertEquals(200, admin("api/activities/" + rally).request().get().getStatus());

    Response deleted =
        withCookie("lich/sua?id=" + rally, cookie)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(TOKEN, form))
                        .param("action", "delete")
                        .param("confirm", "yes")));
    assertEquals(303, deleted.getStatus(), () -> deleted.readEntity(String.class));
    assertTrue(deleted.getLocation().toString().contains("/lich?view=month&date=2025-06-05"));
    assertEquals(404, admin("api/activities/" + rally).request().get().getStatus());
  }

  @Test
  void staffCreateAYearsObservanceActivitiesForTwoDistricts() {
    long province = createProvince(unique("tinh"));
    long first = createDistrict(unique("huyen"), province);
    long second = createDistrict(unique("huyen"), province);
    long lead = createAgency(unique("so"), province);
    long plan = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
    String cookie = login("admin", ADMIN_PASSWORD);

    String list = anonymous("ngay-le?year=2025").request().get(String.class);
    assertTrue(list.contains("Ngày Môi trường thế giới") && list.contains("Chấm dứt ô nhiễm nhựa"));
    assertTrue(list.indexOf("Ngày Nước thế giới") < list.indexOf("Ngày Môi trường thế giới"));
    assertEquals(400, anonymous("ngay-le?year=20x5").request().get().getStatus());

    long elsewhere = createAgency(unique("so"), createProvince(unique("tinh")));
    String form =
        withCookie("ngay-le/tao?code=ngay-moi-truong-the-gioi&year=2031&planId=" + plan, cookie)
            .get(String.class);
    String leads = select(form, "leadId");
    assertTrue(leads.contains("value=\"" + lead + "\""), "the plan's province's agencies");
    assertFalse(leads.contains("value=\"" + elsewhere + "\""), "not another province's");
    Form request =
        new Form()
            .param("csrf", first(TOKEN, form))
            .param("year", "2031")
            .param("planId", Long.toString(plan))
            .param("leadId", Long.toString(lead))
            .param("unitIds", Long.toString(first))
            .param("unitIds", Long.toString(second));
    Response made =
        withCookie("ngay-le/tao?code=ngay-moi-truong-the-gioi", cookie).post(Entity.form(request));
    assertEquals(303, made.getStatus(), () -> made.readEntity(String.class));
    String result =
        withCookie(made.getLocation().toString().replaceFirst("^.*?/ngay-le", "ngay-le"), cookie)
            .get(String.class);
    assertTrue(result.contains("Đã tạo 2 hoạt động."), result);
    assertTrue(result.contains("Mít tinh hưởng ứng Ngày Môi trường thế giới 05/6/2031"));

    // The same form sent twice (a double click, the back button) makes nothing new.
    Response twice =
        withCookie("ngay-le/tao?code=ngay-moi-truong-the-gioi", cookie).post(Entity.form(request));
    assertEquals(303, twice.getStatus());
    String again =
        withCookie(twice.getLocation().toString().replaceFirst("^.*?/ngay-le", "ngay-le"), cookie)
            .get(String.class);
    assertFalse(again.contains("Đã tạo"), again);
    assertTrue(again.contains("2 hoạt động đã có từ lần tạo trước nên không tạo lại."), again);

    String month =
        anonymous("lich?view=month&date=2031-06-01&districtId=" + second)
            .request()
            .get(String.class);
    assertTrue(month.contains("Mít tinh hưởng ứng Ngày Môi trường thế giới 05/6/2031"));

    Response missing =
        withCookie("ngay-le/tao?code=ngay-moi-truong-the-gioi", cookie)
            .post(Entity.form(new Form().param("csrf", first(TOKEN, form)).param("year", "2031")));
    assertEquals(400, missing.getStatus());
    String reasons = missing.readEntity(String.class);
    assertTrue(reasons.contains("bắt buộc"), reasons);
    assertFalse(reasons.contains("/ required"), "a Vietnamese page has no English halves");

    Response late =
        withCookie("ngay-le/tao?code=ngay-moi-truong-the-gioi", cookie)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(TOKEN, form))
                        .param("year", "2101")
                        .param("planId", Long.toString(plan))
                        .param("leadId", Long.toString(lead))));
    assertEquals(400, late.getStatus());
    assertTrue(late.readEntity(String.class).contains("từ năm 2000 đến năm 2100"));
  }

  @Test
  void readersSwitchThePagesToEnglishAndBack() {
    Response vietnamese = anonymous("lich").request().get();
    assertEquals("vi", vietnamese.getHeaderString("Content-Language"));
    assertTrue(vietnamese.readEntity(String.class).contains("Lịch hoạt động"));

    Response english = anonymous("lich?lang=en").request().get();
    assertEquals("en", english.getHeaderString("Content-Language"));
    assertEquals("en", english.getCookies().get("lang").getValue());
    String page = english.readEntity(String.class);
    assertTrue(page.contains("Activity calendar") && page.contains("<html lang=\"en\">"));
    assertTrue(page.contains("lang=vi"), "the switch back is on the page");

    String remembered =
        anonymous("su-kien").request().header("Cookie", "lang=en").get(String.class);
    assertTrue(remembered.contains("Upcoming events"), "the cookie keeps the choice");
    assertTrue(
        anonymous("ngay-le?year=2025")
            .request()
            .header("Cookie", "lang=en")
            .get(String.class)
            .contains("Ending plastic pollution"));
  }

  /** The cookie with its last character changed, always to a different one. */
  private static String tampered(String cookie) {
    char last = cookie.charAt(cookie.length() - 1);
    return cookie.substring(0, cookie.length() - 1) + (last == '0' ? '1' : '0');
  }
}
