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
    if (em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .isPresent()) {
      throw new Conflict(
          "Tên đăng nhập " + username + " đã có", "Username " + username + " is taken");
    }
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
    try {
      StaffAccount account =
          new StaffAccount(username, hashes.generate(password.toCharArray()), role, agencyId);
      em.persist(account);
      em.flush();
      return account;
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
  }

  public Optional<StaffAccount> find(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
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
