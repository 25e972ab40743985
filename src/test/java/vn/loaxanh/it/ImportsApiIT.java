package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ImportsApiIT extends ApiTest {

  private Response importYaml(String file, String yaml) {
    return admin("api/imports")
        .queryParam("file", file)
        .request()
        .post(Entity.entity(yaml, "application/yaml"));
  }

  private long total(String path) {
    return get(path).getJsonNumber("total").longValue();
  }

  @Test
  void importingASeedFileAgainChangesNothing() {
    long activities = total("api/activities");
    JsonObject again =
        expect(200, admin("api/imports/seed/30-son-la-ke-hoach-2024.yaml").request().post(null));
    assertEquals(0, again.getInt("created"));
    assertEquals(0, again.getInt("updated"));
    assertTrue(again.getInt("unchanged") > 50);
    assertEquals(activities, total("api/activities"));
  }

  @Test
  void aNewFileIsImportedOnceAndMatchedByKeysAfterwards() {
    String province = unique("tinh");
    String yaml =
        """
        units:
          - code: %1$s
            name: Tỉnh Thử nghiệm
            level: PROVINCE
          - code: %1$s/huyen-a
            name: Huyện A
            level: DISTRICT
            parent: %1$s
        agencies:
          - code: %1$s/stnmt
            name: Sở Tài nguyên và Môi trường
            kind: DEPARTMENT
            unit: %1$s
        plans:
          - code: %1$s-2025
            issuer: Ủy ban nhân dân tỉnh
            unit: %1$s
            year: 2025
            title: Kế hoạch tuyên truyền năm 2025
            reportingDeadlines:
              - dueOn: "15/11/2025"
                title: Báo cáo kết quả
                agency: %1$s/stnmt
            tasks:
              - clause: V.1
                lead: %1$s/stnmt
                title: Tổ chức mít tinh
                activities:
                  - code: mit-tinh
                    type: RALLY
                    title: Mít tinh hưởng ứng Ngày Môi trường thế giới 05/6
                    unit: %1$s/huyen-a
                    start: "05/06/2025 07:30"
                    end: "05/06/2025 11:00"
        """
            .formatted(province);
    JsonObject first = expect(200, importYaml("thu-nghiem.yaml", yaml));
    assertEquals(6, first.getInt("created"));
    JsonObject second = expect(200, importYaml("thu-nghiem.yaml", yaml));
    assertEquals(0, second.getInt("created"));
    assertEquals(0, second.getInt("updated"));
    assertEquals(6, second.getInt("unchanged"));

    JsonObject rally =
        get("api/activities?type=RALLY&from=2025-06-05&to=2025-06-05&size=500")
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getString("planCode").equals(province + "-2025"))
            .findFirst()
            .orElseThrow();
    assertEquals("2025-06-05T07:30:00+07:00", rally.getString("startsAt"));
    assertEquals("Mít tinh hưởng ứng Ngày Môi trường thế giới 05/6", rally.getString("title"));

    JsonObject edited =
        expect(200, importYaml("thu-nghiem.yaml", yaml.replace("Huyện A", "Huyện A mới")));
    assertEquals(1, edited.getInt("updated"));
  }

  /** A plan with one CONFIRMED rally, in a province of its own. */
  private static String rallyFile(String province, String title, String end) {
    return """
        units:
          - code: %1$s
            name: Tỉnh Thử nghiệm
            level: PROVINCE
        agencies:
          - code: %1$s/stnmt
            name: Sở Tài nguyên và Môi trường %1$s
            kind: DEPARTMENT
            unit: %1$s
          - code: %1$s/doan
            name: Tỉnh đoàn %1$s
            kind: MASS_ORGANISATION
            unit: %1$s
        plans:
          - code: %1$s-2025
            issuer: Ủy ban nhân dân tỉnh
            unit: %1$s
            year: 2025
            title: Kế hoạch tuyên truyền năm 2025
            tasks:
              - clause: V.1
                lead: %1$s/stnmt
                title: Tổ chức mít tinh
                activities:
                  - code: mit-tinh
                    type: RALLY
                    title: %2$s
                    status: CONFIRMED
                    start: "05/06/2025 07:30"
                    end: "%3$s"
        """
        .formatted(province, title, end);
  }

  private JsonObject rallyOf(String province) {
    return get("api/activities?type=RALLY&from=2025-06-05&to=2025-06-05&size=500")
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getString("planCode").equals(province + "-2025"))
        .findFirst()
        .orElseThrow();
  }

  private String trail(JsonObject activity) {
    return admin("api/activities/" + activity.getJsonNumber("id") + "/history")
        .request()
        .get(String.class);
  }

  @Test
  void aReimportKeepsWhatStaffChangedAsAConflictAndRecordsWhatItChanges() {
    String province = unique("tinh");
    String first = rallyFile(province, "Mít tinh 05/6", "05/06/2025 11:00");
    expect(200, importYaml("son-la.yaml", first));
    JsonObject rally = rallyOf(province);
    assertEquals("CONFIRMED", rally.getString("status"));

    // Staff postpone the rally; the file still says CONFIRMED.
    expect(
        200,
        admin("api/activities/" + rally.getJsonNumber("id") + "/status")
            .request()
            .post(
                json(
                    jakarta.json.Json.createObjectBuilder()
                        .add("status", "POSTPONED")
                        .add("reason", "Mưa bão")
                        .add("version", rally.getJsonNumber("version")))));

    // The preview changes nothing and names the conflict.
    String renamed = rallyFile(province, "Mít tinh hưởng ứng 05/6", "05/06/2025 11:00");
    JsonObject preview =
        expect(
            200,
            admin("api/imports/preview")
                .queryParam("file", "son-la.yaml")
                .request()
                .post(Entity.entity(renamed, "application/yaml")));
    assertEquals(1, preview.getJsonArray("conflicts").size(), preview.toString());
    JsonObject conflict = preview.getJsonArray("conflicts").getJsonObject(0);
    assertEquals("status", conflict.getString("field"));
    assertEquals("POSTPONED", conflict.getString("stored"));
    assertEquals("CONFIRMED", conflict.getString("inFile"));
    assertEquals("Mít tinh 05/6", rallyOf(province).getString("title"), "a preview stores nothing");

    // The import takes the title staff left alone, keeps their status, and says so in the trail.
    JsonObject imported = expect(200, importYaml("son-la.yaml", renamed));
    assertEquals(1, imported.getJsonArray("conflicts").size());
    JsonObject after = rallyOf(province);
    assertEquals("POSTPONED", after.getString("status"), "staff's postponement stays");
    assertEquals("Mít tinh hưởng ứng 05/6", after.getString("title"));
    String history = trail(after);
    assertTrue(history.contains("IMPORTED") && history.contains("son-la.yaml"), history);
    assertTrue(history.contains("title: Mít tinh 05/6 → Mít tinh hưởng ứng 05/6"), history);
    assertTrue(!history.contains("status: POSTPONED → CONFIRMED"), history);

    // Again: the conflict is still there, and nothing changes.
    JsonObject again = expect(200, importYaml("son-la.yaml", renamed));
    assertEquals(0, again.getInt("updated"));
    assertEquals(1, again.getJsonArray("conflicts").size());

    // The officer resolves it for the file: the status follows the file, recorded.
    JsonObject taken =
        expect(
            200,
            admin("api/imports")
                .queryParam("file", "son-la.yaml")
                .queryParam("take", province + "-2025|mit-tinh|status")
                .request()
                .post(Entity.entity(renamed, "application/yaml")));
    assertTrue(taken.getJsonArray("conflicts").getJsonObject(0).getBoolean("taken"));
    assertEquals("CONFIRMED", rallyOf(province).getString("status"));
    assertTrue(trail(rallyOf(province)).contains("status: POSTPONED → CONFIRMED"));
  }

  @Test
  void anActivityEndingBeforeItStartsIsRefusedAtItsLine() {
    String province = unique("tinh");
    JsonObject problem =
        expectProblem(
            400, importYaml("nguoc.yaml", rallyFile(province, "Mít tinh", "04/06/2025")), null);
    assertEquals(30, problem.getInt("line"), problem.toString());
    assertTrue(problem.getString("reason").contains("kết thúc trước khi bắt đầu"));
    assertTrue(
        !get("api/plans?size=500").toString().contains(province + "-2025"), "nothing stored");
  }

  @Test
  void aCoordinatorsImportTouchesOnlyTheirAgencysActivities() {
    String province = unique("tinh");
    expect(
        200, importYaml("son-la.yaml", rallyFile(province, "Mít tinh 05/6", "05/06/2025 11:00")));
    long doan =
        get("api/agencies?size=500").getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("code").equals(province + "/doan"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String coordinator = unique("ctv");
    createStaff(coordinator, "coordinator", doan);
    JsonObject problem =
        expectProblem(
            400,
            as(coordinator, STAFF_PASSWORD, "api/imports")
                .queryParam("file", "son-la.yaml")
                .request()
                .post(
                    Entity.entity(
                        rallyFile(province, "Mít tinh do đoàn đổi tên", "05/06/2025 11:00"),
                        "application/yaml")),
            null);
    assertTrue(problem.getString("reason").contains("cộng tác viên"), problem.toString());
    assertEquals("Mít tinh 05/6", rallyOf(province).getString("title"));

    // Nor may it add to the shared registers, such as a new agency with a reminder address.
    String agency =
        "agencies:\n  - code: %s/moi\n    name: Cơ quan mới\n    kind: OTHER\n    unit: %s\n"
            .formatted(province, province);
    expectProblem(
        400,
        as(coordinator, STAFF_PASSWORD, "api/imports")
            .queryParam("file", "co-quan.yaml")
            .request()
            .post(Entity.entity(agency, "application/yaml")),
        null);
    assertTrue(
        !get("api/agencies?size=500").toString().contains(province + "/moi"), "nothing stored");
  }

  @Test
  void aBrokenFileIsRejectedWithFileAndLineAndImportsNothing() {
    long units = total("api/units");
    String province = unique("tinh");
    String yaml =
        """
        units:
          - code: %1$s
            name: Tỉnh Hỏng
            level: PROVINCE
        agencies:
          - code: %1$s/stnmt
            name: Sở Tài nguyên và Môi trường
            kind: DEPARTMENT
            unit: khong-co-dia-ban-nay
        """
            .formatted(province);
    JsonObject problem = expectProblem(400, importYaml("hong.yaml", yaml), null);
    assertEquals("hong.yaml", problem.getString("file"));
    assertEquals(9, problem.getInt("line"));
    assertTrue(problem.getString("reason").contains("khong-co-dia-ban-nay"));
    assertEquals(units, total("api/units"), "the province before the mistake was not kept");

    JsonObject badDate =
        expectProblem(
            400,
            importYaml(
                "ngay.yaml",
                "directives:\n  - symbol: 1-KL/TW\n    kind: CONCLUSION\n    issuer: X\n    title: Y\n    issuedOn: \"31/02/2024\"\n"),
            null);
    assertEquals(6, badDate.getInt("line"));
    JsonObject badYaml =
        expectProblem(400, importYaml("cu-phap.yaml", "units:\n  - code: [a\n"), null);
    assertEquals("cu-phap.yaml", badYaml.getString("file"));
    JsonObject unknownField =
        expectProblem(400, importYaml("truong.yaml", "units:\n  - code: x\n    ten: Y\n"), null);
    assertEquals(3, unknownField.getInt("line"));
  }

  @Test
  void onlyStaffImport() {
    assertEquals(
        401,
        anonymous("api/imports")
            .request()
            .post(Entity.entity("units: []", "application/yaml"))
            .getStatus());
    expectProblem(404, admin("api/imports/seed/khong-co.yaml").request().post(null), null);
  }
}
