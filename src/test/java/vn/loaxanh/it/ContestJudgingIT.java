package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Eligibility, blind judging, the ranking with ties, results, exports, counts and the directory.
 */
class ContestJudgingIT extends ContestTest {
  @Test
  void judgesScoreBlindTiesShareAPlaceAndTheResultsArePublished() throws Exception {
    Ground ground = ground();
    String judgeA = unique("gk-a");
    String judgeB = unique("gk-b");
    createStaff(judgeA, "judge", null);
    createStaff(judgeB, "judge", null);
    JsonObject contest =
        createContest(
            call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 1)
                .add("judges", Json.createArrayBuilder().add(judgeA).add(judgeB)));
    long id = contest.getJsonNumber("id").longValue();
    JsonArray criteria = contest.getJsonArray("criteria");
    String content = criteria.getJsonObject(0).getJsonNumber("id").toString();
    String creativity = criteria.getJsonObject(1).getJsonNumber("id").toString();
    long[] schools = new long[3];
    for (int i = 0; i < 3; i++) {
      schools[i] =
          createSchool("Trường Tiểu học số " + i + " " + unique(""), "PRIMARY", ground.district());
      expect(
          201,
          register(
              id,
              unique("k"),
              entry(schools[i], "ve-tranh", "gv" + i + "@truong.edu.vn").add("title", "Bài " + i)));
    }

    JsonArray blind = judge(judgeA, "api/contests/" + id + "/judging").get(JsonArray.class);
    assertEquals(3, blind.size());
    String shown = blind.toString();
    assertFalse(shown.contains("Trường Tiểu học số"), "judges do not see the school: " + shown);
    assertFalse(shown.contains("gv0@"), shown);
    assertFalse(blind.getJsonObject(0).containsKey("school"));
    // A judge of another contest, or a score outside the rubric, is refused.
    assertEquals(
        403,
        as("admin", ADMIN_PASSWORD, "api/contests/" + id + "/judging").request().get().getStatus());
    String first = blind.getJsonObject(0).getString("code");
    expectProblem(400, score(judgeA, id, first, Map.of(content, "11")), "scores." + content);
    expectProblem(400, score(judgeA, id, first, Map.of(content, "-1")), "scores." + content);
    expectProblem(400, score(judgeA, id, first, Map.of("999999", "5")), "scores.999999");

    // Entry titles "Bài 0".."Bài 2" by code; scores give 0 and 1 the same total, 2 less.
    Map<String, String> codeOfTitle = new java.util.HashMap<>();
    blind.forEach(
        e ->
            codeOfTitle.put(
                e.asJsonObject().getString("title"), e.asJsonObject().getString("code")));
    for (String judge : List.of(judgeA, judgeB)) {
      expect(
          200, score(judge, id, codeOfTitle.get("Bài 0"), Map.of(content, "8", creativity, "6")));
      expect(
          200, score(judge, id, codeOfTitle.get("Bài 1"), Map.of(content, "6", creativity, "9")));
      expect(
          200, score(judge, id, codeOfTitle.get("Bài 2"), Map.of(content, "5", creativity, "5")));
    }
    // 0: 60×0.8 + 40×0.6 = 72; 1: 60×0.6 + 40×0.9 = 72; 2: 50.
    JsonArray ranking =
        admin("api/contests/" + id + "/ranking")
            .request(MediaType.APPLICATION_JSON)
            .get(JsonArray.class);
    assertEquals(3, ranking.size());
    assertEquals(1, ranking.getJsonObject(0).getInt("place"));
    assertEquals(1, ranking.getJsonObject(1).getInt("place"));
    assertTrue(ranking.getJsonObject(0).getBoolean("tied"));
    assertTrue(ranking.getJsonObject(1).getBoolean("tied"));
    assertEquals(
        "72.00", ranking.getJsonObject(0).getJsonNumber("total").bigDecimalValue().toPlainString());
    assertEquals(3, ranking.getJsonObject(2).getInt("place"));
    assertFalse(ranking.getJsonObject(2).getBoolean("tied"));
    assertEquals(
        "50.00", ranking.getJsonObject(2).getJsonNumber("total").bigDecimalValue().toPlainString());

