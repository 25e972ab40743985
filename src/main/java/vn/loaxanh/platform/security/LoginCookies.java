package vn.loaxanh.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
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

  private static final String PURPOSE = "login";

  @Inject AccountTokens tokens;

  public void issue(
      StaffAccount account, HttpServletRequest request, HttpServletResponse response) {
    String value = tokens.issue(PURPOSE, account, LIFETIME);
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
        return tokens.check(PURPOSE, cookie.getValue(), accounts);
      }
    }
    return Optional.empty();
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
