package vn.loaxanh.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import vn.loaxanh.platform.security.Roles;

/**
 * The JSON API; resources and providers are discovered, so this only names the root. Its
 * description is {@code META-INF/openapi.yaml}, served at {@code /openapi}.
 */
@ApplicationPath("api")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.JUDGE})
public class LoaXanhApi extends Application {

  /**
   * Jersey's own feature enforces {@code @RolesAllowed} on resource methods. (Multipart bodies,
   * read as Jakarta REST {@code EntityPart}s, need nothing here: Payara registers Jersey's
   * feature.)
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
