package vn.loaxanh.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the outcome tests share: a plan of a fresh province with two agencies and a task each, two
 * reporting deadlines, activities, and figures typed through the API.
 */
abstract class OutcomesTest extends ContestTest {
  /** A plan of a fresh province with two agencies, a task each, and two reporting deadlines. */
  record Setting(
      long province,
      long districtA,
      long districtB,
      long stnmt,
      long doan,
      long plan,
      long taskA,
      long taskB) {}

  Setting setting(LocalDate past, LocalDate future) {
    long province = createProvince(unique("son-la"));
    long districtA = createDistrict(unique("moc-chau"), province);
    long districtB = createDistrict(unique("yen-chau"), province);
    long stnmt = createAgency(unique("stnmt"), province, unique("stnmt") + "@sonla.gov.vn");
    long doan = createAgency(unique("tinh-doan"), province, unique("doan") + "@sonla.gov.vn");
    long receiver = createAgency(unique("ubnd"), province);
    long plan =
        expect(
                201,
                admin("api/plans")
                    .request()
                    .post(
                        json(
                            Json.createObjectBuilder()
                                .add("code", unique("kh"))
                                .add("symbol", "125/KH-UBND")
                                .add("issuer", "Ủy ban nhân dân tỉnh Sơn La")
                                .add("unitId", province)
                                .add("year", past.getYear())
                                .add("title", "Kế hoạch tuyên truyền bảo vệ môi trường")
                                .add(
                                    "reportingDeadlines",
                                    Json.createArrayBuilder()
                                        .add(deadline(past, receiver))
                                        .add(deadline(future, receiver))))))
            .getJsonNumber("id")
            .longValue();
    long taskA = task(plan, "V.1.1", stnmt);
    long taskB = task(plan, "V.2.1", doan);
    return new Setting(province, districtA, districtB, stnmt, doan, plan, taskA, taskB);
  }

  private static JsonObjectBuilder deadline(LocalDate day, long receiver) {
    return Json.createObjectBuilder()
        .add("dueOn", day.toString())
        .add("title", "Các sở, ngành báo cáo kết quả")
        .add("agencyId", receiver);
  }

  long task(long plan, String clause, long lead) {
    return expect(
            201,
            admin("api/plans/" + plan + "/tasks")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("clause", clause)
                            .add("title", "Tổ chức mít tinh, ra quân " + clause)
                            .add("leadId", lead))))
        .getJsonNumber("id")
        .longValue();
  }

  long activity(long plan, long task, String type, long lead, long district, String day) {
    return expect(
            201,
            admin("api/activities")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("planId", plan)
                            .add("taskId", task)
                            .add("type", type)
                            .add("title", type + " " + unique(""))
                            .add("leadId", lead)
                            .add("unitId", district)
                            .add("startsAt", day + "T07:30:00+07:00")
                            .add("endsAt", day + "T11:00:00+07:00"))))
        .getJsonNumber("id")
        .longValue();
  }

  Response type(
      String user, String password, long activity, String metric, JsonObjectBuilder body) {
    return as(user, password, "api/activities/" + activity + "/outcomes/" + metric)
        .request()
        .put(json(body));
  }

  static JsonObjectBuilder figure(String quantity) {
    return Json.createObjectBuilder()
        .add("quantity", new BigDecimal(quantity))
        .add("evidenceUrl", "https://sonla.gov.vn/tin/mit-tinh")
        .add("note", "Theo danh sách điểm danh");
  }

  static JsonObject figureOf(JsonArray figures, String metric) {
    return figures.stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("metric").equals(metric))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + metric + " in " + figures));
  }
}
