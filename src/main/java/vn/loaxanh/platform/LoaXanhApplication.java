package vn.loaxanh.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import vn.loaxanh.platform.security.Roles;

/**
 * One JAX-RS application for the JSON API (under {@code /api}) and the staff pages beside it, so
 * that both share the request records, Bean Validation, {@code @RolesAllowed}, the transaction per
 * request and the exception mappers; a page differs only in answering HTML ({@link
 * vn.loaxanh.platform.pages.Page}). The hot public pages are servlets with their own mappings,
 * which the servlet container prefers to this application's catch-all one. Resources and providers
 * are discovered. The API's description is {@code META-INF/openapi.yaml}, served at {@code
 * /openapi}.
 */
@ApplicationPath("/")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.JUDGE})
public class LoaXanhApplication extends Application {

  /**
   * Jersey's own feature enforces {@code @RolesAllowed} on resource methods. (Multipart bodies,
   * read as Jakarta REST {@code EntityPart}s, need nothing here: Payara registers Jersey's
   * feature.) The WADL that Jersey would describe the application with is off: the API's
   * description is the OpenAPI document.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
        "jersey.config.server.wadl.disableWadl",
        true);
  }
}
