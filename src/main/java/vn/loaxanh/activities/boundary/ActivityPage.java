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
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.control.Conflicts;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.pages.Templates;

/** One activity as the calendar opens it: what, when, who, its clashes and its history. */
@WebServlet("/lich/hoat-dong")
public class ActivityPage extends HttpServlet {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject Activities activities;
  @Inject Conflicts conflicts;
  @Inject Templates templates;

  public record Line(String label, String value) {}

  public record Model(
      long id,
      String title,
      String description,
      List<Line> facts,
      List<String> conflicts,
      List<Line> history,
      String calendarLink) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Activity activity;
    try {
      activity = activities.get(Long.parseLong(request.getParameter("id")));
    } catch (NumberFormatException | NotFound unknown) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    templates.write(response, "calendar/activity.jte", Map.of("model", model(activity)));
  }

  private Model model(Activity a) {
    String when = SHOWN.format(a.startsAt()) + " – " + SHOWN.format(a.endsAt());
    String where =
        String.join(
            ", ",
            java.util.stream.Stream.of(a.place(), a.unit() == null ? null : a.unit().name())
                .filter(java.util.Objects::nonNull)
                .toList());
    List<Line> facts =
        List.of(
            new Line("Loại", EventsPage.kindOf(a.type())),
            new Line("Thời gian", when),
            new Line("Địa điểm", where.isEmpty() ? "—" : where),
            new Line(
                "Trạng thái",
                a.status().name() + (a.statusReason() == null ? "" : ": " + a.statusReason())),
            new Line("Chủ trì", a.lead().name()),
            new Line(
                "Phối hợp",
                a.partners().isEmpty()
                    ? "—"
                    : String.join("; ", a.partners().stream().map(Agency::name).toList())),
            new Line("Kế hoạch", a.plan().title()),
            new Line(
                "Nhiệm vụ", a.task() == null ? "—" : a.task().clause() + " " + a.task().title()));
    return new Model(
        a.id(),
        a.title(),
        a.description(),
        facts,
        conflicts.of(a).stream().map(Conflicts.Conflict::message).toList(),
        activities.history(a.id()).stream()
            .map(c -> new Line(SHOWN.format(c.changedAt()) + " · " + c.changedBy(), c.summary()))
            .toList(),
        "/lich?view=month&date=" + a.startsAt().atZone(LocalTime.VIETNAM).toLocalDate());
  }
}
