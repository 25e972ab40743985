package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workflow, rescheduling, conflicts, observances and plan copies staff schedule with. */
class SchedulingApiIT extends ApiTest {
  private long province;
  private long district;
  private long lead;
  private long planId;

  @BeforeEach
  void register() {
    province = createProvince(unique("tinh"));
    district = createDistrict(unique("huyen"), province);
    lead = createAgency(unique("so-tnmt"), province);
    planId = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
  }

  private JsonObjectBuilder rally(String title, long agency, String start, String end) {
    return Json.createObjectBuilder()
        .add("planId", planId)
        .add("type", "RALLY")
        .add("title", title)
        .add("leadId", agency)
        .add("unitId", district)
        .add("startsAt", start)
        .add("endsAt", end);
  }

  private JsonObject create(JsonObjectBuilder body) {
    return expect(201, admin("api/activities").request().post(json(body)));
  }

  private JsonObject status(JsonObject activity, String status, String reason) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("status", status)
            .add("version", activity.getJsonNumber("version"));
    if (reason != null) {
      body.add("reason", reason);
    }
    return expect(
        200,
        admin("api/activities/" + activity.getJsonNumber("id") + "/status")
            .request()
            .post(json(body)));
  }

  @Test
  void followsTheWorkflowAndKeepsWhoChangedWhat() {
    JsonObject planned =
        create(rally("Mít tinh", lead, "2026-06-05T07:30:00+07:00", "2026-06-05T11:00:00+07:00"));
    JsonObject confirmed = status(planned, "CONFIRMED", null);
    assertEquals("CONFIRMED", confirmed.getString("status"));
    JsonObject done = status(confirmed, "DONE", null);
    assertEquals("DONE", done.getString("status"));

    var backwards =
        admin("api/activities/" + done.getJsonNumber("id") + "/status")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("status", "PLANNED")
                        .add("version", done.getJsonNumber("version"))));
    expectProblem(400, backwards, "status");

    JsonArray history = expect200Array("api/activities/" + done.getJsonNumber("id") + "/history");
    assertEquals(
        List.of("STATUS_CHANGED", "STATUS_CHANGED", "CREATED"),
        history.getValuesAs(JsonObject.class).stream().map(c -> c.getString("action")).toList());
    assertEquals("admin", history.getJsonObject(0).getString("changedBy"));
    assertEquals("CONFIRMED → DONE", history.getJsonObject(0).getString("summary"));
  }

  private JsonArray expect200Array(String path) {
    var response = anonymous(path).request().get();
    assertEquals(200, response.getStatus());
    return Json.createReader(new java.io.StringReader(response.readEntity(String.class)))
        .readArray();
  }

  @Test
  void cancellingNeedsAReasonAndACancelledActivityStaysPut() {
    JsonObject planned =
        create(
            rally(
                "Mít tinh bị hủy", lead, "2026-06-06T07:30:00+07:00", "2026-06-06T11:00:00+07:00"));
    var withoutReason =
        admin("api/activities/" + planned.getJsonNumber("id") + "/status")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("status", "CANCELLED")
                        .add("version", planned.getJsonNumber("version"))));
    expectProblem(400, withoutReason, "reason");

    JsonObject cancelled = status(planned, "CANCELLED", "Mưa bão");
    assertEquals("Mưa bão", cancelled.getString("statusReason"));
    var moved =
        admin("api/activities/" + cancelled.getJsonNumber("id") + "/schedule")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("startsAt", "2026-06-07T07:30:00+07:00")
                        .add("endsAt", "2026-06-07T11:00:00+07:00")
                        .add("version", cancelled.getJsonNumber("version"))));
    expectProblem(400, moved, "status");
    assertEquals(
        "2026-06-06T07:30:00+07:00",
        get("api/activities/" + cancelled.getJsonNumber("id")).getString("startsAt"));
  }

  @Test
  void reschedulesAnOpenActivityAndRefusesImpossibleTimes() {
    JsonObject planned =
        create(
            rally(
                "Mít tinh dời lịch",
                lead,
                "2026-06-08T07:30:00+07:00",
                "2026-06-08T11:00:00+07:00"));
    String path = "api/activities/" + planned.getJsonNumber("id") + "/schedule";
    expectProblem(
        400,
        admin(path)
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("startsAt", "2026-06-09T11:00:00+07:00")
                        .add("endsAt", "2026-06-09T07:00:00+07:00")
                        .add("version", planned.getJsonNumber("version")))),
        "endsAt");
    expectProblem(
        400,
        admin(path)
            .request()
            .post(
                rawJson(
                    "{\"startsAt\":\"2026-02-30T07:00:00+07:00\",\"endsAt\":\"2026-03-01T07:00:00+07:00\",\"version\":1}")),
        "startsAt");
    expectProblem(
        400,
        admin(path)
            .request()
            .post(
                rawJson(
                    "{\"startsAt\":\"2026-06-09T07:00:00[Mars/Olympus]\",\"endsAt\":\"2026-06-09T08:00:00+07:00\",\"version\":1}")),
        "startsAt");
    JsonObject moved =
        expect(
            200,
            admin(path)
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("startsAt", "2026-06-09T07:30:00+07:00")
                            .add("endsAt", "2026-06-09T11:00:00+07:00")
                            .add("version", planned.getJsonNumber("version")))));
    assertEquals("2026-06-09T07:30:00+07:00", moved.getString("startsAt"));
    assertEquals(
        "RESCHEDULED",
        expect200Array("api/activities/" + planned.getJsonNumber("id") + "/history")
            .getJsonObject(0)
            .getString("action"));
  }

  @Test
  void warnsAboutGatheringsInOneDistrictOrLedByOneAgencyAtOnce() {
    long otherAgency = createAgency(unique("ubnd"), district);
    JsonObject first =
        create(
            rally(
                "Mít tinh thứ nhất",
                lead,
                "2026-06-05T07:30:00+07:00",
                "2026-06-05T11:00:00+07:00"));
    assertEquals(0, first.getJsonArray("conflicts").size());
    JsonObject second =
        create(
            rally(
                "Mít tinh thứ hai",
                otherAgency,
                "2026-06-05T08:00:00+07:00",
                "2026-06-05T10:00:00+07:00"));
    JsonArray conflicts = second.getJsonArray("conflicts");
    assertEquals(1, conflicts.size(), conflicts::toString);
    assertEquals("SAME_DISTRICT", conflicts.getJsonObject(0).getString("kind"));
    assertEquals(first.getJsonNumber("id"), conflicts.getJsonObject(0).getJsonNumber("activityId"));

    long elsewhere = createDistrict(unique("huyen"), province);
    JsonObject third =
        create(
            rally(
                    "Mít tinh nơi khác",
                    lead,
                    "2026-06-05T09:00:00+07:00",
                    "2026-06-05T12:00:00+07:00")
                .add("unitId", elsewhere));
    assertEquals(
        List.of("SAME_LEAD"),
        third.getJsonArray("conflicts").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("kind"))
            .toList());

    JsonObject later =
        create(
            rally(
                "Mít tinh buổi chiều",
                otherAgency,
                "2026-06-05T14:00:00+07:00",
                "2026-06-05T16:00:00+07:00"));
    assertEquals(0, later.getJsonArray("conflicts").size(), "back-to-back is no clash");
  }

  @Test
  void createsAYearsActivitiesFromAnObservanceWithItsTheme() {
    JsonObject wed = get("api/observances/ngay-moi-truong-the-gioi?year=2025");
    assertEquals("2025-06-05", wed.getString("firstDay"));
    assertEquals("Chấm dứt ô nhiễm nhựa", wed.getJsonObject("theme").getString("theme"));
    assertEquals(
        "2025-09-19",
        get("api/observances/chien-dich-lam-cho-the-gioi-sach-hon?year=2025")
            .getString("firstDay"));
    assertEquals("2025-03-29", get("api/observances/gio-trai-dat?year=2025").getString("firstDay"));

    long secondDistrict = createDistrict(unique("huyen"), province);
    // Built once and sent twice: a JSON builder empties itself when built.
    JsonObject twoDistricts =
        Json.createObjectBuilder()
            .add("year", 2025)
            .add("planId", planId)
            .add("leadId", lead)
            .add("unitIds", Json.createArrayBuilder().add(district).add(secondDistrict))
            .build();
    var response =
        admin("api/observances/ngay-moi-truong-the-gioi/activities")
            .request()
            .post(Entity.entity(twoDistricts, MediaType.APPLICATION_JSON_TYPE));
    assertEquals(201, response.getStatus());
    JsonArray created =
        Json.createReader(new java.io.StringReader(response.readEntity(String.class))).readArray();
    assertEquals(2, created.size());
    JsonObject rally = created.getJsonObject(0);
    assertEquals("RALLY", rally.getString("type"));
    assertTrue(
        rally
            .getString("title")
            .startsWith("Mít tinh hưởng ứng Ngày Môi trường thế giới 05/6/2025"));
    assertEquals("2025-06-05T07:30:00+07:00", rally.getString("startsAt"));
    assertTrue(rally.getString("description").contains("Chấm dứt ô nhiễm nhựa"));
    assertEquals(
        1,
        created.getJsonObject(1).getJsonArray("conflicts").size(),
        "one agency leads both rallies at once");

    // Asked again, nothing is made twice: the same two come back with 200.
    var again =
        admin("api/observances/ngay-moi-truong-the-gioi/activities")
            .request()
            .post(Entity.entity(twoDistricts, MediaType.APPLICATION_JSON_TYPE));
    assertEquals(200, again.getStatus());
    JsonArray same =
        Json.createReader(new java.io.StringReader(again.readEntity(String.class))).readArray();
    assertEquals(
        List.of(rally.getInt("id"), created.getJsonObject(1).getInt("id")),
        same.getValuesAs(JsonObject.class).stream().map(a -> a.getInt("id")).toList());

    expectProblem(
        404,
        admin("api/observances/ngay-khong-co/activities")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("year", 2025)
                        .add("planId", planId)
                        .add("leadId", lead))),
        null);

    // The year range and the district limit hold for the API as for the page.
    JsonArrayBuilder tooMany = Json.createArrayBuilder();
    for (int i = 0; i < 101; i++) {
      tooMany.add(district);
    }
    expectProblem(
        400,
        admin("api/observances/ngay-moi-truong-the-gioi/activities")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("year", 2025)
                        .add("planId", planId)
                        .add("leadId", lead)
                        .add("unitIds", tooMany))),
        "unitIds");
    expectProblem(
        400,
        admin("api/observances/ngay-moi-truong-the-gioi/activities")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("year", 2101)
                        .add("planId", planId)
                        .add("leadId", lead))),
        "year");
    expectProblem(
        400,
        anonymous("api/observances?year=1999").request(MediaType.APPLICATION_JSON).get(),
        null);
  }

  @Test
  void eachDistrictsOwnCommitteeLeadsItsObservanceActivityByDefault() {
    long first = createDistrict(unique("huyen"), province);
    long second = createDistrict(unique("huyen"), province);
    long firstCommittee = createCommittee(unique("ubnd"), first);
    // Built once: a JSON builder empties itself when built.
    JsonObject body =
        Json.createObjectBuilder()
            .add("year", 2026)
            .add("planId", planId)
            .add("unitIds", Json.createArrayBuilder().add(first).add(second))
            .build();
    // The second district has no committee in the directory yet: refused, nothing made.
    expectProblem(
        400,
        admin("api/observances/ngay-moi-truong-the-gioi/activities")
            .request()
            .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE)),
        "leadId");
    long secondCommittee = createCommittee(unique("ubnd"), second);
    var response =
        admin("api/observances/ngay-moi-truong-the-gioi/activities")
            .request()
            .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
    JsonArray created =
        Json.createReader(new java.io.StringReader(response.readEntity(String.class))).readArray();
    assertEquals(
        List.of(firstCommittee, secondCommittee),
        created.getValuesAs(JsonObject.class).stream()
            .map(a -> a.getJsonObject("lead").getJsonNumber("id").longValue())
            .toList());
    for (JsonObject rally : created.getValuesAs(JsonObject.class)) {
      assertEquals(0, rally.getJsonArray("conflicts").size(), "each district has its own lead");
    }
  }

  @Test
  void anInternalActivityIsHiddenFromThePublicButNotFromStaff() {
    JsonObject briefing =
        expect(
            201,
            admin("api/activities")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("planId", planId)
                            .add("type", "SEMINAR")
                            .add("title", "Họp giao ban phóng viên nội bộ")
                            .add("leadId", lead)
                            .add("internal", true)
                            .add("startsAt", "2025-06-02T14:00:00+07:00")
                            .add("endsAt", "2025-06-02T16:00:00+07:00"))));
    long id = briefing.getJsonNumber("id").longValue();
    assertTrue(briefing.getBoolean("internal"));
    expectProblem(404, anonymous("api/activities/" + id).request().get(), null);
    assertEquals(200, admin("api/activities/" + id).request().get().getStatus());
    assertEquals(
        0,
        get("api/activities?planId=" + planId + "&from=2025-06-02&to=2025-06-02").getInt("total"));
    assertEquals(
        1,
        expect(
                200,
                admin("api/activities?planId=" + planId + "&from=2025-06-02&to=2025-06-02")
                    .request()
                    .get())
            .getInt("total"));
    String calendar =
        anonymous("lich?view=month&date=2025-06-01&planId=" + planId).request().get(String.class);
    assertTrue(!calendar.contains("Họp giao ban phóng viên nội bộ"), "not on the public calendar");
    assertEquals(404, anonymous("lich/hoat-dong?id=" + id).request().get().getStatus());
  }

  @Test
  void copiesAPlanToTheNextYearWithItsTasksAndActivitiesShifted() {
    expect(
        201,
        admin("api/plans/" + planId + "/tasks")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("clause", "V.1.3")
                        .add("title", "Tổ chức mít tinh")
                        .add("leadId", lead))));
    long taskId =
        get("api/plans/" + planId)
            .getJsonArray("tasks")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    create(
        rally(
                "Mít tinh hưởng ứng Ngày Môi trường thế giới 05/6/2025",
                lead,
                "2025-06-05T07:30:00+07:00",
                "2025-06-05T11:00:00+07:00")
            .add("taskId", taskId));
    JsonObject gone =
        create(
            rally(
                "Hội thảo đã hủy", lead, "2025-07-01T08:00:00+07:00", "2025-07-01T11:00:00+07:00"));
    status(gone, "CANCELLED", "Không còn kinh phí");

    String code = unique("ke-hoach-2026");
    JsonObject copy =
        expect(
            201,
            admin("api/plans/" + planId + "/copy")
                .request()
                .post(json(Json.createObjectBuilder().add("code", code).add("year", 2026))));
    JsonObject next = get("api/plans/" + copy.getJsonNumber("id"));
    assertEquals(2026, next.getInt("year"));
    assertEquals("V.1.3", next.getJsonArray("tasks").getJsonObject(0).getString("clause"));
    assertEquals(1, next.getJsonArray("activities").size(), "the cancelled one stays behind");
    JsonObject shifted = next.getJsonArray("activities").getJsonObject(0);
    assertEquals(
        "Mít tinh hưởng ứng Ngày Môi trường thế giới 05/6/2026", shifted.getString("title"));
    assertEquals("2026-06-05T07:30:00+07:00", shifted.getString("startsAt"));
    assertEquals("V.1.3", shifted.getString("clause"));
    assertEquals("PLANNED", shifted.getString("status"));

    expectProblem(
        400,
        admin("api/plans/" + planId + "/copy")
            .request()
            .post(json(Json.createObjectBuilder().add("code", unique("lui")).add("year", 2024))),
        "year");
  }

  @Test
  void remindersAreSetPerPlanAndNeverNegative() {
    JsonObject plan = get("api/plans/" + planId);
    assertEquals(
        List.of(7, 1),
        plan.getJsonArray("reminderDays").getValuesAs(jakarta.json.JsonNumber.class).stream()
            .map(n -> n.intValue())
            .toList());
    var negative =
        admin("api/plans/" + planId)
            .request()
            .put(
                json(
                    Json.createObjectBuilder()
                        .add("code", plan.getString("code"))
                        .add("issuer", plan.getString("issuer"))
                        .add("unitId", plan.getJsonNumber("unitId"))
                        .add("year", plan.getInt("year"))
                        .add("title", plan.getString("title"))
                        .add("version", plan.getJsonNumber("version"))
                        .add("reminderDays", Json.createArrayBuilder().add(3).add(-1))));
    expectProblem(400, negative, "reminderDays[1]");
    assertEquals(
        plan.getJsonNumber("version"), get("api/plans/" + planId).getJsonNumber("version"));
  }
}
