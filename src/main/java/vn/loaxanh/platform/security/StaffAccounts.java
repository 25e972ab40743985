package vn.loaxanh.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.persistence.Versions;

/** Staff accounts: the first admin at start, and those the admin adds. */
@ApplicationScoped
@Transactional
public class StaffAccounts {
  private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash hashes;

  @PostConstruct
  void strengthen() {
    // The iteration count is stored in each hash, so raising it later keeps old hashes valid.
    hashes.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "100000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
  }

  /**
   * Creates the first admin when there is no account at all. The password is the configured one, or
   * a generated one printed once to the log, since nobody could log in otherwise.
   */
  public void ensureFirstAdmin(String username, Optional<String> configuredPassword) {
    long accounts = em.createNamedQuery(StaffAccount.COUNT, Long.class).getSingleResult();
    if (accounts > 0) {
      return;
    }
    String password =
        configuredPassword.filter(p -> !p.isBlank()).orElseGet(StaffAccounts::generated);
    em.persist(
        new StaffAccount(username, hashes.generate(password.toCharArray()), Roles.ADMIN, null));
    if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
      LOG.info("Created the first admin account '" + username + "' with LOAXANH_ADMIN_PASSWORD");
    } else {
      LOG.warning(
          "Created the first admin account '"
              + username
              + "' with the generated password "
              + password
              + " (shown only this once; change it)");
    }
  }

  public StaffAccount create(String username, String password, String role, Long agencyId) {
    return create(username, password, role, agencyId, null);
  }

  public StaffAccount create(
      String username, String password, String role, Long agencyId, String email) {
    if (em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .isPresent()) {
      throw new Conflict(
          "Tên đăng nhập " + username + " đã có", "Username " + username + " is taken");
    }
    requireAgency(agencyId);
    try {
      StaffAccount account =
          new StaffAccount(username, hashes.generate(password.toCharArray()), role, agencyId);
      account.contactAt(email);
      em.persist(account);
      em.flush();
      return account;
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
  }

  /** The active account of that name: a disabled one no longer logs in or keeps a cookie. */
  public Optional<StaffAccount> find(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .filter(StaffAccount::isActive);
  }

  public StaffAccount get(long id) {
    StaffAccount account = em.find(StaffAccount.class, id);
    if (account == null) {
      throw new NotFound("staff account", id);
    }
    return account;
  }

  /**
   * Changes what an account may do. The last active admin keeps the role and stays enabled, or
   * nobody could manage accounts any more.
   */
  public StaffAccount update(
      long id, Long version, String role, Long agencyId, String email, boolean disabled) {
    StaffAccount account = get(id);
    Versions.requireCurrent(version, account.version());
    boolean wasActiveAdmin = account.isActive() && Roles.ADMIN.equals(account.role());
    requireAgency(agencyId);
    try {
      account.assign(role, agencyId);
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    account.contactAt(email);
    account.disable(disabled);
    boolean stillActiveAdmin = account.isActive() && Roles.ADMIN.equals(account.role());
    if (wasActiveAdmin && !stillActiveAdmin && activeAdmins() == 0) {
      throw new Conflict(
          "Đây là quản trị viên cuối cùng còn hoạt động: cần một quản trị viên khác trước khi đổi"
              + " vai trò hoặc khóa tài khoản này",
          "This is the last active admin: another admin is needed before changing its role or"
              + " disabling it");
    }
    em.flush();
    return account;
  }

  /** A staff member's own new password, given the current one. */
  public void changePassword(String username, String current, String next) {
    StaffAccount account =
        find(username).orElseThrow(() -> new NotFound("staff account", username));
    if (current == null || !hashes.verify(current.toCharArray(), account.passwordHash())) {
      throw new InvalidInput(
          "currentPassword", "mật khẩu hiện tại không đúng / the current password is wrong");
    }
    setPassword(account, next, "newPassword");
  }

  /**
   * Sets a new password. Every login cookie carries a fingerprint of the old hash, so this ends
   * every session of the account; the page that changed it issues its own session a new cookie.
   */
  public void setPassword(StaffAccount account, String next, String field) {
    if (next == null || next.length() < 12 || next.length() > 200) {
      throw new InvalidInput(field, "từ 12 đến 200 ký tự / 12 to 200 characters");
    }
    account.changePasswordHash(hashes.generate(next.toCharArray()));
    em.flush();
  }

  private long activeAdmins() {
    return list().stream().filter(a -> a.isActive() && Roles.ADMIN.equals(a.role())).count();
  }

  private void requireAgency(Long agencyId) {
    if (agencyId != null
        && ((Number)
                    em.createNativeQuery("select count(*) from agency where id = ?")
                        .setParameter(1, agencyId)
                        .getSingleResult())
                .longValue()
            == 0) {
      throw new InvalidInput(
          "agencyId", "không có cơ quan " + agencyId + " / no agency " + agencyId);
    }
  }

  public List<StaffAccount> list() {
    return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultList();
  }

  private static String generated() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
