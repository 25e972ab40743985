package vn.loaxanh.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Calls for entries and registration over HTTP: mail, idempotency, limits, files, deadlines. */
class ContestsApiIT extends ContestTest {
  @Test
  void aSchoolRegistersWithAFileAndFollowsItThroughThePrivateLinkInItsMail() throws Exception {
    startMailServer();
    Ground ground = ground();
    long school =
        createSchool("Trường THCS Chiềng Sinh " + unique(""), "LOWER_SECONDARY", ground.district());
    JsonObject contest = createContest(call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 2));
    long id = contest.getJsonNumber("id").longValue();
    assertTrue(contest.getString("rulesHtml").contains("<strong>một</strong>"));
    String teacher = unique("co-hoa") + "@truong.edu.vn";

    JsonObject receipt =
        expect(
            201,
            register(
                id,
                unique("key"),
                entry(school, "ve-tranh", teacher),
                new ContestTest.FilePart("tranh.png", PNG)));
    String number = receipt.getString("receipt");
    assertTrue(number.matches("CT" + id + "-[0-9A-Z]{8}"), number);
    assertFalse(receipt.getBoolean("replayed"));

    MimeMessage mail = mailsTo(teacher).get(0);
    assertTrue(mail.getSubject().contains(number), mail.getSubject());
    String text = textOf(mail);
    assertTrue(text.contains("Kính gửi thầy/cô Nguyễn Thị Hoa"), text);
    String link = privateLink(text).orElseThrow(() -> new AssertionError(text));
    assertEquals(receipt.getString("privateLink"), link);
    String secret = link.substring(link.lastIndexOf('/') + 1);

    JsonObject mine = get("api/private-entries/" + secret);
    assertEquals(number, mine.getString("receipt"));
    assertEquals(
        "Lò Thị Mai", mine.getJsonArray("participants").getJsonObject(0).getString("name"));
    JsonObject file = mine.getJsonArray("attachments").getJsonObject(0);
    assertEquals("image/png", file.getString("contentType"));
    assertEquals(sha256(PNG), file.getString("sha256"));
    byte[] back =
        anonymous("api/private-entries/" + secret + "/attachments/" + file.getJsonNumber("id"))
            .request()
            .get(byte[].class);
    assertArrayEquals(PNG, back);
    // The public and a forged link see nothing.
    assertEquals(404, anonymous("api/private-entries/" + secret + "x").request().get().getStatus());
    assertEquals(
        401,
        anonymous(
                "api/contest-entries/"
                    + receipt.getJsonNumber("entryId")
                    + "/attachments/"
                    + file.getJsonNumber("id"))
            .request()
            .get()
            .getStatus());

    JsonObject edited =
        expect(
            200,
            anonymous("api/private-entries/" + secret)
                .request()
                .put(json(entry(school, "ve-tranh", teacher).add("title", "Suối xanh quê em"))));
    assertEquals("Suối xanh quê em", edited.getString("title"));
    assertEquals(1, edited.getJsonArray("attachments").size(), "the files stay");

