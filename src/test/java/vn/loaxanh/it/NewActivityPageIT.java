package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Scheduling from the staff form: login required, cross-site posts refused, mistakes shown. */
class NewActivityPageIT extends ApiTest {
  private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

  private String token() {
    Response form = admin("lich/moi").request().get();
    String page = form.readEntity(String.class);
    assertEquals(200, form.getStatus(), page);
    Matcher token = TOKEN.matcher(page);
    assertTrue(token.find(), "the form carries a token");
    return token.group(1);
  }

  private Form rally(long plan, long lead, long district, String title, String token) {
    return rally(plan, lead, district, title, token, "11:00");
  }

  private Form rally(long plan, long lead, long district, String title, String token, String end) {
    return new Form()
        .param("csrf", token)
        .param("planId", Long.toString(plan))
        .param("type", "RALLY")
        .param("title", title)
        .param("leadId", Long.toString(lead))
        .param("unitId", Long.toString(district))
        .param("date", "2027-06-05")
        .param("start", "07:30")
        .param("end", end);
  }

  @Test
  void staffScheduleARallyFromTheForm() {
    long province = createProvince(unique("tinh"));
    long district = createDistrict(unique("huyen"), province);
    long lead = createAgency(unique("so"), province);
    long plan = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
    String title = "Mít tinh hưởng ứng Ngày Môi trường thế giới " + unique("x");

    assertEquals(
        302,
        anonymous("lich/moi")
            .property("jersey.config.client.followRedirects", false)
            .request()
            .get()
            .getStatus(),
        "the public is sent to the login form");
    assertEquals(
        403,
        admin("lich/moi")
            .request()
            .post(Entity.form(rally(plan, lead, district, title, "forged")))
            .getStatus());

    Response saved =
        admin("lich/moi")
            .property("jersey.config.client.followRedirects", false)
            .request()
            .post(Entity.form(rally(plan, lead, district, title, token())));
    assertEquals(303, saved.getStatus());
    assertTrue(saved.getLocation().toString().contains("/lich/hoat-dong?id="));
    assertTrue(
        anonymous("lich?view=month&date=2027-06-01&districtId=" + district)
            .request()
            .get(String.class)
            .contains(title));

    Response wrong =
        admin("lich/moi")
            .request()
            .post(Entity.form(rally(plan, lead, district, title, token(), "06:00")));
    assertEquals(400, wrong.getStatus());
    String refused = wrong.readEntity(String.class);
    assertTrue(refused.contains("kết thúc trước khi bắt đầu"), "the mistake is said on the form");
    assertFalse(refused.contains("endsAt"), "in words, not the field's code");

    long elsewhere = createAgency(unique("ubnd-dong-nai"), createProvince(unique("dong-nai")));
    String second = select(admin("lich/moi?planId=" + plan).request().get(String.class), "leadId");
    assertTrue(second.contains("value=\"" + lead + "\""), "the plan's own agencies are offered");
    assertFalse(
        second.contains("value=\"" + elsewhere + "\""), "another province's agencies are not");
  }
}
