package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reminders reach the agencies' mailboxes through the outbox, once per cause. */
class RemindersIT extends ApiTest {

  private List<JsonObject> mailsTo(String email) {
    return expect(200, admin("api/mail").queryParam("size", 500).request().get())
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getJsonArray("to").getString(0).equals(email))
        .toList();
  }

  @Test
  void remindsTheLeadAndPartnersOnceBeforeAnActivity() {
    long province = createProvince(unique("tinh"));
    String leadMail = unique("chu-tri") + "@example.vn";
    String partnerMail = unique("phoi-hop") + "@example.vn";
    long lead = createAgency(unique("so"), province, leadMail);
    long partner = createAgency(unique("so"), province, partnerMail);
    long plan = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3).truncatedTo(ChronoUnit.HOURS);
    expect(
        201,
        admin("api/activities")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("planId", plan)
                        .add("type", "RALLY")
                        .add("title", "Mít tinh hưởng ứng Ngày Môi trường thế giới")
                        .add("leadId", lead)
                        .add("partnerIds", Json.createArrayBuilder().add(partner))
                        .add("startsAt", start.toString())
                        .add("endsAt", start.plusHours(3).toString()))));

    JsonObject first = expect(200, admin("api/reminders/run").request().post(null));
    assertTrue(first.getInt("queued") >= 2);
    List<JsonObject> toLead = mailsTo(leadMail);
    assertEquals(1, toLead.size());
    assertTrue(toLead.get(0).getString("subject").startsWith("[Loa Xanh] Nhắc lịch: Mít tinh"));
    assertEquals(1, mailsTo(partnerMail).size());

    expect(200, admin("api/reminders/run").request().post(null));
    assertEquals(1, mailsTo(leadMail).size(), "a second round adds nothing");
    assertEquals(401, anonymous("api/reminders/run").request().post(null).getStatus());
  }

  @Test
  void remindsThePlansAgenciesBeforeAReportingDeadlineButNotTheCompiler() {
    long province = createProvince(unique("tinh"));
    String reporterMail = unique("bao-cao") + "@example.vn";
    String compilerMail = unique("tong-hop") + "@example.vn";
    long reporter = createAgency(unique("so"), province, reporterMail);
    long compiler = createAgency(unique("so"), province, compilerMail);
    String due = java.time.LocalDate.now(ZoneOffset.ofHours(7)).plusDays(5).toString();
    long plan =
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
                                .add("year", java.time.LocalDate.parse(due).getYear())
                                .add("title", "Kế hoạch tuyên truyền")
                                .add(
                                    "reportingDeadlines",
                                    Json.createArrayBuilder()
                                        .add(
                                            Json.createObjectBuilder()
                                                .add("dueOn", due)
                                                .add("title", "Báo cáo kết quả thực hiện")
                                                .add("agencyId", compiler))))))
            .getJsonNumber("id")
            .longValue();
    expect(
        201,
        admin("api/plans/" + plan + "/tasks")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("clause", "V.6")
                        .add("title", "Báo cáo kết quả")
                        .add("leadId", reporter)
                        .add("partnerIds", Json.createArrayBuilder().add(compiler)))));

    expect(200, admin("api/reminders/run").request().post(null));
    List<JsonObject> toReporter = mailsTo(reporterMail);
    assertEquals(1, toReporter.size());
    assertTrue(toReporter.get(0).getString("subject").startsWith("[Loa Xanh] Hạn báo cáo"));
    assertEquals(
        0, mailsTo(compilerMail).size(), "the agency compiling the reports is not reminded");
  }
}
