package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The staff contest console and the judges' page, as forms over HTTP. */
class ContestPagesIT extends ContestTest {
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

  @Test
  void anEditorOpensAContestOnTheFormAndMistakesComeBackOnIt() {
    Ground ground = ground();
    String cookie = loginCookie("admin", ADMIN_PASSWORD, "/quan-tri/cuoc-thi/moi");
    String form = withCookie("quan-tri/cuoc-thi/moi", cookie).get(String.class);
    assertTrue(form.contains("Vẽ tranh"), "the form starts with a drawing category");
    LocalDateTime now = LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MINUTES);
    Form contest =
        new Form()
            .param("csrf", first(FORM_TOKEN, form))
            .param("activityId", Long.toString(ground.activity()))
            .param("title", "Hội thi tuyên truyền giảm thiểu rác thải nhựa " + unique(""))
            .param("rules", "Mỗi trường **một** tiết mục.")
            .param("opensAt", now.toString())
            .param("closesAt", now.plusDays(30).toString())
            .param("entriesPerSchool", "1")
            .param("levels", "LOWER_SECONDARY")
            .param("levels", "UPPER_SECONDARY")
            .param("cat0.code", "san-khau-hoa")
            .param("cat0.name", "Sân khấu hóa")
            .param("cat0.types", "video/*")
            .param("cat0.mb", "200")
            .param("cat0.files", "1")
            .param("crit0.name", "Nội dung")
            .param("crit0.weight", "70")
            .param("crit0.max", "10")
            .param("crit1.name", "Trình diễn")
            .param("crit1.weight", "20")
            .param("crit1.max", "10");
    Response wrong = withCookie("quan-tri/cuoc-thi/moi", cookie).post(Entity.form(contest));
    assertEquals(400, wrong.getStatus());
    String again = wrong.readEntity(String.class);
    assertTrue(again.contains("100"), "the weights must add up to 100: " + again);
    assertTrue(again.contains("Sân khấu hóa"), "what was typed stays in the form");

