package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox end to end: the deployed application delivers to a real SMTP server (GreenMail) that
 * runs in this JVM on loopback, at the port the suite gives it (LOAXANH_SMTP_PORT). Other tests may
 * leave mails in the outbox, so each test looks only at mails to its own recipient.
 */
class MailApiIT extends ApiTest {
  private static final int SMTP_PORT = Integer.getInteger("loaxanh.test.smtp.port", 43025);
  private static final Duration DELIVERY = Duration.ofSeconds(15);

  /** The mail server; null while it is down. */
  private GreenMail smtp;

  @AfterEach
  void stopMailServer() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  private void startMailServer() {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @Test
  void aTestMailIsDeliveredInVietnameseWithAPlainTextPart() throws Exception {
    startMailServer();
    String to = recipient();
    JsonObject queued = sendTestMail(to);
    long id = queued.getJsonNumber("id").longValue();
    assertEquals("PENDING", queued.getString("status"));

    MimeMessage received = awaitDelivery(to).get(0);
    assertEquals("Thư thử từ Loa Xanh", received.getSubject());
    assertEquals(queued.getString("subject"), received.getSubject());
    assertEquals("<outbox-" + id + "@loaxanh.local>", received.getMessageID());
    MimeMultipart body = (MimeMultipart) received.getContent();
    assertTrue(body.getContentType().startsWith("multipart/alternative"), body.getContentType());
    var text = body.getBodyPart(0);
    assertTrue(text.isMimeType("text/plain"), text.getContentType());
    assertTrue(text.getContentType().toUpperCase().contains("CHARSET=UTF-8"));
    assertTrue(
        ((String) text.getContent()).contains("Đây là thư thử do cán bộ admin gửi"),
        () -> "the text part: " + contentOf(text));
    assertEquals(queued.getString("text"), ((String) text.getContent()).replace("\r\n", "\n"));

    JsonObject sent = awaitMail(id, mail -> "SENT".equals(mail.getString("status")));
    assertNotNull(sent.getString("sentAt"));
    assertTrue(sent.getString("sentAt").endsWith("+07:00"));
    assertEquals(0, sent.getInt("attempts"));
    assertTrue(
        staffGet("api/mail?status=SENT&size=500").getJsonArray("items").stream()
            .anyMatch(item -> item.asJsonObject().getJsonNumber("id").longValue() == id),
        "the list of sent mails shows it");
  }

  @Test
  void aMailWaitsWhileTheServerIsDownAndIsDeliveredOnceItIsBack() throws Exception {
    String to = recipient();
    long id = sendTestMail(to).getJsonNumber("id").longValue();

    JsonObject waiting =
        awaitMail(
            id,
            mail ->
                "PENDING".equals(mail.getString("status"))
                    && mail.getInt("attempts") >= 1
                    && !mail.isNull("lastError"));
    String error = waiting.getString("lastError");
    assertFalse(error.contains("\n") || error.contains("\tat "), () -> "one line: " + error);
    assertTrue(error.length() <= 500);

    startMailServer();
    assertEquals(1, awaitDelivery(to).size());
    awaitMail(id, mail -> "SENT".equals(mail.getString("status")));
    assertEquals(1, deliveredTo(to).size(), "delivered exactly once");
  }

  @Test
  void aMailIsNotSentAgainByLaterRounds() throws Exception {
    startMailServer();
    String to = recipient();
    long id = sendTestMail(to).getJsonNumber("id").longValue();
    awaitDelivery(to);
    awaitMail(id, mail -> "SENT".equals(mail.getString("status")));

    for (int round = 0; round < 2; round++) {
      JsonObject done = expect(200, admin("api/mail/deliver-now").request().post(Entity.json("")));
      assertTrue(done.containsKey("sent") && done.containsKey("failed"), done::toString);
    }
    // Three more scheduled rounds (every second in the suite) must not send it either.
    Awaitility.await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> deliveredTo(to).size() == 1);
    assertEquals("SENT", staffGet("api/mail/" + id).getString("status"));
  }

  @Test
  void aFailedMailIsSentAgainWhenStaffRetryIt() throws Exception {
    String to = recipient();
    long id = sendTestMail(to).getJsonNumber("id").longValue();
    // The suite gives a mail 4 attempts, 1, 2 and 4 s apart.
    JsonObject failed =
        awaitMail(id, Duration.ofSeconds(20), mail -> "FAILED".equals(mail.getString("status")));
    assertEquals(4, failed.getInt("attempts"));
    assertTrue(failed.isNull("nextAttemptAt"));
    assertTrue(
        staffGet("api/mail?status=FAILED&size=500").getJsonArray("items").stream()
            .anyMatch(item -> item.asJsonObject().getJsonNumber("id").longValue() == id),
        "staff see the failed mail");

    startMailServer();
    JsonObject retried =
        expect(200, admin("api/mail/" + id + "/retry").request().post(Entity.json("")));
    assertEquals("PENDING", retried.getString("status"));
    assertEquals(0, retried.getInt("attempts"));
    assertEquals(1, awaitDelivery(to).size());
    awaitMail(id, mail -> "SENT".equals(mail.getString("status")));
    expectProblem(409, admin("api/mail/" + id + "/retry").request().post(Entity.json("")), null);
  }

