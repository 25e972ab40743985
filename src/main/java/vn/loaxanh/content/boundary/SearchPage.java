package vn.loaxanh.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loaxanh.activities.boundary.EventsPage;
import vn.loaxanh.activities.control.CalendarFeeds;
import vn.loaxanh.content.control.ContentGeneration;
import vn.loaxanh.content.control.Folding;
import vn.loaxanh.content.control.PublishedArticles;
import vn.loaxanh.content.control.PublishedArticles.Listing;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.RenderedPages;
import vn.loaxanh.platform.pages.Templates;

/**
 * Tìm kiếm: published articles and upcoming events matching every word, with or without Vietnamese
 * diacritics; articles spelled as typed come first.
 */
@WebServlet("/tim-kiem")
public class SearchPage extends HttpServlet {
  public static final int LONGEST_QUERY = 200;
  private static final int EVENTS_SEARCHED = 500;

  @Inject PublishedArticles published;
  @Inject CalendarFeeds feeds;
  @Inject ContentGeneration generation;
  @Inject RenderedPages rendered;
  @Inject Templates templates;

  public record Model(
      String query, List<Card> articles, List<EventsPage.Event> events, String next) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    String query = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
    int number = ListingPage.pageNumber(request);
    if (query.length() > LONGEST_QUERY || number < 0) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setHeader("Cache-Control", "no-store");
      templates.write(
          page,
          response,
          "content/search.jte",
          Map.of(
              "model",
              new Model("", List.of(), List.of(), null),
              "problem",
              page.t().format("search.tooLong", LONGEST_QUERY)));
      return;
    }
    rendered.answer(
        request,
        response,
        page,
        generation.current(),
        () -> templates.render(page, "content/search.jte", Map.of("model", model(query, number))),
        () -> null);
  }

  private Model model(String query, int number) {
    Set<String> words = Folding.words(query);
    if (words.isEmpty()) {
      return new Model(query, List.of(), List.of(), null);
    }
    Listing articles = published.search(query, number, ListingPage.PER_PAGE);
    List<EventsPage.Event> events =
        number > 0
            ? List.of()
            : feeds.upcomingPublicEvents(EVENTS_SEARCHED).stream()
                .filter(a -> Folding.words(a.title()).containsAll(words))
                .map(EventsPage.Event::of)
                .toList();
    return new Model(
        query,
        articles.articles().stream().map(Card::of).toList(),
        events,
        articles.more()
            ? "/tim-kiem?q="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)
                + "&trang="
                + (number + 1)
            : null);
  }
}
