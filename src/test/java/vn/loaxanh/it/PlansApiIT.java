package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class PlansApiIT extends ApiTest {

  private JsonObject seededPlan(String code) {
    return items("api/plans?year=2024&size=500").getValuesAs(JsonObject.class).stream()
        .filter(plan -> code.equals(plan.getString("code")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("seed plan " + code + " not served"));
  }

  @Test
  void servesTheSeedPlansWithTasksAndActivitiesInVietnamese() {
    JsonObject sonLa = seededPlan("son-la-2024");
    assertEquals(2024, sonLa.getInt("year"));
    assertTrue(sonLa.getJsonArray("tasks").size() >= 9, "every task of section V");
    assertTrue(
        sonLa.getJsonArray("activities").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                a ->
                    a.getString("title")
                            .equals("Mít tinh hưởng ứng Ngày Môi trường thế giới 05/6/2024")
                        && a.getString("startsAt").startsWith("2024-06-05")
                        && "son-la/moc-chau".equals(a.getString("unitCode"))),
        "the World Environment Day rally in Mộc Châu");
    assertEquals(
        java.util.List.of("2024-11-15", "2024-12-30"),
        sonLa.getJsonArray("reportingDeadlines").getValuesAs(JsonObject.class).stream()
            .map(d -> d.getString("dueOn"))
            .toList());
    assertEquals(6, sonLa.getJsonArray("themes").size());

    JsonObject canTho = seededPlan("can-tho-255-kh-tu");
    assertTrue(canTho.getJsonArray("channels").size() > 0);
    assertTrue(canTho.getJsonArray("tasks").size() > 0);
  }

  @Test
  void createsAPlanWithATaskAndKeepsVietnameseTextExactly() {
    long province = createProvince(unique("tinh"));
    long agency = createAgency(unique("so"), province);
    String title =
        "Kế hoạch tuyên truyền hưởng ứng Ngày Môi trường thế giới 05/6 — ứng phó biến đổi khí hậu";
    JsonObject plan =
        expect(
            201,
            admin("api/plans")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("code", unique("ke-hoach"))
                            .add("issuer", "Ủy ban nhân dân tỉnh")
                            .add("unitId", province)
                            .add("year", 2025)
                            .add("title", title)
                            .add(
                                "themes",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("title", "Giảm thiểu rác thải nhựa")))
                            .add(
                                "channels",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("channel", "VISUAL")
                                            .add("note", "Panô tại cửa ngõ")))
                            .add(
                                "reportingDeadlines",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("dueOn", "2025-11-15")
                                            .add("title", "Báo cáo kết quả")
                                            .add("agencyId", agency))))));
    long planId = plan.getJsonNumber("id").longValue();
    JsonObject task =
        expect(
            201,
            admin("api/plans/" + planId + "/tasks")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("clause", "V.1.3")
                            .add("title", "Tổ chức mít tinh")
                            .add("leadId", agency))));
    assertEquals("V.1.3", task.getString("clause"));

    JsonObject read = get("api/plans/" + planId);
    assertEquals(title, read.getString("title"));
    assertEquals(
        "Giảm thiểu rác thải nhựa",
        read.getJsonArray("themes").getJsonObject(0).getString("title"));
    assertEquals(
        "Panô tại cửa ngõ", read.getJsonArray("channels").getJsonObject(0).getString("note"));
    assertEquals("V.1.3", read.getJsonArray("tasks").getJsonObject(0).getString("clause"));
  }

  @Test
  void aStaleEditIsRefusedAndChangesNothing() {
    long province = createProvince(unique("tinh"));
    JsonObject plan = createPlan(unique("ke-hoach"), province);
    long id = plan.getJsonNumber("id").longValue();
    long version = plan.getJsonNumber("version").longValue();
    JsonObject first = edit(plan, "Bản sửa thứ nhất", version);
    assertEquals("Bản sửa thứ nhất", first.getString("title"));

    var stale = admin("api/plans/" + id).request().put(json(body(plan, "Bản sửa cũ", version)));
    expectProblem(409, stale, null);
    assertEquals("Bản sửa thứ nhất", get("api/plans/" + id).getString("title"));
  }

  private JsonObject edit(JsonObject plan, String title, long version) {
    return expect(
        200,
        admin("api/plans/" + plan.getJsonNumber("id"))
            .request()
            .put(json(body(plan, title, version))));
  }

  private static jakarta.json.JsonObjectBuilder body(JsonObject plan, String title, long version) {
    return Json.createObjectBuilder()
        .add("code", plan.getString("code"))
        .add("issuer", plan.getString("issuer"))
        .add("unitId", plan.getJsonNumber("unitId"))
        .add("year", plan.getInt("year"))
        .add("title", title)
        .add("version", version);
  }

  @Test
  void badInputIsAnsweredWithTheFieldAndStoresNothing() {
    long province = createProvince(unique("tinh"));
    long before = get("api/plans").getJsonNumber("total").longValue();
    String code = unique("ke-hoach");

    expectProblem(
        400, admin("api/plans").request().post(rawJson("{\"code\": \"" + code + "\", ")), null);
    expectProblem(
        400,
        admin("api/plans")
            .request()
            .post(
                rawJson(
                    "{\"code\":\""
                        + code
                        + "\",\"issuer\":\"UBND\",\"unitId\":"
                        + province
                        + ",\"year\":\"hai nghìn\",\"title\":\"T\"}")),
        "year");
    expectProblem(
        400,
        admin("api/plans")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("code", code)
                        .add("unitId", province)
                        .add("year", 2025)
                        .add("title", "T"))),
        "issuer");
    expectProblem(
        400,
        admin("api/plans")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("code", code)
                        .add("issuer", "UBND")
                        .add("unitId", province)
                        .add("year", 2025)
                        .add("title", "T".repeat(1001)))),
        "title");
    expectProblem(
        400,
        admin("api/plans")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("code", code)
                        .add("issuer", "UBND")
                        .add("unitId", province)
                        .add("year", 2025)
                        .add("title", "T")
                        .add("directiveIds", Json.createArrayBuilder().add(987654321)))),
        "directiveIds");
    expectProblem(
        400,
        admin("api/plans")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("code", code)
                        .add("issuer", "UBND")
                        .add("unitId", 987654321)
                        .add("year", 2025)
                        .add("title", "T"))),
        "unitId");
    expectProblem(404, anonymous("api/plans/987654321").request().get(), null);
    expectProblem(
        404,
        admin("api/plans/987654321")
            .request()
            .put(
                json(
                    body(
                        Json.createObjectBuilder()
                            .add("id", 1)
                            .add("code", code)
                            .add("issuer", "U")
                            .add("unitId", province)
                            .add("year", 2025)
                            .build(),
                        "T",
                        1))),
        null);

    assertEquals(before, get("api/plans").getJsonNumber("total").longValue());
  }

  @Test
  void writesNeedAStaffLogin() {
    long province = createProvince(unique("tinh"));
    var anonymousWrite =
        anonymous("api/plans")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("code", unique("kh"))
                        .add("issuer", "U")
                        .add("unitId", province)
                        .add("year", 2025)
                        .add("title", "T")));
    expectProblem(401, anonymousWrite, null);
    var wrongPassword =
        as("admin", "not-the-password", "api/units")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("code", unique("tinh"))
                        .add("name", "X")
                        .add("level", "PROVINCE")));
    assertEquals(401, wrongPassword.getStatus());
    assertTrue(wrongPassword.getHeaderString("WWW-Authenticate").startsWith("Basic"));
    assertEquals(JsonValue.ValueType.ARRAY, get("api/plans").get("items").getValueType());
  }
}
