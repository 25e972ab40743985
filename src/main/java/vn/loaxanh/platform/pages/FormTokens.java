package vn.loaxanh.platform.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

  /** Whether a form post carries this staff member's token and no foreign origin. */
  public boolean accepts(HttpServletRequest request, String staffName) {
    return fromThisSite(request) && isTokenOf(staffName, request.getParameter("csrf"));
  }

  /** Whether a token is the one this site's pages write for this staff member. */
  public boolean isTokenOf(String staffName, String token) {
    return key.verifies("form:" + staffName, token);
  }

  /**
   * Answers 403 to a staff form post that is not this staff member's own, and says whether it did,
   * so a page's post handler can stop there.
   */
  public boolean refused(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (accepts(request, request.getUserPrincipal().getName())) {
      return false;
    }
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
    return true;
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
