package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Targets, actuals typed and counted, agency reports against deadlines, roll-ups and exports. */
class OutcomesApiIT extends OutcomesTest {
  @Test
  void figuresRollUpByAgencyDistrictMonthAndTypeAsCountedByHand() {
    Setting s = setting(LocalDate.of(2025, 11, 15), LocalDate.of(2099, 12, 30));
    long rallyA = activity(s.plan(), s.taskA(), "RALLY", s.stnmt(), s.districtA(), "2025-06-05");
    long rallyB = activity(s.plan(), s.taskB(), "RALLY", s.doan(), s.districtB(), "2025-06-05");
    long campaign =
        activity(s.plan(), s.taskB(), "CAMPAIGN", s.doan(), s.districtA(), "2025-09-20");
    expect(200, type("admin", ADMIN_PASSWORD, rallyA, "participants", figure("500")));
    expect(200, type("admin", ADMIN_PASSWORD, rallyB, "participants", figure("300")));
    expect(200, type("admin", ADMIN_PASSWORD, campaign, "participants", figure("1200")));
    expect(200, type("admin", ADMIN_PASSWORD, campaign, "waste-kg", figure("350.5")));
    expect(200, type("admin", ADMIN_PASSWORD, rallyA, "banners", figure("20")));

    JsonArray byAgency = rollUp("api/rollups/plans/" + s.plan() + "?by=agency");
    assertEquals(500, total(byAgency, Long.toString(s.stnmt()), "participants"));
    assertEquals(1500, total(byAgency, Long.toString(s.doan()), "participants"));
    JsonArray byDistrict = rollUp("api/rollups/plans/" + s.plan() + "?by=district");
    assertEquals(1700, total(byDistrict, Long.toString(s.districtA()), "participants"));
    assertEquals(300, total(byDistrict, Long.toString(s.districtB()), "participants"));
    JsonArray byMonth = rollUp("api/rollups/plans/" + s.plan() + "?by=month");
    assertEquals(800, total(byMonth, "202506", "participants"));
    assertEquals(1200, total(byMonth, "202509", "participants"));
    assertEquals(350.5, totalDecimal(byMonth, "202509", "waste-kg"), 0.001);
    JsonArray byType = rollUp("api/rollups/plans/" + s.plan() + "?by=type");
    assertEquals(800, total(byType, "RALLY", "participants"));
    JsonArray byYear = rollUp("api/rollups/provinces/" + s.province() + "/2025?by=district");
    assertEquals(1700, total(byYear, Long.toString(s.districtA()), "participants"));
    JsonArray behind =
        rollUp(
            "api/rollups/plans/"
                + s.plan()
                + "?by=district&key="
                + s.districtA()
                + "&metric=participants");
    assertEquals(2, behind.size(), "the two activities of the district: " + behind);
    assertEquals(
        java.util.Set.of(Long.toString(rallyA), Long.toString(campaign)),
        behind.stream().map(r -> r.asJsonObject().getString("key")).collect(Collectors.toSet()));
    expectProblem(
        400, anonymous("api/rollups/plans/" + s.plan() + "?by=weather").request().get(), "by");

    // A second statement replaces the first; nothing is added twice.
    expect(200, type("admin", ADMIN_PASSWORD, rallyA, "participants", figure("550")));
    assertEquals(
        550,
        total(
            rollUp("api/rollups/plans/" + s.plan() + "?by=agency"),
            Long.toString(s.stnmt()),
            "participants"));
  }

