package vn.loaxanh.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loaxanh.activities.boundary.TimeSpans;
import vn.loaxanh.content.control.ContentGeneration;
import vn.loaxanh.content.control.PublishedArticles;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.Media;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.RenderedPages;
import vn.loaxanh.platform.pages.SiteAddress;
import vn.loaxanh.platform.pages.Templates;

/**
 * Bài viết: one published article at /tin/{slug}, with the tags a shared link needs to show its
 * title, summary and image. An article that is not public (yet, or any more) is a 404 page.
 */
@WebServlet("/tin/*")
public class ArticlePage extends HttpServlet {
  @Inject PublishedArticles published;
  @Inject ContentGeneration generation;
  @Inject RenderedPages rendered;
  @Inject Templates templates;
  @Inject SiteAddress site;

  /** The cover as the page shows it, and the preview image for shared links. */
  public record Cover(String url, String alt, Integer width, Integer height, String shareUrl) {
    static Cover of(Media image, String shareUrl) {
      return new Cover(
          PublicAddresses.media(image, "page"),
          image.altText(),
          Math.min(1200, image.width()),
          Math.round(image.height() * (Math.min(1200, image.width()) / (float) image.width())),
          shareUrl);
    }
  }

  public record Model(
      String title,
      String summary,
      String date,
      String isoDate,
      String html,
      Cover cover,
      Option category,
      List<Option> tags,
      List<Option> themes,
      List<Option> plans,
      List<Option> activities,
      String canonical,
      String kind) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    String stamp = generation.current();
    if (rendered.answeredFromMemory(request, response, page, stamp)) {
      return;
    }
    Optional<Article> found = published.bySlug(slug);
    if (found.isEmpty()) {
      templates.error(
          page,
          response,
          HttpServletResponse.SC_NOT_FOUND,
          "Không có bài viết này, hoặc bài đã gỡ / No such article, or it was taken down: " + slug);
      return;
    }
    Article a = found.get();
    rendered.answer(
        request,
        response,
        page,
        stamp,
        () -> templates.render(page, "content/article.jte", Map.of("model", model(request, a))),
        a::updatedAt);
  }

  private Model model(HttpServletRequest request, Article a) {
    return new Model(
        a.title(),
        a.summary(),
        Card.DAY.format(a.publishAt()),
        a.publishAt().toString(),
        a.html(),
        a.cover() == null
            ? null
            : Cover.of(
                a.cover(), site.absolute(request, PublicAddresses.media(a.cover(), "preview"))),
        a.category() == null
            ? null
            : new Option(PublicAddresses.category(a.category().slug()), a.category().name()),
        a.tags().stream().map(t -> new Option(PublicAddresses.tag(t.slug()), t.text())).toList(),
        a.themes().stream()
            .map(t -> new Option(PublicAddresses.theme(t.slug()), t.text()))
            .toList(),
        a.plans().stream().map(p -> new Option(PublicAddresses.plan(p.code()), p.title())).toList(),
        a.activities().stream()
            .map(
                act ->
                    new Option(
                        "/lich/hoat-dong?id=" + act.id(),
                        act.title() + " (" + TimeSpans.of(act.startsAt(), act.endsAt()) + ")"))
            .toList(),
        site.absolute(request, PublicAddresses.article(a.slug())),
        a.kind().name());
  }
}
