package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The public progress page with its charts, and the environment department's dashboard. */
class OutcomePagesIT extends OutcomesTest {
  @Test
  void thePublicSeesProgressAndStaffRemindThoseWhoHaveNotReported() {
    LocalDate past = LocalDate.of(2025, 11, 15);
    Setting s = setting(past, LocalDate.of(2099, 12, 30));
    long rally = activity(s.plan(), s.taskA(), "RALLY", s.stnmt(), s.districtA(), "2025-06-05");
    expect(200, type("admin", ADMIN_PASSWORD, rally, "participants", figure("640")));
    expect(
        201,
        admin("api/plans/" + s.plan() + "/targets")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("activityId", rally)
                        .add("metric", "participants")
                        .add("quantity", 500))));
    String code =
        URLEncoder.encode(get("api/plans/" + s.plan()).getString("code"), StandardCharsets.UTF_8);

    String progress = anonymous("ket-qua?ke-hoach=" + code).request().get(String.class);
    assertTrue(progress.contains("640"), progress);
    assertTrue(progress.contains("Đạt"), "the rally's target of 500 is met");
    assertTrue(progress.contains("06/2025"));
    for (String by : new String[] {"month", "district", "agency"}) {
      Response chart =
          anonymous("ket-qua/bieu-do.png?ke-hoach=" + code + "&by=" + by).request().get();
      assertEquals(200, chart.getStatus());
      assertEquals(
          "image/png", chart.getMediaType().getType() + "/" + chart.getMediaType().getSubtype());
      byte[] png = chart.readEntity(byte[].class);
      assertArrayEquals(Arrays.copyOf(PNG, 8), Arrays.copyOf(png, 8));
    }
    assertEquals(404, anonymous("ket-qua?ke-hoach=khong-co").request().get().getStatus());

    // An agency that owes a report but has no e-mail: no reminder reaches it, and the page says so.
    long silent = createAgency(unique("hoi-nong-dan"), s.province());
    task(s.plan(), "V.3.1", silent);
    String silentName = get("api/agencies/" + silent).getString("name");

    startMailServer();
    String cookie = loginCookie("admin", ADMIN_PASSWORD, "/quan-tri/ket-qua");
    String dashboard = withCookie("quan-tri/ket-qua?plan=" + s.plan(), cookie).get(String.class);
    assertTrue(dashboard.contains("Quá hạn"), "the agencies are late for 15/11/2025");
    assertTrue(dashboard.contains("compiled?format=pdf"));
    Response reminded =
        withCookie("quan-tri/ket-qua", cookie)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(FORM_TOKEN, dashboard))
                        .param("plan", Long.toString(s.plan()))
                        .param("dueOn", past.toString())));
    assertEquals(303, reminded.getStatus(), () -> reminded.readEntity(String.class));
    String location = reminded.getLocation().toString();
    assertTrue(location.contains("queued=2&"), location);
    String after =
        withCookie(location.replaceFirst("^.*?/quan-tri", "quan-tri"), cookie).get(String.class);
    assertTrue(after.contains("Đã xếp 2 thư nhắc vào hộp thư đi."), after);
    assertTrue(
        after.contains(
            "1 cơ quan chưa nộp nhưng chưa có e-mail nên không nhận được thư nhắc: " + silentName),
        after);
    assertTrue(after.contains("/quan-tri/co-quan/sua?id=" + silent), "a link to add the e-mail");
  }
}
