package vn.loaxanh.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Page;

/**
 * Đăng nhập: the staff login form (/dang-nhap). A right name and password set the login cookie and
 * go back to the page that asked for the login; a wrong one says so without telling which of the
 * two was wrong.
 */
@Path(StaffLogin.LOGIN_PAGE)
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class LoginPage {
  private static final String HOME = "/lich";

  @Inject IdentityStoreHandler identities;
  @Inject StaffAccounts accounts;
  @Inject LoginCookies cookies;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  /**
   * @param reset the reader just set a new password through a reset link
   */
  public record Model(String next, String username, boolean failed, boolean reset) {}

  @GET
  public Page form(@QueryParam("next") String next, @QueryParam("reset") String reset) {
    return new Page("security/login.jte", new Model(safeNext(next), "", false, "1".equals(reset)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response logIn(
      @FormParam("next") String next,
      @FormParam("username") String username,
      @FormParam("password") String password) {
    requireThisSite();
    String name = String.valueOf(username).strip();
    CredentialValidationResult result =
        password == null
            ? CredentialValidationResult.INVALID_RESULT
            : identities.validate(new UsernamePasswordCredential(name, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return Response.status(Response.Status.UNAUTHORIZED)
          .entity(new Page("security/login.jte", new Model(safeNext(next), name, true, false)))
          .header("Cache-Control", "no-store")
          .build();
    }
    cookies.issue(accounts.find(name).orElseThrow(), request, response);
    return Page.seeOther(safeNext(next));
  }

  private void requireThisSite() {
    requireThisSite(request);
  }

  /** A login or logout form must come from this site's own pages. */
  static void requireThisSite(HttpServletRequest request) {
    if (!FormTokens.fromThisSite(request)) {
      throw new ForbiddenException();
    }
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
}
