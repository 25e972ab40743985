package vn.loaxanh.platform.pages;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Renders a {@link Page} as UTF-8 HTML. A page answered through JAX-RS is a staff page or an error,
 * so it is never kept by a shared cache; an error is not kept at all.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class PageWriter implements MessageBodyWriter<Page> {
  @Inject Templates templates;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @Override
  public boolean isWriteable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return Page.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      Page page,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    // The context is made here again, with the response, so that a language switch is remembered.
    PageContext context = templates.context(request, response);
    byte[] html = templates.render(context, page.template(), Map.of("model", page.model()));
    headers.putSingle("Content-Type", "text/html;charset=UTF-8");
    headers.putSingle("Content-Language", context.lang());
    headers.add("Vary", "Cookie");
    headers.putIfAbsent("Cache-Control", java.util.List.of("private, no-cache"));
    headers.putSingle("Content-Length", html.length);
    out.write(html);
  }
}
