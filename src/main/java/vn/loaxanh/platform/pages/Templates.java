package vn.loaxanh.platform.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import vn.loaxanh.platform.security.StaffAccount;
import vn.loaxanh.platform.security.StaffAccounts;

/**
 * Renders the jte templates of {@code src/main/jte}, compiled into classes at build time. Output is
 * HTML-escaped unless a template says otherwise. Every template gets the {@link PageContext} as
 * {@code page}.
 */
@ApplicationScoped
public class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  @Inject FormTokens tokens;
  @Inject StaffAccounts accounts;

  /** The reader's language and login for this request; remembers a language switch. */
  public PageContext context(HttpServletRequest request, HttpServletResponse response) {
    Language language = Language.chosen(request, response);
    Principal staff = request.getUserPrincipal();
    return new PageContext(
        Texts.of(language),
        switchLink(request, language.other()),
        staff == null ? null : staff.getName(),
        staff == null ? null : accounts.find(staff.getName()).map(StaffAccount::role).orElse(null),
        staff == null ? null : tokens.tokenFor(staff.getName()));
  }

  /**
   * Writes a page as UTF-8 HTML with its length, so it can be cached and compressed. A page that
   * shows a staff member's name is never stored by a shared cache.
   */
  public void write(
      PageContext page, HttpServletResponse response, String template, Map<String, Object> model)
      throws IOException {
    byte[] html = render(page, template, model);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Language", page.lang());
    response.addHeader("Vary", "Cookie");
    if (page.isStaff()) {
      response.setHeader("Cache-Control", "private, no-cache");
    }
    response.setContentLength(html.length);
    response.getOutputStream().write(html);
  }

  /** Renders a page into UTF-8 bytes, for pages that are kept and answered from memory. */
  public byte[] render(PageContext page, String template, Map<String, Object> model) {
    Map<String, Object> parameters = new HashMap<>(model);
    parameters.put("page", page);
    Utf8ByteOutput output = new Utf8ByteOutput();
    engine.render(template, parameters, output);
    java.io.ByteArrayOutputStream bytes =
        new java.io.ByteArrayOutputStream(output.getContentLength());
    try {
      output.writeTo(bytes);
    } catch (IOException impossible) {
      throw new java.io.UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  /** A page that explains why a request could not be done, with the status it deserves. */
  public void error(PageContext page, HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    write(page, response, "layout/error.jte", Map.of("model", message));
  }

  /** This page's own address with {@code lang} set to the other language. */
  private static String switchLink(HttpServletRequest request, Language other) {
    StringBuilder link = new StringBuilder(request.getRequestURI()).append('?');
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("lang")
                  && !name.equals("csrf")
                  && request.getMethod().equals("GET")) {
                for (String value : values) {
                  link.append(encode(name)).append('=').append(encode(value)).append('&');
                }
              }
            });
    return link.append("lang=").append(other.code()).toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
