package vn.loaxanh.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Tokens that vouch for a staff account until they expire: the login cookie and the password-reset
 * link. One holds the username, an expiry and a signature over both, its purpose and the account's
 * password hash, so it needs no server state (any instance of a cluster accepts it) and a new
 * password makes every older token of the account worthless.
 */
@ApplicationScoped
public class AccountTokens {
  @Inject SigningKey key;
  @Inject Clock clock;

  public String issue(String purpose, StaffAccount account, Duration lifetime) {
    long expires = Instant.now(clock).plus(lifetime).getEpochSecond();
    String name = encode(account.username());
    return name + "." + expires + "." + key.sign(signed(purpose, name, expires, account));
  }

  /** The active account a token is for, while it is intact and unexpired. */
  public Optional<StaffAccount> check(String purpose, String token, StaffAccounts accounts) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    long expires;
    String username;
    try {
      expires = Long.parseLong(parts[1]);
      username = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException garbled) {
      return Optional.empty();
    }
    if (Instant.now(clock).getEpochSecond() > expires) {
      return Optional.empty();
    }
    return accounts
        .find(username)
        .filter(a -> key.verifies(signed(purpose, parts[0], expires, a), parts[2]));
  }

  private static String signed(
      String purpose, String encodedName, long expires, StaffAccount account) {
    // The hash is signed, never sent: a new password makes every older token's signature wrong.
    return purpose + ":" + encodedName + ":" + expires + ":" + account.passwordHash();
  }

  private static String encode(String username) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(username.getBytes(StandardCharsets.UTF_8));
  }
}
