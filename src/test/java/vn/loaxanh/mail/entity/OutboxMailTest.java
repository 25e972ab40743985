package vn.loaxanh.mail.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxMailTest {
  private static final Instant NOW = Instant.parse("2025-06-05T00:30:00Z");
  private static final Duration LEASE = Duration.ofMinutes(2);
  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3);

  private final OutboxMail mail =
      new OutboxMail(
          "reminder:activity:42:7d:agency:3",
          List.of("Sở TN&MT <stnmt@sonla.gov.vn>", "vanthu@sonla.gov.vn"),
          "Nhắc việc: mít tinh hưởng ứng Ngày Môi trường thế giới",
          "Kính gửi Sở Tài nguyên và Môi trường,",
          null,
          NOW);

  @Test
  void aNewMailIsPendingAndDueAtOnce() {
    assertEquals(MailStatus.PENDING, mail.status());
    assertEquals(0, mail.attempts());
    assertTrue(mail.isDue(NOW));
    assertFalse(mail.isDue(NOW.minusMillis(1)));
    assertEquals(
        List.of("Sở TN&MT <stnmt@sonla.gov.vn>", "vanthu@sonla.gov.vn"), mail.recipients());
  }

  @Test
  void aClaimedMailIsNotDueUntilTheClaimRunsOut() {
    mail.claim("sender-1", NOW, LEASE);
    assertEquals(MailStatus.SENDING, mail.status());
    assertTrue(mail.isClaimedBy("sender-1"));
    assertFalse(mail.isClaimedBy("sender-2"));
    assertFalse(mail.isDue(NOW.plus(LEASE)));
    assertThrows(IllegalStateException.class, () -> mail.claim("sender-2", NOW, LEASE));
    assertTrue(mail.isDue(NOW.plus(LEASE).plusMillis(1)), "a dead sender's mail is due again");
    mail.claim("sender-2", NOW.plus(LEASE).plusMillis(1), LEASE);
    assertTrue(mail.isClaimedBy("sender-2"));
  }

  @Test
  void aSentMailIsNeverDueAgain() {
    mail.claim("sender-1", NOW, LEASE);
    mail.sent(NOW.plusSeconds(1));
    assertEquals(MailStatus.SENT, mail.status());
    assertEquals(NOW.plusSeconds(1), mail.sentAt());
    assertNull(mail.claimedBy());
    assertFalse(mail.isDue(NOW.plus(Duration.ofDays(365))));
    mail.sent(NOW.plusSeconds(5));
    assertEquals(NOW.plusSeconds(1), mail.sentAt(), "the first delivery counts");
  }

  @Test
  void onlyAClaimedMailCanBeSent() {
    assertThrows(IllegalStateException.class, () -> mail.sent(NOW));
  }

  @Test
  void aFailedAttemptWaitsForTheBackOff() {
    mail.claim("sender-1", NOW, LEASE);
    mail.failed("sender-1", "Couldn't connect to host:\n  Connection refused", NOW, policy);
    assertEquals(MailStatus.PENDING, mail.status());
    assertEquals(1, mail.attempts());
    assertEquals(NOW.plusSeconds(30), mail.nextAttemptAt());
    assertEquals("Couldn't connect to host: Connection refused", mail.lastError());
    assertNull(mail.claimedBy());
    assertFalse(mail.isDue(NOW.plusSeconds(29)));

    Instant later = NOW.plusSeconds(30);
    mail.claim("sender-1", later, LEASE);
    mail.failed("sender-1", "timeout", later, policy);
    assertEquals(2, mail.attempts());
    assertEquals(later.plusSeconds(60), mail.nextAttemptAt());
  }

  @Test
  void aMailIsGivenUpWhenItsAttemptsAreUsedUp() {
    Instant now = NOW;
    for (int attempt = 1; attempt <= 3; attempt++) {
      mail.claim("sender-1", now, LEASE);
      mail.failed("sender-1", "550 mailbox unavailable", now, policy);
      now = now.plus(Duration.ofHours(1));
    }
    assertEquals(MailStatus.FAILED, mail.status());
    assertEquals(3, mail.attempts());
    assertNull(mail.nextAttemptAt());
    assertFalse(mail.isDue(now.plus(Duration.ofDays(365))));
  }

  @Test
  void aFailureReportedByASenderWhoseClaimWasTakenOverChangesNothing() {
    mail.claim("sender-1", NOW, LEASE);
    Instant expired = NOW.plus(LEASE).plusSeconds(1);
    mail.claim("sender-2", expired, LEASE);
    mail.failed("sender-1", "late", expired, policy);
    assertEquals(MailStatus.SENDING, mail.status());
    assertEquals(0, mail.attempts());
    assertTrue(mail.isClaimedBy("sender-2"));
  }

  @Test
  void errorsAreKeptShortAndOnOneLine() {
    mail.claim("sender-1", NOW, LEASE);
    mail.failed("sender-1", "x".repeat(2000), NOW, policy);
    assertEquals(500, mail.lastError().length());
    assertTrue(mail.lastError().endsWith("…"));
  }

  @Test
  void onlyAFailedMailIsRetriedAndThenDueAtOnceWithFreshAttempts() {
    assertThrows(IllegalStateException.class, () -> mail.retry(NOW));
    for (int attempt = 1; attempt <= 3; attempt++) {
      mail.claim("sender-1", NOW.plus(Duration.ofHours(attempt)), LEASE);
      mail.failed("sender-1", "refused", NOW.plus(Duration.ofHours(attempt)), policy);
    }
    Instant later = NOW.plus(Duration.ofDays(1));
    mail.retry(later);
    assertEquals(MailStatus.PENDING, mail.status());
    assertEquals(0, mail.attempts());
    assertTrue(mail.isDue(later));
    assertEquals("refused", mail.lastError(), "why it failed stays visible");
  }

  @Test
  void refusesAMailThatCannotBeSent() {
    assertEquals(
        "to: at least one address",
        assertThrows(IllegalArgumentException.class, () -> mailTo(List.of())).getMessage());
    assertEquals(
        "to: not an e-mail address: khong-phai-dia-chi",
        assertThrows(IllegalArgumentException.class, () -> mailTo(List.of("khong-phai-dia-chi")))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutboxMail("k".repeat(301), List.of("a@b.vn"), "Chủ đề", "Nội dung", null, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutboxMail("k", List.of("a@b.vn"), "Dòng 1\nDòng 2", "Nội dung", null, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutboxMail("k", List.of("a@b.vn"), "Chủ đề", " ", null, NOW));
  }

  private static OutboxMail mailTo(List<String> to) {
    return new OutboxMail("k", to, "Chủ đề", "Nội dung", null, NOW);
  }
}
