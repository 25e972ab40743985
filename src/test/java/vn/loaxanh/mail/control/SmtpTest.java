package vn.loaxanh.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.loaxanh.mail.entity.OutboxMail;

class SmtpTest {
  private static final Instant NOW = Instant.parse("2025-06-05T00:30:00Z");

  private final Smtp smtp = configured(Optional.of("127.0.0.1"));

  private static Smtp configured(Optional<String> host) {
    Smtp smtp = new Smtp();
    smtp.host = host;
    smtp.port = 25;
    smtp.user = Optional.empty();
    smtp.password = Optional.empty();
    smtp.from = "Loa Xanh <no-reply@loaxanh.local>";
    smtp.connectTimeoutSeconds = 10;
    smtp.readTimeoutSeconds = 10;
    smtp.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    smtp.configure();
    return smtp;
  }

  private static OutboxMail mail(String html) {
    return new OutboxMail(
        "test:1",
        List.of("Nguyễn Văn An <an@sonla.gov.vn>"),
        "Nhắc việc: báo cáo kết quả tuyên truyền",
        "Kính gửi đồng chí,\nĐề nghị gửi báo cáo trước ngày 15/11.",
        html,
        NOW);
  }

  @Test
  void noHostMeansNoServer() {
    assertFalse(configured(Optional.empty()).configured());
    assertFalse(configured(Optional.of(" ")).configured());
    assertTrue(smtp.configured());
    assertEquals("127.0.0.1:25", smtp.server());
  }

  @Test
  void aMailIsAlternativeWithAUtf8TextPartAndAnEncodedSubject() throws Exception {
    MimeMessage message = smtp.compose(mail(null));
    String raw = raw(message);
    assertTrue(raw.contains("Subject: =?UTF-8?"), "the subject is encoded: " + raw);
    assertEquals("Nhắc việc: báo cáo kết quả tuyên truyền", message.getSubject());
    assertEquals(
        "Nguyễn Văn An <an@sonla.gov.vn>", MimeUtility.decodeText(message.getHeader("To", ",")));
    assertEquals("auto-generated", message.getHeader("Auto-Submitted", null));

    MimeMultipart body = (MimeMultipart) message.getContent();
    assertTrue(body.getContentType().startsWith("multipart/alternative"));
    assertEquals(1, body.getCount());
    var text = body.getBodyPart(0);
    assertTrue(text.isMimeType("text/plain"));
    assertTrue(text.getContentType().toUpperCase().contains("CHARSET=UTF-8"));
    assertEquals("Kính gửi đồng chí,\nĐề nghị gửi báo cáo trước ngày 15/11.", text.getContent());
  }

  @Test
  void anHtmlBodyComesAfterTheText() throws Exception {
    MimeMultipart body = (MimeMultipart) smtp.compose(mail("<p>Kính gửi</p>")).getContent();
    assertEquals(2, body.getCount());
    assertTrue(body.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(body.getBodyPart(1).isMimeType("text/html"));
    assertEquals("<p>Kính gửi</p>", body.getBodyPart(1).getContent());
  }

  @Test
  void theMessageIdComesFromTheOutboxRow() throws Exception {
    OutboxMail mail = mail(null);
    var id = OutboxMail.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(mail, 42L);
    MimeMessage first = smtp.compose(mail);
    MimeMessage again = smtp.compose(mail);
    assertEquals("<outbox-42@loaxanh.local>", first.getMessageID());
    assertEquals(first.getMessageID(), again.getMessageID());
  }

  @Test
  void describesAFailureInOneLineWithItsCauses() {
    var failure =
        new MessagingException(
            "Couldn't connect to host, port: 127.0.0.1, 25; timeout 10000",
            new java.net.ConnectException("Connection refused"));
    assertEquals(
        "Couldn't connect to host, port: 127.0.0.1, 25; timeout 10000: Connection refused",
        Smtp.describe(failure));
  }

  private static String raw(MimeMessage message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toString(StandardCharsets.US_ASCII);
  }
}