    contest.param("crit2.name", "Trang phục").param("crit2.weight", "10").param("crit2.max", "10");
    Response made = withCookie("quan-tri/cuoc-thi/moi", cookie).post(Entity.form(contest));
    assertEquals(303, made.getStatus(), () -> made.readEntity(String.class));
    String entries =
        withCookie(made.getLocation().toString().replaceFirst("^.*?/quan-tri", "quan-tri"), cookie)
            .get(String.class);
    assertTrue(entries.contains("Hội thi tuyên truyền giảm thiểu rác thải nhựa"));
    assertTrue(entries.contains("format=xlsx"));
  }

  @Test
  void staffRefuseAnEntryOnThePageAndAJudgeScoresItBlind() {
    Ground ground = ground();
    String judge = unique("gk");
    createStaff(judge, "judge", null);
    String schoolName = "Trường THCS Chiềng Cọ " + unique("");
    long school = createSchool(schoolName, "LOWER_SECONDARY", ground.district());
    JsonObject contest =
        createContest(
            call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 1)
                .add("judges", Json.createArrayBuilder().add(judge)));
    long id = contest.getJsonNumber("id").longValue();
    String first = contest.getJsonArray("criteria").getJsonObject(0).getJsonNumber("id").toString();
    String second =
        contest.getJsonArray("criteria").getJsonObject(1).getJsonNumber("id").toString();
    expect(
        201,
        register(
            id,
            unique("k"),
            entry(school, "ve-tranh", "gv@truong.edu.vn"),
            new FilePart("tranh.png", PNG)));
    expect(
        201,
        register(
            id, unique("k"), entry(school, "video", "gv@truong.edu.vn").add("title", "Phim ngắn")));

    String staff = loginCookie("admin", ADMIN_PASSWORD, "/quan-tri/cuoc-thi");
    String page =
        withCookie("quan-tri/cuoc-thi/bai?id=" + id + "&category=video", staff).get(String.class);
    assertTrue(page.contains("Phim ngắn"));
    assertFalse(page.contains("Dòng suối xanh"), "filtered to the video category");
    Response refused =
        withCookie("quan-tri/cuoc-thi/bai?id=" + id, staff)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(FORM_TOKEN, page))
                        .param(
                            "entryId",
                            first(Pattern.compile("name=\"entryId\" value=\"(\\d+)\""), page))
                        .param("version", first(VERSION, page))
                        .param("eligible", "no")
                        .param("reason", "Quá thời lượng 5 phút")));
    assertEquals(303, refused.getStatus(), () -> refused.readEntity(String.class));
    JsonArray stored =
        admin("api/contests/" + id + "/entries?status=INELIGIBLE")
            .request(MediaType.APPLICATION_JSON)
            .get(JsonArray.class);
    assertEquals("Quá thời lượng 5 phút", stored.getJsonObject(0).getString("statusReason"));

    String judging = loginCookie(judge, STAFF_PASSWORD, "/cham-thi");
    String works = withCookie("cham-thi?id=" + id, judging).get(String.class);
    assertFalse(works.contains(schoolName), "the judge does not see the school");
    assertFalse(works.contains("Phim ngắn"), "an ineligible entry is not judged");
    String code = first(Pattern.compile("name=\"code\" value=\"([0-9A-Z]+)\""), works);
    Response outOfRange =
        withCookie("cham-thi?id=" + id, judging)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(FORM_TOKEN, works))
                        .param("code", code)
                        .param("score." + first, "12")));
    assertEquals(400, outOfRange.getStatus());
    assertTrue(outOfRange.readEntity(String.class).contains("0 đến 10"));
    Response scored =
        withCookie("cham-thi?id=" + id, judging)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(FORM_TOKEN, works))
                        .param("code", code)
                        .param("score." + first, "9")
                        .param("score." + second, "7,5")));
    assertEquals(303, scored.getStatus(), () -> scored.readEntity(String.class));
    JsonArray ranking =
        admin("api/contests/" + id + "/ranking")
            .request(MediaType.APPLICATION_JSON)
            .get(JsonArray.class);
    assertEquals(
        "84.00", ranking.getJsonObject(0).getJsonNumber("total").bigDecimalValue().toPlainString());
    String console = withCookie("quan-tri/cuoc-thi/bai?id=" + id, staff).get(String.class);
    Form publish = new Form().param("csrf", first(FORM_TOKEN, console));
    Response published =
        withCookie("quan-tri/cuoc-thi/ket-qua?id=" + id, staff).post(Entity.form(publish));
    assertEquals(303, published.getStatus(), () -> published.readEntity(String.class));
    assertTrue(
        get("api/contests/" + id).containsKey("resultsArticleId")
            && !get("api/contests/" + id).isNull("resultsArticleId"),
        "the contest knows its results article");
    assertEquals(
        409,
        withCookie("quan-tri/cuoc-thi/ket-qua?id=" + id, staff)
            .post(Entity.form(publish))
            .getStatus());
    // Staff console pages are not the judges'.
    assertEquals(403, withCookie("quan-tri/cuoc-thi", judging).get().getStatus());
  }

  @Test
  void anEditorEditsACallOnTheFormThatOpenedIt() {
    Ground ground = ground();
    long id =
        createContest(
                call(
                    ground, java.time.Instant.now().plus(2, java.time.temporal.ChronoUnit.DAYS), 1))
            .getJsonNumber("id")
            .longValue();
    String cookie = loginCookie("admin", ADMIN_PASSWORD, "/quan-tri/cuoc-thi");
    String form = withCookie("quan-tri/cuoc-thi/sua?id=" + id, cookie).get(String.class);
    assertTrue(form.contains("Sửa cuộc thi"), form);
    jakarta.ws.rs.core.MultivaluedMap<String, String> fields =
        new jakarta.ws.rs.core.MultivaluedHashMap<>();
    java.util.regex.Matcher input =
        java.util.regex.Pattern.compile(
                "<input id=\"([^\"]+)\" name=\"\\1\"[^>]*?value=\"([^\"]*)\"")
            .matcher(form);
    while (input.find()) {
      fields.add(input.group(1), input.group(2).replace("&#43;", "+"));
    }
    Form edited = new Form(fields);
    edited.param("csrf", first(FORM_TOKEN, form));
    edited.param(
        "version",
        first(java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\""), form));
    edited.param("levels", "LOWER_SECONDARY");
    edited.param("activityId", Long.toString(ground.activity()));
    edited.asMap().putSingle("title", "Hội thi vẽ tranh (đã sửa)");
    Response saved = withCookie("quan-tri/cuoc-thi/sua?id=" + id, cookie).post(Entity.form(edited));
    assertEquals(303, saved.getStatus(), () -> saved.readEntity(String.class));
    assertEquals(
        "Hội thi vẽ tranh (đã sửa)",
        expect(200, admin("api/contests/" + id).request().get()).getString("title"));

    edited.asMap().putSingle("closesAt", "2000-01-01T08:00");
    edited
        .asMap()
        .putSingle(
            "version",
            Long.toString(
                expect(200, admin("api/contests/" + id).request().get())
                    .getJsonNumber("version")
                    .longValue()));
    Response refused =
        withCookie("quan-tri/cuoc-thi/sua?id=" + id, cookie).post(Entity.form(edited));
    assertEquals(400, refused.getStatus());
    assertTrue(
        refused.readEntity(String.class).contains("Hội thi vẽ tranh (đã sửa)"),
        "typed values stay");
  }

  @Test
  void staffConfirmAProposedSchoolFromTheConsole() {
    Ground ground = ground();
    long id =
        createContest(call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 1))
            .getJsonNumber("id")
            .longValue();
    String name = "Trường Tiểu học Lóng Sập " + unique("");
    expect(
        201,
        register(
            id,
            unique("k"),
            entry(0, "ve-tranh", "thay-son@truong.edu.vn")
                .addNull("schoolId")
                .add(
                    "proposedSchool",
                    Json.createObjectBuilder()
                        .add("name", name)
                        .add("level", "PRIMARY")
                        .add("districtId", ground.district()))));
    String cookie = loginCookie("admin", ADMIN_PASSWORD, "/quan-tri/cuoc-thi");
    String console = withCookie("quan-tri/cuoc-thi", cookie).get(String.class);
    assertTrue(console.contains(name), "the proposal waits on the console");
    String schoolId =
        first(
            Pattern.compile(
                Pattern.quote(name) + "</h3>.*?name=\"schoolId\" value=\"(\\d+)\"", Pattern.DOTALL),
            console);
    Response confirmed =
        withCookie("quan-tri/cuoc-thi/truong", cookie)
            .post(
                Entity.form(
                    new Form()
                        .param("csrf", first(FORM_TOKEN, console))
                        .param("schoolId", schoolId)));
    assertEquals(303, confirmed.getStatus(), () -> confirmed.readEntity(String.class));
    assertTrue(get("api/schools/" + schoolId).getBoolean("confirmed"));
    assertFalse(withCookie("quan-tri/cuoc-thi", cookie).get(String.class).contains(name));
  }
}