  @Test
  void badFiguresAreRefusedAndAutomaticCountsCannotBeTypedOver() {
    Setting s = setting(LocalDate.of(2025, 11, 15), LocalDate.of(2099, 12, 30));
    long rally = activity(s.plan(), s.taskA(), "RALLY", s.stnmt(), s.districtA(), "2025-06-05");
    expectProblem(
        400, type("admin", ADMIN_PASSWORD, rally, "participants", figure("-1")), "quantity");
    expectProblem(
        400, type("admin", ADMIN_PASSWORD, rally, "participants", figure("2.5")), "quantity");
    expectProblem(
        400,
        type("admin", ADMIN_PASSWORD, rally, "participants", figure("5").add("unit", "kg")),
        "unit");
    expectProblem(
        400,
        type(
            "admin",
            ADMIN_PASSWORD,
            rally,
            "participants",
            figure("5").add("evidenceUrl", "javascript:alert(1)")),
        "evidenceUrl");
    expectProblem(
        400,
        type(
            "admin",
            ADMIN_PASSWORD,
            rally,
            "participants",
            figure("5").add("evidenceMediaId", 987654321)),
        "evidenceMediaId");
    expectProblem(400, type("admin", ADMIN_PASSWORD, rally, "parrots", figure("5")), "metric");
    Response notANumber =
        admin("api/activities/" + rally + "/outcomes/participants")
            .request()
            .put(rawJson("{\"quantity\":\"nhiều\"}"));
    assertEquals(400, notANumber.getStatus());
    expectProblem(409, type("admin", ADMIN_PASSWORD, rally, "portal-articles", figure("5")), null);
    JsonArray figures = rollUp("api/activities/" + rally + "/outcomes");
    assertEquals(
        0, figureOf(figures, "participants").getJsonNumber("total").intValue(), "nothing stored");

    // A coordinator of another agency may not type this agency's figures.
    String other = unique("cb-doan");
    createStaff(other, "coordinator", s.doan());
    assertEquals(403, type(other, STAFF_PASSWORD, rally, "participants", figure("5")).getStatus());
  }

