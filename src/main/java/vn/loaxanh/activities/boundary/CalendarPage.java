package vn.loaxanh.activities.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.control.ActivityFilter;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.pages.Texts;
import vn.loaxanh.platform.paging.PageRequest;

/**
 * Lịch hoạt động: the month, week and list views staff plan on, filtered by plan, agency, district,
 * type and status through plain links and a GET form, so it works without JavaScript and every view
 * has an address to share.
 */
@WebServlet("/lich")
public class CalendarPage extends HttpServlet {
  /** Activities longer than this are listed once above the grid, not in every day. */
  static final Duration ONGOING = Duration.ofDays(7);

  private static final int MOST = 1000;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(LocalTime.VIETNAM);
  private static final DateTimeFormatter SHOWN_DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject Activities activities;
  @Inject Templates templates;
  @Inject Choices choices;
  @Inject Clock clock;

  public enum View {
    MONTH,
    WEEK,
    LIST
  }

  public record Item(long id, String title, String time, ActivityType type, boolean cancelled) {}

  public record Day(
      String label, DayOfWeek weekday, boolean inRange, boolean today, List<Item> items) {}

  public record Filters(
      Long planId, Long agencyId, Long districtId, ActivityType type, ActivityStatus status) {
    String query() {
      StringBuilder q = new StringBuilder();
      append(q, "planId", planId);
      append(q, "agencyId", agencyId);
      append(q, "districtId", districtId);
      append(q, "type", type);
      append(q, "status", status);
      return q.toString();
    }

    private static void append(StringBuilder q, String name, Object value) {
      if (value != null) {
        q.append('&').append(name).append('=').append(value);
      }
    }
  }

  public record Model(
      View view,
      String heading,
      String previous,
      String next,
      String monthLink,
      String weekLink,
      String listLink,
      Filters filters,
      List<Item> ongoing,
      List<List<Day>> weeks,
      List<ActivityType> types,
      List<ActivityStatus> statuses,
      List<Option> plans,
      List<Option> agencies,
      List<Option> districts) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    Filters filters;
    View view;
    LocalDate date;
    try {
      view = View.valueOf(param(request, "view", "MONTH").toUpperCase());
      date = LocalDate.parse(param(request, "date", LocalDate.now(clock).toString()));
      filters =
          new Filters(
              id(request, "planId"),
              id(request, "agencyId"),
              id(request, "districtId"),
              request.getParameter("type") == null || request.getParameter("type").isBlank()
                  ? null
                  : ActivityType.valueOf(request.getParameter("type")),
              request.getParameter("status") == null || request.getParameter("status").isBlank()
                  ? null
                  : ActivityStatus.valueOf(request.getParameter("status")));
    } catch (IllegalArgumentException | DateTimeParseException wrong) {
      templates.error(
          page, response, HttpServletResponse.SC_BAD_REQUEST, page.t().get("calendar.badAddress"));
      return;
    }
    templates.write(
        page,
        response,
        "calendar/calendar.jte",
        Map.of("model", model(page.t(), view, date, filters)));
  }

  Model model(Texts t, View view, LocalDate date, Filters filters) {
    LocalDate first;
    LocalDate last;
    LocalDate previous;
    LocalDate next;
    String heading;
    switch (view) {
      case MONTH -> {
        LocalDate month = date.withDayOfMonth(1);
        first = month.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        last =
            month
                .with(TemporalAdjusters.lastDayOfMonth())
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        previous = month.minusMonths(1);
        next = month.plusMonths(1);
        heading = t.format("calendar.monthHeading", month.getMonthValue(), month.getYear());
      }
      case WEEK -> {
        first = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        last = first.plusDays(6);
        previous = first.minusWeeks(1);
        next = first.plusWeeks(1);
        heading = t.format("calendar.weekHeading", DAY.format(first), DAY.format(last));
      }
      default -> {
        first = date;
        last = date.plusDays(29);
        previous = date.minusDays(30);
        next = date.plusDays(30);
        heading = t.format("calendar.listHeading", DAY.format(first), DAY.format(last));
      }
    }
    Instant from = first.atStartOfDay(LocalTime.VIETNAM).toInstant();
    Instant to = last.plusDays(1).atStartOfDay(LocalTime.VIETNAM).toInstant();
    List<Activity> found =
        activities
            .search(
                ActivityFilter.forPublic(
                    filters.planId(),
                    filters.agencyId(),
                    filters.districtId(),
                    filters.type(),
                    filters.status(),
                    from,
                    to),
                new PageRequest(0, MOST))
            .items();
    List<Item> ongoing = new ArrayList<>();
    List<Activity> dated = new ArrayList<>();
    for (Activity a : found) {
      if (Duration.between(a.startsAt(), a.endsAt()).compareTo(ONGOING) > 0) {
        ongoing.add(
            item(
                a,
                SHOWN_DAY.format(a.startsAt())
                    + " – "
                    + SHOWN_DAY.format(a.endsAt().minusSeconds(1))));
      } else {
        dated.add(a);
      }
    }
    LocalDate today = LocalDate.now(clock);
    List<List<Day>> weeks = new ArrayList<>();
    List<Day> week = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      Instant dayStart = day.atStartOfDay(LocalTime.VIETNAM).toInstant();
      Instant dayEnd = day.plusDays(1).atStartOfDay(LocalTime.VIETNAM).toInstant();
      List<Item> items =
          dated.stream()
              .filter(a -> a.startsAt().isBefore(dayEnd) && a.endsAt().isAfter(dayStart))
              .map(a -> item(a, a.allDay() ? t.get("calendar.allDay") : TIME.format(a.startsAt())))
              .toList();
      boolean inRange = view != View.MONTH || day.getMonth() == date.getMonth();
      if (view != View.LIST || !items.isEmpty()) {
        week.add(new Day(DAY.format(day), day.getDayOfWeek(), inRange, day.equals(today), items));
      }
      if (day.getDayOfWeek() == DayOfWeek.SUNDAY || day.equals(last)) {
        if (!week.isEmpty()) {
          weeks.add(week);
        }
        week = new ArrayList<>();
      }
    }
    String query = filters.query();
    return new Model(
        view,
        heading,
        link(view, previous, query),
        link(view, next, query),
        link(View.MONTH, date, query),
        link(View.WEEK, date, query),
        link(View.LIST, date, query),
        filters,
        ongoing,
        weeks,
        List.of(ActivityType.values()),
        List.of(ActivityStatus.values()),
        choices.plans(),
        choices.agencies(),
        choices.districts());
  }

  private static Item item(Activity a, String time) {
    return new Item(a.id(), a.title(), time, a.type(), a.status() == ActivityStatus.CANCELLED);
  }

  private static String link(View view, LocalDate date, String query) {
    return "/lich?view=" + view.name().toLowerCase() + "&date=" + date + query;
  }

  private static String param(HttpServletRequest request, String name, String fallback) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static Long id(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? null : Long.valueOf(value);
  }
}
