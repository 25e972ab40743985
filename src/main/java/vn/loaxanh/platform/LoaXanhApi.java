package vn.loaxanh.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import vn.loaxanh.platform.security.Roles;

/** The JSON API; resources and providers are discovered, so this only names the root. */
@ApplicationPath("api")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Loa Xanh API",
            version = "1",
            description =
                "Kế hoạch tuyên truyền về môi trường: văn bản, kế hoạch, cơ quan, địa bàn và hoạt"
                    + " động. Environmental communication plans, their directives, agencies,"
                    + " districts and activities."))
public class LoaXanhApi extends Application {

  /** Jersey's own feature enforces {@code @RolesAllowed} on resource methods. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