    expect(200, anonymous("api/private-entries/" + secret).request().delete());
    expectProblem(
        409,
        anonymous("api/private-entries/" + secret)
            .request()
            .put(json(entry(school, "ve-tranh", teacher))),
        null);
  }

  @Test
  void aRetriedSubmissionMakesOneEntryEvenWhenTheRetriesRace() throws Exception {
    Ground ground = ground();
    long school =
        createSchool("Trường Tiểu học Tô Hiệu " + unique(""), "PRIMARY", ground.district());
    long id =
        createContest(call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 3))
            .getJsonNumber("id")
            .longValue();
    String key = unique("double-click");

    List<Callable<Response>> tries = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      tries.add(
          () ->
              register(
                  id,
                  key,
                  entry(school, "ve-tranh", "thay@truong.edu.vn"),
                  new ContestTest.FilePart("a.png", PNG)));
    }
    List<JsonObject> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (Future<Response> answer : pool.invokeAll(tries)) {
        Response response = answer.get();
        int status = response.getStatus();
        assertTrue(status == 201 || status == 200, "status " + status);
        answers.add(expect(status, response));
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, answers.stream().filter(a -> !a.getBoolean("replayed")).count());
    assertEquals(1, answers.stream().map(a -> a.getString("receipt")).distinct().count());
    assertEquals(1, entries(id).size());
  }

  @Test
  void theSchoolLimitHoldsWhenTeachersOfOneSchoolSubmitAtTheSameMoment() throws Exception {
    Ground ground = ground();
    long school =
        createSchool("Trường THCS Quyết Thắng " + unique(""), "LOWER_SECONDARY", ground.district());
    long id =
        createContest(call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 1))
            .getJsonNumber("id")
            .longValue();

    List<Callable<Response>> teachers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      teachers.add(
          () ->
              register(
                  id, unique("t" + n), entry(school, "ve-tranh", "gv" + n + "@truong.edu.vn")));
    }
    int created = 0;
    int refused = 0;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<Response> answer : pool.invokeAll(teachers)) {
        Response response = answer.get();
        if (response.getStatus() == 201) {
          created++;
        } else {
          JsonObject problem = expectProblem(409, response, "schoolId");
          assertTrue(problem.getString("detail").contains("1"), problem.toString());
          refused++;
        }
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, created);
    assertEquals(7, refused);
    assertEquals(1, entries(id).size());
    // Another category has its own limit.
    expect(
        201,
        register(
            id,
            unique("video"),
            entry(school, "video", "gv@truong.edu.vn"),
            new ContestTest.FilePart("phim.bin", MP4)));
    JsonObject video =
        entries(id).stream()
            .map(e -> e.asJsonObject())
            .filter(e -> e.getString("category").equals("video"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "video/mp4",
        video.getJsonArray("attachments").getJsonObject(0).getString("contentType"),
        "the type comes from the bytes, not the name");
  }

  @Test
  void wrongFilesEmptyFieldsAndLateEntriesAreRefusedAndNothingIsStored() throws Exception {
    Ground ground = ground();
    long school =
        createSchool("Trường Tiểu học Chiềng Sơn " + unique(""), "PRIMARY", ground.district());
    long upper =
        createSchool("Trường THPT Mộc Lỵ " + unique(""), "UPPER_SECONDARY", ground.district());
    Instant closes = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
    long id = createContest(call(ground, closes, 5)).getJsonNumber("id").longValue();
    String teacher = "co-lan@truong.edu.vn";

    // A text file named .png is not an image, whatever its name says.
    expectProblem(
        415,
        register(
            id,
            unique("k"),
            entry(school, "ve-tranh", teacher),
            new ContestTest.FilePart("tranh.png", "<script>alert(1)</script>".getBytes())),
        "files");
    expectProblem(
        413,
        register(
            id,
            unique("k"),
            entry(school, "ve-tranh", teacher),
            new ContestTest.FilePart("big.png", bigPng(1024 * 1024 + 1))),
        "files");
    expectProblem(
        400,
        register(id, unique("k"), entry(school, "ve-tranh", teacher).add("title", " ")),
        "title");
    expectProblem(
        400,
        register(
            id,
            unique("k"),
            entry(school, "ve-tranh", teacher).add("description", "x".repeat(10 * 1024 * 1024))),
        "description");
    expectProblem(
        400,
        register(id, unique("k"), entry(school, "ve-tranh", teacher).add("consent", false)),
        "consent");
    expectProblem(400, register(id, unique("k"), entry(upper, "ve-tranh", teacher)), "schoolId");
    expectProblem(400, register(id, unique("k"), entry(school, "hat-mua", teacher)), "category");
    expectProblem(400, register(id, null, entry(school, "ve-tranh", teacher)), "idempotencyKey");
    assertEquals(0, entries(id).size(), "nothing was stored by the refusals");

    expect(201, register(id, unique("k"), entry(school, "ve-tranh", teacher)));
    await("the call to close")
        .atMost(Duration.ofSeconds(30))
        .until(() -> Instant.now().isAfter(closes.plusMillis(300)));
    JsonObject late =
        expectProblem(
            409, register(id, unique("k"), entry(school, "ve-tranh", teacher)), "closesAt");
    assertTrue(late.getString("detail").contains("Đã hết hạn nhận bài"), late.toString());
    assertEquals(1, entries(id).size());
  }

  @Test
  void aSchoolNotListedIsProposedAndStaffConfirmIt() {
    Ground ground = ground();
    long id =
        createContest(call(ground, Instant.now().plus(1, ChronoUnit.DAYS), 1))
            .getJsonNumber("id")
            .longValue();
    String name = "Trường PTDTBT Tiểu học Tân Lập " + unique("");
    var proposal =
        entry(0, "ve-tranh", "thay-son@truong.edu.vn")
            .addNull("schoolId")
            .add(
                "proposedSchool",
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("level", "PRIMARY")
                    .add("districtId", ground.district()));
    expect(201, register(id, unique("k"), proposal));
    JsonObject school =
        admin("api/schools?districtId=" + ground.district() + "&confirmed=false")
            .request(MediaType.APPLICATION_JSON)
            .get(JsonArray.class)
            .getJsonObject(0);
    assertEquals(name, school.getString("name"));
    assertFalse(school.getBoolean("confirmed"));
    // A colleague proposing the same school, spelled without diacritics, finds the same school.
    var again =
        entry(0, "video", "co-thu@truong.edu.vn")
            .addNull("schoolId")
            .add(
                "proposedSchool",
                Json.createObjectBuilder()
                    .add("name", name.toUpperCase())
                    .add("level", "PRIMARY")
                    .add("districtId", ground.district()));
    expect(201, register(id, unique("k"), again));
    assertEquals(
        1,
        entries(id).stream()
            .map(e -> e.asJsonObject().getJsonObject("school").getJsonNumber("id"))
            .distinct()
            .count(),
        "both entries are of the one proposed school");
    JsonObject confirmed =
        expect(
            200,
            admin("api/schools/" + school.getJsonNumber("id") + "/confirm").request().post(null));
    assertTrue(confirmed.getBoolean("confirmed"));
  }

  private JsonArray entries(long contest) {
    return admin("api/contests/" + contest + "/entries")
        .request(MediaType.APPLICATION_JSON)
        .get(JsonArray.class);
  }

  static byte[] bigPng(int size) {
    byte[] bytes = new byte[size];
    System.arraycopy(PNG, 0, bytes, 0, PNG.length);
    return bytes;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
