package vn.loaxanh.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import vn.loaxanh.mail.entity.OutboxMail;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;

/**
 * Test mails, which staff send to check that mail reaches people: through the outbox like every
 * other mail, so a test mail that arrives shows the whole path works.
 */
@ApplicationScoped
@Transactional
public class TestMails {
  static final String SUBJECT = "Thư thử từ Loa Xanh";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject Outbox outbox;
  @Inject Clock clock;

  /** The test mail in the outbox, and whether this request put it there. */
  public record Queued(OutboxMail mail, boolean isNew) {}

  /**
   * @param requestKey a key the client sends again when it repeats the request; the repeat then
   *     gives the mail the first request queued, not a second mail. Null: every request is new.
   */
  public Queued send(String to, String requestedBy, String requestKey) {
    String dedupKey =
        "test:"
            + requestedBy
            + ":"
            + (requestKey == null ? UUID.randomUUID().toString() : requestKey);
    String when = WHEN.format(clock.instant());
    Mail mail =
        new Mail(dedupKey, List.of(to), SUBJECT, text(requestedBy, when), html(requestedBy, when));
    boolean isNew;
    try {
      isNew = outbox.enqueue(mail);
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    return new Queued(outbox.byDedupKey(dedupKey).orElseThrow(), isNew);
  }

  private static String text(String requestedBy, String when) {
    return "Xin chào,\n\n"
        + "Đây là thư thử do cán bộ "
        + requestedBy
        + " gửi từ hệ thống Loa Xanh lúc "
        + when
        + " (giờ Việt Nam) để kiểm tra việc gửi thư điện tử.\n\n"
        + "Bạn nhận được thư này nghĩa là hệ thống gửi thư đã hoạt động; không cần trả lời.\n\n"
        + "Loa Xanh — sổ đăng ký kế hoạch tuyên truyền về môi trường\n";
  }

  private static String html(String requestedBy, String when) {
    return "<p>Xin chào,</p><p>Đây là thư thử do cán bộ <b>"
        + escape(requestedBy)
        + "</b> gửi từ hệ thống Loa Xanh lúc "
        + when
        + " (giờ Việt Nam) để kiểm tra việc gửi thư điện tử.</p>"
        + "<p>Bạn nhận được thư này nghĩa là hệ thống gửi thư đã hoạt động; không cần trả"
        + " lời.</p><p><i>Loa Xanh — sổ đăng ký kế hoạch tuyên truyền về môi trường</i></p>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
