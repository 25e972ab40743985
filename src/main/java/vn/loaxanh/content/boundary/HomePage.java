package vn.loaxanh.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.loaxanh.activities.boundary.EventsPage;
import vn.loaxanh.activities.control.CalendarFeeds;
import vn.loaxanh.content.control.ContentGeneration;
import vn.loaxanh.content.control.PublishedArticles;
import vn.loaxanh.content.entity.ArticleKind;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.RenderedPages;
import vn.loaxanh.platform.pages.SiteAddress;
import vn.loaxanh.platform.pages.Templates;

/** Trang chủ: the latest news, the upcoming events and the contests open for entries. */
@WebServlet("")
public class HomePage extends HttpServlet {
  private static final int NEWS = 8;
  private static final int EVENTS = 6;
  private static final int CONTESTS = 4;

  /** Events change without a publication; the home page shows them at most a minute late. */
  private static final long EVENTS_FRESH_SECONDS = 60;

  @Inject PublishedArticles published;
  @Inject CalendarFeeds feeds;
  @Inject ContentGeneration generation;
  @Inject RenderedPages rendered;
  @Inject Templates templates;
  @Inject SiteAddress site;
  @Inject Clock clock;

  public record Model(
      List<Card> news, List<EventsPage.Event> events, List<Card> contests, String canonical) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    String stamp =
        generation.current() + ":" + Instant.now(clock).getEpochSecond() / EVENTS_FRESH_SECONDS;
    rendered.answer(
        request,
        response,
        page,
        stamp,
        () ->
            templates.render(
                page,
                "content/home.jte",
                Map.of(
                    "model",
                    new Model(
                        published.latest(null, 0, NEWS).articles().stream().map(Card::of).toList(),
                        feeds.upcomingPublicEvents(EVENTS).stream()
                            .map(EventsPage.Event::of)
                            .toList(),
                        published.latest(ArticleKind.CONTEST_CALL, 0, CONTESTS).articles().stream()
                            .map(Card::of)
                            .toList(),
                        site.absolute(request, "/")))),
        () -> null);
  }
}
