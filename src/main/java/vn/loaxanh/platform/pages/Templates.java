package vn.loaxanh.platform.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Renders the jte templates of {@code src/main/jte}, compiled into classes at build time. Output is
 * HTML-escaped unless a template says otherwise.
 */
@ApplicationScoped
public class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Writes a page as UTF-8 HTML with its length, so it can be cached and compressed. */
  public void write(HttpServletResponse response, String template, Map<String, Object> model)
      throws IOException {
    Utf8ByteOutput output = new Utf8ByteOutput();
    engine.render(template, model, output);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(output.getContentLength());
    output.writeTo(response.getOutputStream());
  }
}
