package vn.loaxanh.platform.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Guards staff forms against cross-site requests. A browser sends a staff login with any request to
 * this site, so a form must also carry a token only this site's pages can write (an HMAC of the
 * staff member's name) and come from this site's own origin.
 */
@ApplicationScoped
public class FormTokens {
  private final byte[] key = new byte[32];

  public FormTokens() {
    new SecureRandom().nextBytes(key);
  }

  public String tokenFor(String staffName) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(staffName.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", impossible);
    }
  }

  /** Whether a form post carries this staff member's token and no foreign origin. */
  public boolean accepts(HttpServletRequest request, String staffName) {
    String origin = request.getHeader("Origin");
    if (origin != null && !origin.equals("null") && !sameOrigin(origin, request)) {
      return false;
    }
    String token = request.getParameter("csrf");
    return token != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8),
            tokenFor(staffName).getBytes(StandardCharsets.UTF_8));
  }

  private static boolean sameOrigin(String origin, HttpServletRequest request) {
    String host = request.getHeader("Host");
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }
}