  @Test
  void aRepeatedRequestGivesTheSameMailNotASecondOne() {
    String to = recipient();
    String key = unique("yeu-cau");
    var first =
        expect(
            201,
            admin("api/mail/test")
                .request()
                .header("Idempotency-Key", key)
                .post(json(Json.createObjectBuilder().add("to", to))));
    var again =
        expect(
            200,
            admin("api/mail/test")
                .request()
                .header("Idempotency-Key", key)
                .post(json(Json.createObjectBuilder().add("to", to))));
    assertEquals(first.getJsonNumber("id"), again.getJsonNumber("id"));
    assertEquals(first.getString("dedupKey"), again.getString("dedupKey"));
    long stored =
        staffGet("api/mail?size=500").getJsonArray("items").stream()
            .filter(item -> item.asJsonObject().getJsonArray("to").getString(0).equals(to))
            .count();
    assertEquals(1, stored, "one cause, one mail in the outbox");
  }

  @Test
  void theOutboxIsForStaffAndRefusesWrongRequests() {
    expectProblem(401, anonymous("api/mail").request().get(), null);
    expectProblem(
        401,
        anonymous("api/mail/test")
            .request()
            .post(json(Json.createObjectBuilder().add("to", recipient()))),
        null);
    String editor = unique("bien-tap");
    createStaff(editor, "editor", null);
    expect(200, as(editor, STAFF_PASSWORD, "api/mail").request().get());
    expect(
        201,
        as(editor, STAFF_PASSWORD, "api/mail/test")
            .request()
            .post(json(Json.createObjectBuilder().add("to", recipient()))));
    expectProblem(
        403,
        as(editor, STAFF_PASSWORD, "api/mail/deliver-now").request().post(Entity.json("")),
        null);

    expectProblem(400, admin("api/mail?status=LOST").request().get(), "status");
    expectProblem(
        400,
        admin("api/mail/test")
            .request()
            .post(json(Json.createObjectBuilder().add("to", "khong-phai-dia-chi"))),
        "to");
    expectProblem(
        400,
        admin("api/mail/test")
            .request()
            .header("Idempotency-Key", "khoa co khoang trang")
            .post(json(Json.createObjectBuilder().add("to", recipient()))),
        "Idempotency-Key");
    expectProblem(404, admin("api/mail/987654321").request().get(), null);
    long pending = sendTestMail(recipient()).getJsonNumber("id").longValue();
    expectProblem(
        409, admin("api/mail/" + pending + "/retry").request().post(Entity.json("")), null);
  }

  private static String recipient() {
    return unique("nhan") + "@thu-nghiem.loaxanh.vn";
  }

  private JsonObject sendTestMail(String to) {
    return expect(
        201, admin("api/mail/test").request().post(json(Json.createObjectBuilder().add("to", to))));
  }

  private JsonObject staffGet(String path) {
    return expect(200, admin(path).request(MediaType.APPLICATION_JSON).get());
  }

  private JsonObject awaitMail(long id, Predicate<JsonObject> condition) {
    return awaitMail(id, DELIVERY, condition);
  }

  private JsonObject awaitMail(long id, Duration limit, Predicate<JsonObject> condition) {
    JsonObject[] last = new JsonObject[1];
    return await(
        () -> "mail " + id + " to reach the expected state; last seen: " + last[0],
        limit,
        () -> {
          last[0] = staffGet("api/mail/" + id);
          return condition.test(last[0]) ? last[0] : null;
        });
  }

  private List<MimeMessage> awaitDelivery(String to) {
    return await(
        () -> "a mail to " + to,
        DELIVERY,
        () -> {
          List<MimeMessage> delivered = deliveredTo(to);
          return delivered.isEmpty() ? null : delivered;
        });
  }

  private List<MimeMessage> deliveredTo(String to) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isFor(m, to)).toList();
  }

  private static boolean isFor(MimeMessage message, String to) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equals(to));
    } catch (jakarta.mail.MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static String contentOf(jakarta.mail.BodyPart part) {
    try {
      return String.valueOf(part.getContent());
    } catch (Exception unreadable) {
      return unreadable.toString();
    }
  }

  /** Polls until the probe answers something, for at most {@code limit}. */
  private static <T> T await(Supplier<String> what, Duration limit, Supplier<T> probe) {
    return Awaitility.await(what.get())
        .atMost(limit)
        .pollInterval(Duration.ofMillis(200))
        .until(probe::get, answer -> answer != null);
  }
}
