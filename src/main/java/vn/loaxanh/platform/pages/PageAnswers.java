package vn.loaxanh.platform.pages;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.List;
import vn.loaxanh.platform.errors.Problems;
import vn.loaxanh.platform.security.StaffLogin;

/**
 * Turns the problem documents of page requests into pages. The exception mappers decide the status
 * and the reasons once for the API and the pages; here a page shows them: a refused form comes back
 * with what was typed and each reason beside its field ({@link FormPage}), anything else as an
 * error page, and a request that needs a login goes to the login form.
 */
@Provider
public class PageAnswers implements ContainerResponseFilter {
  /**
   * Refusals that are about what was typed, so the form comes back; the others (not found, not
   * allowed, a server error) have nothing to correct on the form.
   */
  private static final java.util.Set<Integer> ABOUT_THE_FORM =
      java.util.Set.of(400, 409, 413, 415, 422);

  @Inject CurrentPage page;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (StaffForms.isApi(request)
        || !(response.getEntity() instanceof JsonObject problem)
        || !Problems.PROBLEM_JSON.isCompatible(response.getMediaType())) {
      return;
    }
    response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
    if (response.getStatus() == 401) {
      // 302, as the login module answers for the servlet pages, so both kinds of page behave alike.
      response.setStatus(302);
      response
          .getHeaders()
          .putSingle("Location", URI.create(StaffLogin.loginPageFor(servletRequest)));
      response.setEntity(null);
      return;
    }
    Refusal refusal = Refusal.of(problem, page.t());
    List<Object> matched = request.getUriInfo().getMatchedResources();
    Page shown =
        !matched.isEmpty()
                && matched.get(0) instanceof FormPage form
                && !request.getMethod().equals("GET")
                && ABOUT_THE_FORM.contains(response.getStatus())
            ? form.again(typed(request), refusal)
            : Page.error(refusal.summary());
    response.getHeaders().putSingle("Cache-Control", "no-store");
    response.setEntity(shown, new Annotation[0], MediaType.TEXT_HTML_TYPE);
  }

  private static MultivaluedMap<String, String> typed(ContainerRequestContext request) {
    Object typed = request.getProperty(StaffForms.TYPED);
    @SuppressWarnings("unchecked")
    MultivaluedMap<String, String> form =
        typed instanceof MultivaluedMap<?, ?> map
            ? (MultivaluedMap<String, String>) map
            : new MultivaluedHashMap<>();
    return form;
  }
}
