package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.junit.jupiter.api.Test;

/** The agency report form over HTTP: filed in one piece, or not at all. */
class AgencyReportPageIT extends OutcomesTest {
  private static final Pattern TOKEN_IN_ADDRESS = Pattern.compile("csrf=([0-9a-f]+)\"");
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

  @Test
  void aReportWithOneWrongFigureSavesNoneAndShowsTheReasonBesideIt() throws IOException {
    LocalDate dueOn = LocalDate.of(2099, 11, 15);
    Setting s = setting(LocalDate.of(2025, 11, 15), dueOn);
    long rally = activity(s.plan(), s.taskA(), "RALLY", s.stnmt(), s.districtA(), "2025-06-05");
    long launch = activity(s.plan(), s.taskA(), "RALLY", s.stnmt(), s.districtA(), "2025-09-20");
    String coordinator = unique("cb-bao-cao");
    createStaff(coordinator, "coordinator", s.stnmt());
    String cookie = loginCookie(coordinator, STAFF_PASSWORD, "/bao-cao");
    String address = "bao-cao?plan=" + s.plan() + "&dueOn=" + dueOn;
    String form = withCookie(address, cookie).get(String.class);

    Response refused =
        post(
            address,
            cookie,
            form,
            List.of(
                new String[] {"q." + rally + ".participants", "750"},
                new String[] {"q." + launch + ".participants", "bảy trăm"},
                new String[] {"summary", "Hai hoạt động đã tổ chức."},
                new String[] {"action", "submit"}));
    assertEquals(400, refused.getStatus());
    String again = refused.readEntity(String.class);
    assertTrue(again.contains("không phải số"), "the reason is beside the box: " + again);
    assertTrue(again.contains("value=\"bảy trăm\""), "what was typed stays: " + again);
    assertTrue(again.contains("Hai hoạt động đã tổ chức."), "the summary stays");
    assertEquals(0, participants(rally), "the right figure was not saved without the wrong one");
    assertTrue(withCookie(address, cookie).get(String.class).contains("Bản nháp"), "not submitted");

    Response filed =
        post(
            address,
            cookie,
            form,
            List.of(
                new String[] {"q." + rally + ".participants", "750"},
                new String[] {"q." + launch + ".participants", "300"},
                new String[] {"summary", "Hai hoạt động đã tổ chức."},
                new String[] {"action", "save"}));
    assertEquals(303, filed.getStatus(), () -> filed.readEntity(String.class));
    assertEquals(750, participants(rally));
    assertEquals(300, participants(launch));

    Response stale =
        post(
            address,
            cookie,
            form,
            List.of(
                new String[] {"q." + rally + ".participants", "10"},
                new String[] {"action", "save"}));
    assertEquals(409, stale.getStatus(), "the form was read before the last save");
    assertTrue(stale.readEntity(String.class).contains("value=\"10\""), "the typed form is kept");
    assertEquals(750, participants(rally));
  }

  private int participants(long activity) {
    return figureOf(
            anonymous("api/activities/" + activity + "/outcomes")
                .request(MediaType.APPLICATION_JSON)
                .get(JsonArray.class),
            "participants")
        .getJsonNumber("total")
        .intValue();
  }

  private Response post(String address, String cookie, String form, List<String[]> fields)
      throws IOException {
    List<EntityPart> parts = new ArrayList<>();
    parts.add(EntityPart.withName("version").content(first(VERSION, form)).build());
    for (String[] field : fields) {
      parts.add(EntityPart.withName(field[0]).content(field[1]).build());
    }
    return anonymous(address + "&csrf=" + first(TOKEN_IN_ADDRESS, form))
        .register(MultiPartFeature.class)
        .property("jersey.config.client.followRedirects", false)
        .request()
        .header("Cookie", "loaxanh_staff=" + cookie)
        .post(
            Entity.entity(
                new GenericEntity<List<EntityPart>>(parts) {}, MediaType.MULTIPART_FORM_DATA_TYPE));
  }
}
