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
