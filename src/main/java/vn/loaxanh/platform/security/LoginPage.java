package vn.loaxanh.platform.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;

/**
 * Đăng nhập: the staff login form. A right name and password set the login cookie and go back to
 * the page that asked for the login; a wrong one says so without telling which of the two was
 * wrong.
 */
@WebServlet(StaffLogin.LOGIN_PAGE)
public class LoginPage extends HttpServlet {
  private static final String HOME = "/lich";

  @Inject IdentityStoreHandler identities;
  @Inject StaffAccounts accounts;
  @Inject LoginCookies cookies;
  @Inject Templates templates;

  public record Model(String next, String username, boolean failed) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    show(request, response, new Model(safeNext(request.getParameter("next")), "", false));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String next = safeNext(request.getParameter("next"));
    String username = String.valueOf(request.getParameter("username")).strip();
    String password = request.getParameter("password");
    if (!FormTokens.fromThisSite(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    CredentialValidationResult result =
        password == null
            ? CredentialValidationResult.INVALID_RESULT
            : identities.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      show(request, response, new Model(next, username, true));
      return;
    }
    cookies.issue(accounts.find(username).orElseThrow(), request, response);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", next);
  }

  /**
   * Only a path on this site: a crafted link must not turn the login form into a redirect to
   * another site.
   */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return HOME;
    }
    return next;
  }

  private void show(HttpServletRequest request, HttpServletResponse response, Model model)
      throws IOException {
    PageContext page = templates.context(request, response);
    response.setHeader("Cache-Control", "no-store");
    templates.write(page, response, "security/login.jte", Map.of("model", model));
  }
}