    JsonObject results = expect(201, admin("api/contests/" + id + "/results").request().post(null));
    JsonObject article = get("api/published/" + results.getString("slug"));
    assertEquals("RESULTS", article.getString("kind"));
    String html = article.getString("html");
    assertTrue(html.contains("1 (đồng hạng)"), html);
    assertTrue(html.contains("72.00"), html);
    expectProblem(409, admin("api/contests/" + id + "/results").request().post(null), null);
    assertEquals(
        results.getJsonNumber("articleId"),
        get("api/contests/" + id).getJsonNumber("resultsArticleId"));
  }

  @Test
  void staffMarkEligibilityExportAndCountEntries() throws Exception {
    startMailServer();
    Ground ground = ground();
    long id =
        createContest(call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 2))
            .getJsonNumber("id")
            .longValue();
    long primary =
        createSchool("Trường Tiểu học Thảo Nguyên " + unique(""), "PRIMARY", ground.district());
    long lower =
        createSchool("Trường THCS Mường Sang " + unique(""), "LOWER_SECONDARY", ground.district());
    String teacher = unique("co-nga") + "@truong.edu.vn";
    expect(
        201,
        register(
            id,
            unique("k"),
            entry(primary, "ve-tranh", teacher).add("title", "=HYPERLINK(\"x\")")));
    expect(201, register(id, unique("k"), entry(primary, "video", "a@truong.edu.vn")));
    long third =
        expect(201, register(id, unique("k"), entry(lower, "ve-tranh", "b@truong.edu.vn")))
            .getJsonNumber("entryId")
            .longValue();

    JsonObject entry = expect(200, admin("api/contest-entries/" + third).request().get());
    expectProblem(
        400,
        admin("api/contest-entries/" + third + "/eligibility")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("eligible", false)
                        .add("version", entry.getJsonNumber("version").longValue()))),
        "reason");
    JsonObject refused =
        expect(
            200,
            admin("api/contest-entries/" + third + "/eligibility")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("eligible", false)
                            .add("reason", "Tranh in sẵn, không phải học sinh vẽ")
                            .add("version", entry.getJsonNumber("version").longValue()))));
    assertEquals("INELIGIBLE", refused.getString("status"));
    String told = textOf(mailsTo("b@truong.edu.vn", "không đủ điều kiện").get(0));
    assertTrue(told.contains("Tranh in sẵn"), told);

    JsonObject counts = get("api/contests/" + id + "/counts?by=level");
    assertEquals(2, counts.getInt("entries"), "the ineligible entry does not count");
    assertEquals(1, counts.getInt("schools"));
    assertEquals("PRIMARY", counts.getJsonArray("groups").getJsonObject(0).getString("key"));
    assertEquals(
        2, get("api/contests/" + id + "/counts?by=category").getJsonArray("groups").size());
    expectProblem(
        400, anonymous("api/contests/" + id + "/counts?by=weather").request().get(), "by");

    Response csv = admin("api/contests/" + id + "/entries/export?format=csv").request().get();
    assertEquals(200, csv.getStatus());
    byte[] csvBytes = csv.readEntity(byte[].class);
    List<CSVRecord> rows =
        CSVFormat.EXCEL
            .parse(
                new InputStreamReader(new ByteArrayInputStream(csvBytes), StandardCharsets.UTF_8))
            .getRecords();
    assertEquals(4, rows.size());
    assertTrue(rows.get(0).get(0).endsWith("Số biên nhận"));
    assertTrue(
        rows.stream().anyMatch(r -> r.get(9).equals("'=HYPERLINK(\"x\")")),
        "a formula is made inert");

    Response xlsx =
        admin("api/contests/" + id + "/entries/export?format=xlsx&status=INELIGIBLE")
            .request()
            .get();
    assertEquals(200, xlsx.getStatus());
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.readEntity(byte[].class)))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals(1, sheet.getLastRowNum());
      assertEquals(
          "Tranh in sẵn, không phải học sinh vẽ", sheet.getRow(1).getCell(13).getStringCellValue());
      assertEquals("Trung học cơ sở", sheet.getRow(1).getCell(4).getStringCellValue());
    }
    expectProblem(
        400, admin("api/contests/" + id + "/entries/export?format=pdf").request().get(), "format");
  }

  @Test
  void aDirectoryFileIsImportedWholeOrNotAtAll() {
    long province = createProvince(unique("son-la"));
    String districtCode = unique("yen-chau");
    long district = createDistrict(districtCode, province);
    String provinceName = get("api/units/" + province).getString("name");
    String suffix = unique("");
    String bad =
        "name,level,district,province\n"
            + "Trường Tiểu học Yên Châu "
            + suffix
            + ",Tiểu học,"
            + districtCode
            + ","
            + provinceName
            + "\n"
            + "Trường THCS Chiềng Pằn "
            + suffix
            + ",Lớp học bơi,"
            + districtCode
            + ","
            + provinceName
            + "\n"
            + "Trường THPT Yên Châu "
            + suffix
            + ",THPT,Huyện Không Có,"
            + provinceName
            + "\n";
    JsonObject problem =
        expectProblem(
            400,
            admin("api/schools/import").request().post(Entity.entity(bad, "text/csv")),
            "line 3");
    assertTrue(problem.getJsonObject("errors").containsKey("line 4"), problem.toString());
    assertEquals(0, schoolsIn(district).size(), "nothing stored");

    String good =
        "\uFEFFtên trường,cấp học,huyện,tỉnh\n"
            + "Trường Tiểu học Yên Châu "
            + suffix
            + ",Tiểu học,"
            + districtCode
            + ","
            + provinceName
            + "\n"
            + "\"Trường THCS Chiềng Pằn, "
            + suffix
            + "\",thcs,Huyen "
            + districtCode
            + ","
            + provinceName
            + "\n";
    JsonObject report =
        expect(200, admin("api/schools/import").request().post(Entity.entity(good, "text/csv")));
    assertEquals(2, report.getInt("created"));
    JsonObject again =
        expect(200, admin("api/schools/import").request().post(Entity.entity(good, "text/csv")));
    assertEquals(0, again.getInt("created"));
    assertEquals(2, again.getInt("unchanged"));
    JsonArray listed = schoolsIn(district);
    assertEquals(2, listed.size());
    assertTrue(
        listed.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(s -> s.getString("level").equals("LOWER_SECONDARY")));
  }

  private JsonArray schoolsIn(long district) {
    return anonymous("api/schools?districtId=" + district)
        .request(MediaType.APPLICATION_JSON)
        .get(JsonArray.class);
  }

  private jakarta.ws.rs.client.Invocation.Builder judge(String judge, String path) {
    return as(judge, STAFF_PASSWORD, path).request(MediaType.APPLICATION_JSON);
  }

  private Response score(String judge, long contest, String code, Map<String, String> scores) {
    var given = Json.createObjectBuilder();
    scores.forEach((criterion, value) -> given.add(criterion, new java.math.BigDecimal(value)));
    return as(judge, STAFF_PASSWORD, "api/contests/" + contest + "/judging/" + code + "/scores")
        .request()
        .put(json(Json.createObjectBuilder().add("scores", given)));
  }
}
