package vn.loaxanh.platform.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.loaxanh.platform.security.SigningKey;

/**
 * Guards staff forms against cross-site requests. A browser sends a staff login with any request to
 * this site, so a form must also carry a token only this site's pages can write (a signature of the
 * staff member's name) and come from this site's own origin.
 */
@ApplicationScoped
public class FormTokens {
  @Inject SigningKey key;

  public String tokenFor(String staffName) {
    return key.sign("form:" + staffName);
  }

  /** Whether a token is the one this site's pages write for this staff member. */
  public boolean isTokenOf(String staffName, String token) {
    return key.verifies("form:" + staffName, token);
  }

  /** Whether a post comes from this site's own pages, as far as the browser says. */
  public static boolean fromThisSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return true;
    }
    String host = request.getHeader("Host");
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }
}
