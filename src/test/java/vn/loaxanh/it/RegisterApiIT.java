package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Units, districts, agencies and directives: the records plans refer to. */
class RegisterApiIT extends ApiTest {

  @Test
  void districtsBelongToAProvince() {
    long province = createProvince(unique("tinh"));
    String code = unique("huyen");
    long district = createDistrict(code, province);
    JsonObject read = get("api/districts/" + district);
    assertEquals(code, read.getString("code"));
    assertEquals(province, read.getJsonNumber("parentId").longValue());
    expectProblem(404, anonymous("api/districts/" + province).request().get(), null);
    expectProblem(
        400,
        admin("api/districts")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("code", unique("huyen"))
                        .add("name", "Huyện mồ côi"))),
        "parentId");
    expectProblem(
        409,
        admin("api/districts")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("code", code)
                        .add("name", "Trùng")
                        .add("parentId", province))),
        null);
  }

  @Test
  void anAgencyInUseCannotBeDeleted() {
    long province = createProvince(unique("tinh"));
    long agency = createAgency(unique("so"), province);
    createPlanWithDeadlineOf(province, agency);
    expectProblem(409, admin("api/agencies/" + agency).request().delete(), null);
    assertEquals(agency, get("api/agencies/" + agency).getJsonNumber("id").longValue());

    long unused = createAgency(unique("so"), province);
    assertEquals(204, admin("api/agencies/" + unused).request().delete().getStatus());
    expectProblem(404, anonymous("api/agencies/" + unused).request().get(), null);
  }

  private void createPlanWithDeadlineOf(long province, long agency) {
    expect(
        201,
        admin("api/plans")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("code", unique("kh"))
                        .add("issuer", "UBND")
                        .add("unitId", province)
                        .add("year", 2025)
                        .add("title", "Kế hoạch")
                        .add(
                            "reportingDeadlines",
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("dueOn", "2025-12-30")
                                        .add("title", "Tổng hợp")
                                        .add("agencyId", agency))))));
  }

  @Test
  void directivesCiteOtherDirectives() {
    String symbol = unique("81") + "-KL/TW";
    JsonObject cited =
        expect(
            201,
            admin("api/directives")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("symbol", symbol)
                            .add("kind", "CONCLUSION")
                            .add("issuedOn", "2024-06-04")
                            .add("issuer", "Bộ Chính trị")
                            .add("title", "Về tiếp tục thực hiện Nghị quyết số 24-NQ/TW"))));
    JsonObject letter =
        expect(
            201,
            admin("api/directives")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("symbol", unique("1032") + "-CV/TU")
                            .add("kind", "OFFICIAL_LETTER")
                            .add("issuer", "Thành ủy Cần Thơ")
                            .add("title", "Thực hiện kết luận")
                            .add(
                                "implementsIds",
                                Json.createArrayBuilder().add(cited.getJsonNumber("id"))))));
    assertEquals(
        symbol,
        get("api/directives/" + letter.getJsonNumber("id"))
            .getJsonArray("implementsDirectives")
            .getJsonObject(0)
            .getString("symbol"));
    expectProblem(
        409,
        admin("api/directives")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("symbol", symbol)
                        .add("kind", "CONCLUSION")
                        .add("issuer", "X")
                        .add("title", "Trùng số"))),
        null);
    expectProblem(
        400,
        admin("api/directives")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("symbol", unique("x"))
                        .add("kind", "CONCLUSION")
                        .add("issuer", "X")
                        .add("title", "T")
                        .add("issuedOn", "04/06/2024"))),
        "issuedOn");
  }
}
