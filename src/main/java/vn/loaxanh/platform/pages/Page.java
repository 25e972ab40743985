package vn.loaxanh.platform.pages;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * What a page resource answers: the jte template to render and its model, passed to the template as
 * {@code model}. {@link PageWriter} renders it with the reader's {@link PageContext}.
 */
public record Page(String template, Object model) {

  /** After a form post that worked: the browser goes on to what was made or changed (303). */
  public static Response seeOther(String location) {
    return Response.seeOther(URI.create(location)).build();
  }

  /** A page that explains why a request could not be done. */
  public static Page error(String message) {
    return new Page("layout/error.jte", message);
  }
}