  @Test
  void publishedArticlesAndContestEntriesCountThemselvesAndACorrectionStandsBeside() {
    Setting s = setting(LocalDate.of(2025, 11, 15), LocalDate.of(2099, 12, 30));
    long rally = activity(s.plan(), s.taskA(), "RALLY", s.stnmt(), s.districtA(), "2025-06-05");
    JsonObject article =
        expect(
            201,
            admin("api/articles")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("kind", "NEWS")
                            .add(
                                "title",
                                "Mít tinh hưởng ứng Ngày Môi trường thế giới " + unique(""))
                            .add("markdown", "Sáng 05/6 ...")
                            .add("activityIds", Json.createArrayBuilder().add(rally)))));
    assertEquals(0, portalArticles(rally));
    for (String step : new String[] {"IN_REVIEW", "APPROVED", "PUBLISHED"}) {
      article =
          expect(
              200,
              admin("api/articles/" + article.getInt("id") + "/status")
                  .request()
                  .post(
                      json(
                          Json.createObjectBuilder()
                              .add("status", step)
                              .add("version", article.getJsonNumber("version").longValue()))));
    }
    assertEquals(1, portalArticles(rally), "publishing moved the count");
    JsonObject counted =
        figureOf(rollUp("api/activities/" + rally + "/outcomes"), "portal-articles");
    assertEquals("AUTOMATIC", counted.getString("source"));
    assertFalse(counted.getBoolean("editable"));

    expectProblem(
        400,
        admin("api/activities/" + rally + "/outcomes/portal-articles/correction")
            .request()
            .put(json(Json.createObjectBuilder().add("quantity", 3))),
        "note");
    expect(
        200,
        admin("api/activities/" + rally + "/outcomes/portal-articles/correction")
            .request()
            .put(
                json(
                    Json.createObjectBuilder()
                        .add("quantity", 3)
                        .add("note", "Hai bài đăng trên báo in"))));
    JsonObject corrected =
        figureOf(rollUp("api/activities/" + rally + "/outcomes"), "portal-articles");
    assertEquals(3, corrected.getJsonNumber("total").intValue());
    assertEquals(1, corrected.getJsonNumber("automatic").intValue(), "the count stays beside");
    assertEquals("CORRECTION", corrected.getString("source"));
    assertEquals("admin", corrected.getString("recordedBy"));

    Ground ground =
        new Ground(
            s.province(),
            s.districtA(),
            s.plan(),
            activity(s.plan(), s.taskB(), "CONTEST", s.doan(), s.districtA(), "2025-09-01"));
    long school =
        createSchool("Trường THCS Tô Hiệu " + unique(""), "LOWER_SECONDARY", s.districtA());
    long contest =
        createContest(call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 2))
            .getJsonNumber("id")
            .longValue();
    expect(201, register(contest, unique("k"), entry(school, "ve-tranh", "gv@truong.edu.vn")));
    expect(201, register(contest, unique("k"), entry(school, "video", "gv@truong.edu.vn")));
    JsonArray contestFigures = rollUp("api/activities/" + ground.activity() + "/outcomes");
    assertEquals(2, figureOf(contestFigures, "contest-entries").getJsonNumber("total").intValue());
    assertEquals(1, figureOf(contestFigures, "contest-schools").getJsonNumber("total").intValue());

    JsonObject target =
        expect(
            201,
            admin("api/plans/" + s.plan() + "/targets")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("activityId", ground.activity())
                            .add("metric", "contest-entries")
                            .add("quantity", 1))));
    assertEquals("MET", target.getString("state"));
    JsonObject missed =
        expect(
            201,
            admin("api/plans/" + s.plan() + "/targets")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("taskId", s.taskA())
                            .add("metric", "banners")
                            .add("quantity", 20)
                            .add("note", "20 băng rôn tại cửa ngõ thành phố"))));
    assertEquals("NOT_MET", missed.getString("state"), "the plan's year is over");
    expectProblem(
        400,
        admin("api/plans/" + s.plan() + "/targets")
            .request()
            .post(json(Json.createObjectBuilder().add("metric", "banners").add("quantity", 0))),
        "quantity");
  }

  @Test
  void agenciesReportByTheDeadlineAndTheCompiledReportMatchesTheRollUps() throws Exception {
    LocalDate past = LocalDate.of(2025, 11, 15);
    LocalDate future = LocalDate.of(2099, 12, 30);
    Setting s = setting(past, future);
    long rally = activity(s.plan(), s.taskA(), "RALLY", s.stnmt(), s.districtA(), "2025-06-05");
    long campaign =
        activity(s.plan(), s.taskB(), "CAMPAIGN", s.doan(), s.districtB(), "2025-09-20");
    String coordinator = unique("cb-stnmt");
    createStaff(coordinator, "coordinator", s.stnmt());
    expect(200, type(coordinator, STAFF_PASSWORD, rally, "participants", figure("500")));
    expect(200, type("admin", ADMIN_PASSWORD, campaign, "participants", figure("1200")));

    JsonArray future1 = reports(s.plan(), future);
    assertTrue(
        future1.stream().allMatch(r -> r.asJsonObject().getString("status").equals("NOT_STARTED")),
        future1.toString());
    JsonArray past1 = reports(s.plan(), past);
    assertTrue(
        past1.stream().allMatch(r -> r.asJsonObject().getString("status").equals("LATE")),
        past1.toString());

    String path = "api/plans/" + s.plan() + "/reports/" + s.stnmt() + "?dueOn=" + future;
    JsonObject report = expect(200, as(coordinator, STAFF_PASSWORD, path).request().get());
    assertEquals("DRAFT", report.getString("status"));
    assertEquals(
        500,
        report.getJsonArray("figures").getJsonObject(0).getJsonNumber("total").intValue(),
        "pre-filled");
    report =
        expect(
            200,
            as(coordinator, STAFF_PASSWORD, path)
                .request()
                .put(
                    json(
                        Json.createObjectBuilder()
                            .add("summary", "Đã tổ chức mít tinh tại Mộc Châu.")
                            .add("version", report.getJsonNumber("version").longValue()))));
    String submit = "api/plans/" + s.plan() + "/reports/" + s.stnmt() + "/submit?dueOn=" + future;
    JsonObject version =
        Json.createObjectBuilder()
            .add("version", report.getJsonNumber("version").longValue())
            .build();
    report =
        expect(
            200,
            as(coordinator, STAFF_PASSWORD, submit)
                .request()
                .post(json(Json.createObjectBuilder(version))));
    assertEquals("SUBMITTED", report.getString("status"));
    expectProblem(
        409,
        as(coordinator, STAFF_PASSWORD, submit)
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("version", report.getJsonNumber("version").longValue()))),
        null);
    expectProblem(
        409, type(coordinator, STAFF_PASSWORD, rally, "participants", figure("600")), null);
    assertEquals(
        403,
        as(
                coordinator,
                STAFF_PASSWORD,
                "api/plans/" + s.plan() + "/reports/" + s.doan() + "?dueOn=" + future)
            .request()
            .get()
            .getStatus());
    JsonArray standing = reports(s.plan(), future);
    assertEquals("SUBMITTED", statusOf(standing, s.stnmt()));
    assertEquals("NOT_STARTED", statusOf(standing, s.doan()));
    JsonObject reopened =
        expect(
            200,
            admin("api/plans/" + s.plan() + "/reports/" + s.stnmt() + "/reopen?dueOn=" + future)
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("reason", "Thiếu số liệu băng rôn")
                            .add("version", report.getJsonNumber("version").longValue()))));
    assertEquals("DRAFT", reopened.getString("status"));
    expect(200, type(coordinator, STAFF_PASSWORD, rally, "participants", figure("600")));
    expectProblem(400, reportsAt(s.plan(), LocalDate.of(2025, 1, 1)), "dueOn");

    JsonArray totals = rollUp("api/rollups/plans/" + s.plan());
    int participants = total(totals, "", "participants");
    assertEquals(1800, participants);
    byte[] pdf =
        admin("api/plans/" + s.plan() + "/compiled?format=pdf").request().get(byte[].class);
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
    }
    String pdfText = text.toString();
    assertTrue(pdfText.contains("125/KH-UBND"), pdfText);
    assertTrue(pdfText.contains("Người tham gia"), pdfText);
    assertTrue(pdfText.contains("1800"), pdfText);
    assertTrue(pdfText.contains("chưa báo cáo"), "agencies late for 15/11/2025: " + pdfText);
    byte[] docx =
        admin("api/plans/" + s.plan() + "/compiled?format=docx").request().get(byte[].class);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor words = new XWPFWordExtractor(document)) {
      String docText = words.getText();
      assertTrue(docText.contains("V.1.1"), docText);
      assertTrue(docText.contains("1800"), docText);
    }
    byte[] xlsx =
        admin("api/plans/" + s.plan() + "/compiled?format=xlsx").request().get(byte[].class);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      double sum = 0;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        if (sheet.getRow(r).getCell(4).getStringCellValue().equals("Người tham gia")) {
          sum += sheet.getRow(r).getCell(6).getNumericCellValue();
        }
      }
      assertEquals(participants, sum, 0.001);
    }
    String csv =
        admin("api/plans/" + s.plan() + "/compiled?format=csv").request().get(String.class);
    assertTrue(csv.contains("600"), csv);
    expectProblem(
        400, admin("api/plans/" + s.plan() + "/compiled?format=odt").request().get(), "format");

    startMailServer();
    JsonObject queued =
        expect(
            200,
            admin("api/plans/" + s.plan() + "/reports/reminders?dueOn=" + past)
                .request()
                .post(json(Json.createObjectBuilder())));
    assertEquals(2, queued.getInt("queued"), "both agencies owe the 15/11 report");
    JsonObject again =
        expect(
            200,
            admin("api/plans/" + s.plan() + "/reports/reminders?dueOn=" + past)
                .request()
                .post(json(Json.createObjectBuilder())));
    assertEquals(0, again.getInt("queued"), "once a day");
  }

  private JsonArray reports(long plan, LocalDate dueOn) {
    Response answer = reportsAt(plan, dueOn);
    String body = answer.readEntity(String.class);
    assertEquals(200, answer.getStatus(), body);
    return Json.createReader(new java.io.StringReader(body)).readArray();
  }

  private Response reportsAt(long plan, LocalDate dueOn) {
    return admin("api/plans/" + plan + "/reports?dueOn=" + dueOn)
        .request(MediaType.APPLICATION_JSON)
        .get();
  }

  private static String statusOf(JsonArray standing, long agency) {
    return standing.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("agencyId").longValue() == agency)
        .findFirst()
        .orElseThrow()
        .getString("status");
  }

  private int portalArticles(long activity) {
    return figureOf(rollUp("api/activities/" + activity + "/outcomes"), "portal-articles")
        .getJsonNumber("total")
        .intValue();
  }

  private JsonArray rollUp(String path) {
    return anonymous(path).request(MediaType.APPLICATION_JSON).get(JsonArray.class);
  }

  private static int total(JsonArray rows, String key, String metric) {
    return (int) totalDecimal(rows, key, metric);
  }

  private static double totalDecimal(JsonArray rows, String key, String metric) {
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("key").equals(key) && r.getString("metric").equals(metric))
        .mapToDouble(r -> r.getJsonNumber("total").doubleValue())
        .sum();
  }
}
