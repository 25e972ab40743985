package vn.loaxanh.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns an article's Markdown into HTML that is safe to print as it is. Raw HTML in the Markdown is
 * shown as text, and the result then passes an allow-list of elements and attributes, so no script,
 * event handler or foreign frame can reach a reader, whatever an author typed.
 */
@ApplicationScoped
public class MarkdownRendering {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowStandardUrlProtocols()
                  .allowAttributes("href", "title")
                  .onElements("a")
                  .requireRelsOnLinks("noopener", "nofollow")
                  .allowElements("img")
                  .allowUrlProtocols("https", "http")
                  .allowAttributes("src", "alt", "title")
                  .onElements("img")
                  .allowElements("pre", "code", "hr", "br", "del")
                  .toFactory());

  public String toSafeHtml(String markdown) {
    return POLICY.sanitize(renderer.render(parser.parse(markdown)));
  }
}
