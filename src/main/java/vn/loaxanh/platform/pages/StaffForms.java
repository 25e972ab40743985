package vn.loaxanh.platform.pages;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.glassfish.jersey.server.ContainerRequest;
import vn.loaxanh.platform.errors.Problems;

/**
 * Staff form posts to the pages: they must come from this site and carry the staff member's form
 * token ({@link FormTokens}), since a browser sends the login cookie with any request to this site.
 * A form's fields are kept readable after this check, so that a refused form can be shown again
 * with what was typed ({@link PageAnswers}). A file upload names its token in the form's address,
 * as reading the whole upload here only to find the token would hold it in memory.
 */
@Provider
public class StaffForms implements ContainerRequestFilter {
  /** The request property holding the posted form's fields. */
  static final String TYPED = "vn.loaxanh.pages.typed";

  private static final String TOKEN = "csrf";

  @Inject FormTokens tokens;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal staff = request.getSecurityContext().getUserPrincipal();
    if (isApi(request) || staff == null || isSafe(request.getMethod())) {
      return;
    }
    String token = request.getUriInfo().getQueryParameters().getFirst(TOKEN);
    if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
      ContainerRequest jersey = (ContainerRequest) request;
      jersey.bufferEntity();
      Form form = jersey.readEntity(Form.class);
      request.setProperty(TYPED, form.asMap());
      token = form.asMap().getFirst(TOKEN);
    }
    if (!FormTokens.fromThisSite(servletRequest) || !tokens.isTokenOf(staff.getName(), token)) {
      throw new ForbiddenException(
          Problems.of(
              Response.Status.FORBIDDEN,
              "Biểu mẫu không đến từ trang của Loa Xanh hoặc đã cũ; hãy mở lại trang rồi gửi lại"
                  + " / The form did not come from a Loa Xanh page or is out of date; open the"
                  + " page again and send it again"));
    }
  }

  /** Whether a request is for the JSON API, which answers problem documents and never pages. */
  static boolean isApi(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return path.equals("api") || path.startsWith("api/");
  }

  private static boolean isSafe(String method) {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }
}
