package vn.loaxanh.platform.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's public address. Behind a proxy the request's own host may be an internal one, so the
 * configured address wins; without one the request says where the reader came.
 */
@ApplicationScoped
public class SiteAddress {
  @Inject
  @ConfigProperty(name = "loaxanh.site.url")
  Optional<String> configured;

  public String absolute(HttpServletRequest request, String path) {
    return base(request) + path;
  }

  public String base(HttpServletRequest request) {
    return configured
        .filter(url -> !url.isBlank())
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
        .orElseGet(
            () -> {
              String host = request.getHeader("Host");
              return request.getScheme()
                  + "://"
                  + (host == null ? request.getServerName() + ":" + request.getServerPort() : host);
            });
  }
}
