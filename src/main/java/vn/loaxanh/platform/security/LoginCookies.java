package vn.loaxanh.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The cookie that keeps a staff member logged in on the pages after the login form. It holds the
 * name, an expiry and a signature over both plus a fingerprint of the password hash, so it needs no
 * server session (any instance of a cluster accepts it) and a password change logs out everywhere.
 */
@ApplicationScoped
public class LoginCookies {
  static final String NAME = "loaxanh_staff";
  static final Duration LIFETIME = Duration.ofHours(12);

  @Inject SigningKey key;
  @Inject Clock clock;

  public void issue(
      StaffAccount account, HttpServletRequest request, HttpServletResponse response) {
    long expires = Instant.now(clock).plus(LIFETIME).getEpochSecond();
    String name = encode(account.username());
    String value =
        name + "." + expires + "." + key.sign(signed(name, expires, account.passwordHash()));
    response.addCookie(cookie(value, (int) LIFETIME.toSeconds(), request.isSecure()));
  }

  public void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(cookie("", 0, request.isSecure()));
  }

  /** The account a request's cookie vouches for, if the cookie is there, intact and current. */
  Optional<StaffAccount> presented(HttpServletRequest request, StaffAccounts accounts) {
    if (request.getCookies() == null) {
      return Optional.empty();
    }
    for (Cookie cookie : request.getCookies()) {
      if (NAME.equals(cookie.getName())) {
        return check(cookie.getValue(), accounts);
      }
    }
    return Optional.empty();
  }

  private Optional<StaffAccount> check(String value, StaffAccounts accounts) {
    String[] parts = value.split("\\.");
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
        .filter(a -> key.verifies(signed(parts[0], expires, a.passwordHash()), parts[2]));
  }

  private static String signed(String encodedName, long expires, String passwordHash) {
    // The hash is signed, never sent: a new password makes every older cookie's signature wrong.
    return "login:" + encodedName + ":" + expires + ":" + passwordHash;
  }

  private static String encode(String username) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(username.getBytes(StandardCharsets.UTF_8));
  }

  private static Cookie cookie(String value, int maxAge, boolean secure) {
    Cookie cookie = new Cookie(NAME, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setMaxAge(maxAge);
    // Lax: the cookie follows links from elsewhere but not cross-site form posts.
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
