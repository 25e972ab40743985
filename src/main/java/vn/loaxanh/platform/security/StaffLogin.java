package vn.loaxanh.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How staff prove who they are. Programs calling the API send HTTP Basic with every request; people
 * on the pages log in once through the login form and carry a signed cookie ({@link LoginCookies}).
 * Reads stay anonymous; a page that needs a login sends the browser to the form, and anything else
 * without credentials gets a Basic challenge. Use it only behind TLS.
 */
@ApplicationScoped
public class StaffLogin implements HttpAuthenticationMechanism {
  static final String REALM = "Basic realm=\"Loa Xanh\"";
  public static final String LOGIN_PAGE = "/dang-nhap";

  @Inject IdentityStoreHandler identities;
  @Inject LoginCookies cookies;
  @Inject StaffAccounts accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<UsernamePasswordCredential> basic = basic(request.getHeader("Authorization"));
    if (basic.isPresent()) {
      CredentialValidationResult result = identities.validate(basic.get());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      response.setHeader("WWW-Authenticate", REALM);
      return context.responseUnauthorized();
    }
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    Optional<StaffAccount> fromCookie =
        api && !isSafe(request) ? Optional.empty() : cookies.presented(request, accounts);
    if (fromCookie.isPresent()) {
      return context.notifyContainerAboutLogin(
          fromCookie.get().username(), Set.of(fromCookie.get().role()));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (api) {
      response.setHeader("WWW-Authenticate", REALM);
      return context.responseUnauthorized();
    }
    return context.redirect(loginPageFor(request));
  }

  /**
   * Whether a request only reads. The API takes the login cookie for reads alone: its writes are
   * for programs, which send Basic, so a page elsewhere can never make a browser write through it.
   */
  private static boolean isSafe(HttpServletRequest request) {
    return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
  }

  private static String loginPageFor(HttpServletRequest request) {
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
