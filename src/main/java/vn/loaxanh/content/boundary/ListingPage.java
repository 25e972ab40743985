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
import vn.loaxanh.content.control.ContentGeneration;
import vn.loaxanh.content.control.PublishedArticles;
import vn.loaxanh.content.control.PublishedArticles.Listing;
import vn.loaxanh.content.entity.Category;
import vn.loaxanh.content.entity.Label;
import vn.loaxanh.platform.pages.Language;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.RenderedPages;
import vn.loaxanh.platform.pages.SiteAddress;
import vn.loaxanh.platform.pages.Templates;

/** The published articles of a category (/chuyen-muc/…), a tag (/the/…) or a theme (/chu-de/…). */
@WebServlet({"/chuyen-muc/*", "/the/*", "/chu-de/*"})
public class ListingPage extends HttpServlet {
  static final int PER_PAGE = 20;
  private static final int LAST_PAGE = 10_000;

  @Inject PublishedArticles published;
  @Inject ContentGeneration generation;
  @Inject RenderedPages rendered;
  @Inject Templates templates;
  @Inject SiteAddress site;

  public record Model(
      String heading, List<Card> cards, String previous, String next, String canonical) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    int number = pageNumber(request);
    if (slug.isEmpty() || number < 0) {
      templates.error(page, response, HttpServletResponse.SC_NOT_FOUND, "/ " + slug);
      return;
    }
    String stamp = generation.current();
    if (rendered.answeredFromMemory(request, response, page, stamp)) {
      return;
    }
    Optional<Heading> heading = heading(request.getServletPath(), slug, page);
    if (heading.isEmpty()) {
      templates.error(
          page, response, HttpServletResponse.SC_NOT_FOUND, "Không có / Not found: " + slug);
      return;
    }
    rendered.answer(
        request,
        response,
        page,
        stamp,
        () -> {
          Listing listing = heading.get().listing(number);
          String base = request.getServletPath() + "/" + slug;
          Model model =
              new Model(
                  heading.get().text(),
                  listing.articles().stream().map(Card::of).toList(),
                  number == 0 ? null : base + (number == 1 ? "" : "?trang=" + (number - 1)),
                  listing.more() ? base + "?trang=" + (number + 1) : null,
                  site.absolute(request, base + (number == 0 ? "" : "?trang=" + number)));
          return templates.render(page, "content/listing.jte", Map.of("model", model));
        },
        () -> null);
  }

  /** What a listing is of, and how to fetch a page of it. */
  private record Heading(String text, java.util.function.IntFunction<Listing> pages) {
    Listing listing(int number) {
      return pages.apply(number);
    }
  }

  private Optional<Heading> heading(String kind, String slug, PageContext page) {
    return switch (kind) {
      case "/chuyen-muc" ->
          published
              .category(slug)
              .map(
                  (Category c) ->
                      new Heading(
                          page.t()
                              .format(
                                  "listing.category",
                                  page.t().language() == Language.EN ? c.nameEn() : c.name()),
                          n -> published.inCategory(c, n, PER_PAGE)));
      case "/the" ->
          firstText(published.tagged(slug, 0, 1), slug, true)
              .map(
                  text ->
                      new Heading(
                          page.t().format("listing.tag", text),
                          n -> published.tagged(slug, n, PER_PAGE)));
      default ->
          firstText(published.onTheme(slug, 0, 1), slug, false)
              .map(
                  text ->
                      new Heading(
                          page.t().format("listing.theme", text),
                          n -> published.onTheme(slug, n, PER_PAGE)));
    };
  }

  /** The tag or theme as written in the newest article that has it; none when no article does. */
  private static Optional<String> firstText(Listing newest, String slug, boolean tag) {
    return newest.articles().stream()
        .findFirst()
        .flatMap(
            a ->
                tag
                    ? a.tags().stream()
                        .filter(t -> t.slug().equals(slug))
                        .map(Label::text)
                        .findFirst()
                    : a.themes().stream()
                        .filter(t -> t.slug().equals(slug))
                        .map(Label::text)
                        .findFirst());
  }

  static int pageNumber(HttpServletRequest request) {
    String asked = request.getParameter("trang");
    if (asked == null || asked.isBlank()) {
      return 0;
    }
    try {
      int number = Integer.parseInt(asked.strip());
      return number > LAST_PAGE ? -1 : number;
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }
}
