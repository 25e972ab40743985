package vn.loaxanh.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.junit.jupiter.api.AfterEach;

/**
 * What the contest tests share: a province with a district, a plan with a contest activity,
 * schools, a call for entries, and registration as a school's program would send it (multipart,
 * with an Idempotency-Key). Mail goes to a GreenMail server started by the tests that read mail.
 */
abstract class ContestTest extends ApiTest {
  static final int SMTP_PORT = Integer.getInteger("loaxanh.test.smtp.port", 43025);
  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  static final byte[] PNG = {
    (byte) 0x89,
    'P',
    'N',
    'G',
    '\r',
    '\n',
    0x1a,
    '\n',
    0,
    0,
    0,
    13,
    'I',
    'H',
    'D',
    'R',
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    6,
    0,
    0,
    0,
    0x1f,
    0x15,
    (byte) 0xc4,
    (byte) 0x89
  };

  /** The start of an MP4 file (an ISO base media "ftyp" box), which is what identifies it. */
  static final byte[] MP4 = {
    0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's',
    'o', 'm', 0, 0, 0, 8, 'f', 'r', 'e', 'e'
  };

  GreenMail smtp;

  /** The places, plan and contest activity a test's contest belongs to. */
  record Ground(long province, long district, long plan, long activity) {}

  @AfterEach
  void stopMailServer() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  void startMailServer() {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  Ground ground() {
    long province = createProvince(unique("son-la"));
    long district = createDistrict(unique("moc-chau"), province);
    long lead = createAgency(unique("so-gd"), province);
    long plan = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
    long activity =
        expect(
                201,
                admin("api/activities")
                    .request()
                    .post(
                        json(
                            Json.createObjectBuilder()
                                .add("planId", plan)
                                .add("type", "CONTEST")
                                .add("title", "Cuộc thi tìm hiểu về bảo vệ môi trường")
                                .add("leadId", lead)
                                .add("startsAt", "2025-09-01T00:00:00+07:00")
                                .add("endsAt", "2025-11-30T00:00:00+07:00")
                                .add("allDay", true))))
            .getJsonNumber("id")
            .longValue();
    return new Ground(province, district, plan, activity);
  }

  long createSchool(String name, String level, long district) {
    return expect(
            201,
            admin("api/schools")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("name", name)
                            .add("level", level)
                            .add("districtId", district))))
        .getJsonNumber("id")
        .longValue();
  }

  /** A call open from an hour ago until {@code closesAt}, with a drawing and a video category. */
  JsonObjectBuilder call(Ground ground, Instant closesAt, int perSchool) {
    return Json.createObjectBuilder()
        .add("activityId", ground.activity())
        .add("slug", unique("cuoc-thi-moi-truong"))
        .add("title", "Cuộc thi vẽ tranh \"Chung tay giảm rác thải nhựa\"")
        .add("rules", "## Thể lệ\n\nMỗi trường gửi **một** bài mỗi thể loại.")
        .add("opensAt", OffsetDateTime.now(VIETNAM).minusHours(1).toString())
        .add("closesAt", closesAt.atOffset(VIETNAM).toString())
        .add("entriesPerSchool", perSchool)
        .add("levels", Json.createArrayBuilder().add("PRIMARY").add("LOWER_SECONDARY"))
        .add(
            "categories",
            Json.createArrayBuilder()
                .add(category("ve-tranh", "Vẽ tranh", "image/*", 1024 * 1024, 2))
                .add(category("video", "Video clip", "video/*", 5 * 1024 * 1024, 1)))
        .add(
            "criteria",
            Json.createArrayBuilder()
                .add(criterion("Nội dung", 60, 10))
                .add(criterion("Sáng tạo", 40, 10)));
  }

  static JsonObjectBuilder category(
      String code, String name, String type, long maxBytes, int maxFiles) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("name", name)
        .add("fileTypes", Json.createArrayBuilder().add(type))
        .add("maxFileBytes", maxBytes)
        .add("maxFiles", maxFiles);
  }

  static JsonObjectBuilder criterion(String name, int weight, int maxScore) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("weight", weight)
        .add("maxScore", maxScore);
  }

  JsonObject createContest(JsonObjectBuilder call) {
    return expect(201, admin("api/contests").request().post(json(call)));
  }

  static JsonObjectBuilder entry(long school, String category, String email) {
    JsonArrayBuilder pupils =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("name", "Lò Thị Mai").add("grade", "8A"))
            .add(Json.createObjectBuilder().add("name", "Cầm Văn Đức").add("grade", "8B"));
    return Json.createObjectBuilder()
        .add("category", category)
        .add("schoolId", school)
        .add("teacherName", "Nguyễn Thị Hoa")
        .add("teacherEmail", email)
        .add("teacherPhone", "0912 345 678")
        .add("title", "Dòng suối xanh của em")
        .add("description", "Tranh màu nước về suối Mộc Châu")
        .add("participants", pupils)
        .add("consent", true);
  }

  /** Sends a registration as a multipart body: the entry as JSON, then each file. */
  Response register(long contest, String key, JsonObjectBuilder entry, FilePart... files) {
    List<EntityPart> parts = new ArrayList<>();
    try {
      parts.add(
          EntityPart.withName("entry")
              .content(entry.build().toString())
              .mediaType(MediaType.APPLICATION_JSON_TYPE)
              .build());
      for (FilePart file : files) {
        parts.add(
            EntityPart.withName("files")
                .fileName(file.name())
                .content(file.bytes())
                .mediaType(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .build());
      }
    } catch (IOException unbuildable) {
      throw new UncheckedIOException(unbuildable);
    }
    var request =
        anonymous("api/contests/" + contest + "/entries")
            .register(MultiPartFeature.class)
            .request();
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }
    return request.post(
        Entity.entity(
            new GenericEntity<List<EntityPart>>(parts) {}, MediaType.MULTIPART_FORM_DATA_TYPE));
  }

  record FilePart(String name, byte[] bytes) {}

  /** The mails the test SMTP server received for an address, waiting up to 20 s for the first. */
  List<MimeMessage> mailsTo(String to) {
    return mailsTo(to, "");
  }

  /** The mails to an address whose subject contains a phrase, waiting up to 20 s for one. */
  List<MimeMessage> mailsTo(String to, String subjectPart) {
    return Awaitility.await("a mail to " + to + " about " + subjectPart)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> isFor(m, to) && subjectOf(m).contains(subjectPart))
                    .toList(),
            mails -> !mails.isEmpty());
  }

  /** The decoded plain text of a mail, whether it came alone or beside an HTML part. */
  static String textOf(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof String text) {
        return text;
      }
      jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
      for (int i = 0; i < parts.getCount(); i++) {
        if (parts.getBodyPart(i).isMimeType("text/plain")) {
          return String.valueOf(parts.getBodyPart(i).getContent());
        }
      }
      throw new AssertionError("no plain text part");
    } catch (IOException | MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  static Optional<String> privateLink(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> w.contains("/bai-du-thi/")).findFirst();
  }

  private static boolean isFor(MimeMessage message, String to) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equals(to));
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }
}
