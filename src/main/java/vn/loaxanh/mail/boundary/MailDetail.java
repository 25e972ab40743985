package vn.loaxanh.mail.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import vn.loaxanh.mail.entity.MailStatus;
import vn.loaxanh.mail.entity.OutboxMail;

/** One mail in full: what a list shows, with its cause and its bodies. */
public record MailDetail(
    long id,
    String dedupKey,
    List<String> to,
    String subject,
    MailStatus status,
    int attempts,
    OffsetDateTime nextAttemptAt,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    String text,
    String html) {

  private static final String HIDDEN =
      "(Thư có liên kết bảo mật, nội dung không hiển thị / This mail carries a secret link; its"
          + " text is not shown)";

  static MailDetail of(OutboxMail mail) {
    MailView view = MailView.of(mail);
    return new MailDetail(
        view.id(),
        mail.dedupKey(),
        view.to(),
        view.subject(),
        view.status(),
        view.attempts(),
        view.nextAttemptAt(),
        view.lastError(),
        view.createdAt(),
        view.sentAt(),
        mail.isConfidential() ? HIDDEN : mail.text(),
        mail.isConfidential() ? null : mail.html());
  }
}
