package vn.loaxanh.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.loaxanh.mail.control.Mail;
import vn.loaxanh.mail.control.Outbox;
import vn.loaxanh.mail.entity.OutboxMail;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.security.AccountTokens;
import vn.loaxanh.platform.security.StaffAccount;
import vn.loaxanh.platform.security.StaffAccounts;

/**
 * Password-reset links, sent by an administrator to a staff member's e-mail. A link carries the
 * username, an expiry and a signature over both and the account's current password hash: it needs
 * no table, any instance accepts it, and it works once, because the new password changes the hash
 * it was signed with. Its mail is confidential: the outbox does not show its text to staff.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {
  /** Confidential: the outbox does not show the link to staff. */
  static final String MAIL_KEY = OutboxMail.CONFIDENTIAL + "password-reset:";

  static final Duration LIFETIME = Duration.ofHours(24);

  /** Signed into every link, so that a login cookie can never serve as one, nor one as a cookie. */
  private static final String PURPOSE = "password-reset";

  @Inject StaffAccounts accounts;
  @Inject AccountTokens tokens;
  @Inject Outbox outbox;

  /**
   * Queues the link for the account's e-mail.
   *
   * @param siteBase the portal's address, without a trailing slash
   * @return the address the link went to
   */
  public String send(long accountId, String siteBase) {
    StaffAccount account = accounts.get(accountId);
    if (account.email() == null) {
      throw new InvalidInput(
          "email",
          "tài khoản chưa có e-mail: ghi e-mail rồi gửi lại / the account has no e-mail: add one"
              + " first");
    }
    if (!account.isActive()) {
      throw new InvalidInput("disabled", "tài khoản đang bị khóa / the account is disabled");
    }
    String token = tokens.issue(PURPOSE, account, LIFETIME);
    String link = siteBase + "/dat-lai-mat-khau?token=" + token;
    outbox.enqueue(
        new Mail(
            // One mail per link: keyed by its expiry, never by the secret itself.
            MAIL_KEY + account.username() + ":" + token.split("\\.")[1],
            List.of(account.email()),
            "[Loa Xanh] Đặt lại mật khẩu / Reset your password",
            "Chào "
                + account.username()
                + ",\n\nQuản trị viên Loa Xanh đã gửi cho bạn liên kết đặt lại mật khẩu. Liên kết"
                + " dùng được một lần trong 24 giờ:\n\n"
                + link
                + "\n\nNếu bạn không cần đặt lại mật khẩu, hãy bỏ qua thư này.\n\n"
                + "An administrator sent you a link to reset your Loa Xanh password; it works"
                + " once within 24 hours.\n",
            null));
    return account.email();
  }

  /** The account a link is for, while it is intact, unexpired and unused. */
  public Optional<StaffAccount> accountOf(String token) {
    return tokens.check(PURPOSE, token, accounts);
  }

  /** Sets the new password through a link, which then no longer works. */
  public StaffAccount reset(String token, String password) {
    StaffAccount account =
        accountOf(token)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "token",
                        "liên kết đã hết hạn hoặc đã được dùng: xin quản trị viên gửi liên kết mới"
                            + " / the link has expired or was used: ask an administrator for a"
                            + " new one"));
    accounts.setPassword(account, password, "password");
    return account;
  }
}
