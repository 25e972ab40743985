package vn.loaxanh.content.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRenderingTest {
  private final MarkdownRendering markdown = new MarkdownRendering();

  @Test
  void rendersTheUsualMarkdown() {
    String html =
        markdown.toSafeHtml(
            "## Hưởng ứng\n\nNgày **5/6** có [mít tinh](https://example.vn/a).\n\n- một\n- hai\n\n"
                + "| Huyện | Số |\n|---|---|\n| Mộc Châu | 3 |\n");
    assertTrue(html.contains("<h2>Hưởng ứng</h2>"), html);
    assertTrue(html.contains("<strong>5/6</strong>"));
    assertTrue(html.contains("href=\"https://example.vn/a\""));
    assertTrue(html.matches("(?s).*rel=\"[a-z ]*noopener[a-z ]*\".*"), html);
    assertTrue(html.matches("(?s).*rel=\"[a-z ]*nofollow[a-z ]*\".*"), html);
    assertTrue(html.contains("<li>một</li>"));
    assertTrue(html.contains("<td>Mộc Châu</td>"), html);
  }

  @Test
  void scriptNeverSurvivesAsMarkup() {
    String html =
        markdown.toSafeHtml(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[bấm](javascript:alert(3)) ![ảnh](javascript:alert(4))");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("onerror="), html);
    assertFalse(html.contains("javascript:"), html);
    assertTrue(html.contains("&lt;script&gt;"), "typed HTML is shown as text: " + html);
  }

  @Test
  void keepsImagesFromTheMediaLibrary() {
    String html = markdown.toSafeHtml("![Mít tinh](/media/12/page.jpg)");
    assertTrue(html.contains("<img src=\"/media/12/page.jpg\" alt=\"Mít tinh\""), html);
  }
}
