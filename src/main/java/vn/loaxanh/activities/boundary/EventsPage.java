package vn.loaxanh.activities.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.loaxanh.activities.control.CalendarFeeds;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.pages.Templates;

/** Sự kiện sắp tới: the public's list of upcoming events, with the feed to subscribe to. */
@WebServlet("/su-kien")
public class EventsPage extends HttpServlet {
  static final String FEED = "/api/calendar/events.ics";
  private static final int MOST = 200;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(LocalTime.VIETNAM);
  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject CalendarFeeds feeds;
  @Inject Templates templates;

  /** An event as the page shows it, in Vietnam's time. */
  public record Event(
      String title, ActivityType type, String when, String where, boolean cancelled) {
    public static Event of(Activity a) {
      String when =
          a.allDay()
              ? DAY.format(a.startsAt())
                  + (a.endsAt()
                          .minusSeconds(1)
                          .atZone(LocalTime.VIETNAM)
                          .toLocalDate()
                          .equals(a.startsAt().atZone(LocalTime.VIETNAM).toLocalDate())
                      ? ""
                      : " – " + DAY.format(a.endsAt().minusSeconds(1)))
              : DAY_AND_TIME.format(a.startsAt());
      String where =
          a.place() == null
              ? (a.unit() == null ? null : a.unit().name())
              : a.place() + (a.unit() == null ? "" : ", " + a.unit().name());
      return new Event(a.title(), a.type(), when, where, a.status() == ActivityStatus.CANCELLED);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<Event> events = feeds.upcomingPublicEvents(MOST).stream().map(Event::of).toList();
    // The same for every reader of a language: a minute of caching spares the database.
    response.setHeader("Cache-Control", "public, max-age=60");
    templates.write(
        templates.context(request, response),
        response,
        "events/upcoming.jte",
        Map.of("events", events, "feedUrl", FEED));
  }
}
