package vn.loaxanh.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How staff prove who they are. Programs calling the API send HTTP Basic with every request; people
 * on the pages log in once through the login form and carry a signed cookie ({@link LoginCookies}).
 * Reads stay anonymous; a page that needs a login sends the browser to the form, and anything else
 * without credentials gets a Basic challenge. Use it only behind TLS. {@link StaffAuthModule} asks
 * this for every request.
 */
@ApplicationScoped
public class StaffLogin {
  static final String REALM = "Basic realm=\"Loa Xanh\"";
  public static final String LOGIN_PAGE = "/dang-nhap";

  @Inject IdentityStoreHandler identities;
  @Inject LoginCookies cookies;
  @Inject StaffAccounts accounts;

  /** What to do with a request: let it in as someone or anonymously, or answer it here. */
  sealed interface Verdict {}

  /** A known staff member. */
  record Caller(String name, Set<String> roles) implements Verdict {}

  /** Nobody in particular, where nobody needs to be. */
  record Anonymous() implements Verdict {}

  /** Answered without going further: a Basic challenge or a redirect to the login form. */
  record Answered() implements Verdict {}

  /**
   * Decides about one request.
   *
   * @param loginRequired whether what the request asks for is only for staff
   */
  Verdict decide(HttpServletRequest request, HttpServletResponse response, boolean loginRequired)
      throws IOException {
    Optional<UsernamePasswordCredential> basic = basic(request.getHeader("Authorization"));
    if (basic.isPresent()) {
      CredentialValidationResult result = identities.validate(basic.get());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return new Caller(result.getCallerPrincipal().getName(), result.getCallerGroups());
      }
      return challenge(response);
    }
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    Optional<StaffAccount> fromCookie =
        api && !isSafe(request) ? Optional.empty() : cookies.presented(request, accounts);
    if (fromCookie.isPresent()) {
      return new Caller(fromCookie.get().username(), Set.of(fromCookie.get().role()));
    }
    if (!loginRequired) {
      return new Anonymous();
    }
    if (api) {
      return challenge(response);
    }
    response.sendRedirect(loginPageFor(request));
    return new Answered();
  }

  private static Answered challenge(HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", REALM);
    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    return new Answered();
  }

  /**
   * Whether a request only reads. The API takes the login cookie for reads alone: its writes are
   * for programs, which send Basic, so a page elsewhere can never make a browser write through it.
   */
  private static boolean isSafe(HttpServletRequest request) {
    return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
  }

  /** The login form, which sends the staff member back to this request's page afterwards. */
  public static String loginPageFor(HttpServletRequest request) {
    String back =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return request.getContextPath()
        + LOGIN_PAGE
        + "?next="
        + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  private static Optional<UsernamePasswordCredential> basic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException garbled) {
      return Optional.of(new UsernamePasswordCredential("", ""));
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? Optional.of(new UsernamePasswordCredential(decoded, ""))
        : Optional.of(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
  }
}
