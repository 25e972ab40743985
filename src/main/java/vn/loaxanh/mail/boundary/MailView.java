package vn.loaxanh.mail.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import vn.loaxanh.mail.entity.MailStatus;
import vn.loaxanh.mail.entity.OutboxMail;
import vn.loaxanh.platform.configuration.LocalTime;

/** A mail in the outbox as staff see it in a list; times in Vietnam's time zone. */
public record MailView(
    long id,
    List<String> to,
    String subject,
    MailStatus status,
    int attempts,
    OffsetDateTime nextAttemptAt,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt) {

  static MailView of(OutboxMail mail) {
    return new MailView(
        mail.id(),
        mail.recipients(),
        mail.subject(),
        mail.status(),
        mail.attempts(),
        inVietnam(mail.nextAttemptAt()),
        mail.lastError(),
        inVietnam(mail.createdAt()),
        inVietnam(mail.sentAt()));
  }

  static OffsetDateTime inVietnam(Instant instant) {
    return instant == null ? null : instant.atZone(LocalTime.VIETNAM).toOffsetDateTime();
  }
}
