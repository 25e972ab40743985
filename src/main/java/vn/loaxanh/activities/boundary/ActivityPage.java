package vn.loaxanh.activities.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.HttpMethodConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.control.Conflicts;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.pages.Texts;
import vn.loaxanh.platform.security.Roles;

/**
 * One activity as the calendar opens it: what, when, who, its clashes and its history. Staff
 * reschedule it and move it through the workflow here; each change comes back to this page, which
 * then shows any new conflict.
 */
@WebServlet("/lich/hoat-dong")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
@ServletSecurity(
    value = @HttpConstraint,
    httpMethodConstraints =
        @HttpMethodConstraint(
            value = "POST",
            rolesAllowed = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR}))
public class ActivityPage extends HttpServlet {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject Activities activities;
  @Inject Conflicts conflicts;
  @Inject Templates templates;
  @Inject FormTokens tokens;

  public record Line(String label, String value) {}

  /** What the two staff forms show: the values typed and the mistakes, by field. */
  public record Form(String action, Map<String, String> values, Map<String, String> errors) {
    public String value(String field) {
      return values.getOrDefault(field, "");
    }

    public String error(String field) {
      return errors.get(field);
    }
  }

  public record Model(
      long id,
      long version,
      String title,
      String description,
      List<Line> facts,
      List<String> conflicts,
      List<Line> history,
      String calendarLink,
      boolean open,
      List<ActivityStatus> nextStatuses,
      boolean saved,
      Form form) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    Activity activity = find(request);
    if (activity == null) {
      templates.error(page, response, HttpServletResponse.SC_NOT_FOUND, notFound(request));
      return;
    }
    if (page.isStaff()) {
      response.setHeader("Cache-Control", "no-store");
    }
    Form blank = new Form(null, timeOf(activity), Map.of());
    show(page, response, activity, "1".equals(request.getParameter("saved")), blank);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    if (tokens.refused(request, response)) {
      return;
    }
    Activity activity = find(request);
    if (activity == null) {
      templates.error(page, response, HttpServletResponse.SC_NOT_FOUND, notFound(request));
      return;
    }
    String action = String.valueOf(request.getParameter("action"));
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : List.of("date", "start", "end", "status", "reason", "version")) {
      String value = request.getParameter(field);
      values.put(field, value == null ? "" : value.strip());
    }
    try {
      Long version = FormFields.required(values, "version", Long::valueOf);
      switch (action) {
        case "schedule" -> {
          FormFields.Hours when = FormFields.hours(values);
          activities.reschedule(activity.id(), version, when.startsAt(), when.endsAt(), false);
        }
        case "status" ->
            activities.moveTo(
                activity.id(),
                version,
                FormFields.required(values, "status", ActivityStatus::valueOf),
                values.get("reason").isEmpty() ? null : values.get("reason"));
        default -> throw new InvalidInput("action", "không rõ / unknown");
      }
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", "/lich/hoat-dong?id=" + activity.id() + "&saved=1");
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      refreshed(page, response, activity.id(), new Form(action, values, invalid.fields()));
    } catch (WebApplicationException refused) {
      // A stale version (409) or a coordinator outside their agency (403): said above the form.
      response.setStatus(refused.getResponse().getStatus());
      refreshed(
          page,
          response,
          activity.id(),
          new Form(action, values, Map.of("form", String.valueOf(refused.getMessage()))));
    }
  }

  /** Shows the stored activity again (the failed change was rolled back) with the typed values. */
  private void refreshed(PageContext page, HttpServletResponse response, long id, Form form)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    show(page, response, activities.get(id), false, form);
  }

  private void show(
      PageContext page, HttpServletResponse response, Activity a, boolean saved, Form form)
      throws IOException {
    templates.write(
        page, response, "calendar/activity.jte", Map.of("model", model(page.t(), a, saved, form)));
  }

  private Activity find(HttpServletRequest request) {
    try {
      return activities.get(Long.parseLong(String.valueOf(request.getParameter("id"))));
    } catch (NumberFormatException | NotFound unknown) {
      return null;
    }
  }

  private static String notFound(HttpServletRequest request) {
    return "Không có hoạt động / No activity: " + request.getParameter("id");
  }

  private static Map<String, String> timeOf(Activity a) {
    return Map.of(
        "date", a.startsAt().atZone(LocalTime.VIETNAM).toLocalDate().toString(),
        "start", a.startsAt().atZone(LocalTime.VIETNAM).toLocalTime().toString(),
        "end", a.endsAt().atZone(LocalTime.VIETNAM).toLocalTime().toString());
  }

  private Model model(Texts t, Activity a, boolean saved, Form form) {
    String where =
        String.join(
            ", ",
            Stream.of(a.place(), a.unit() == null ? null : a.unit().name())
                .filter(Objects::nonNull)
                .toList());
    List<Line> facts =
        List.of(
            new Line(t.get("activity.kind"), t.of(a.type())),
            new Line(t.get("activity.time"), TimeSpans.of(a.startsAt(), a.endsAt())),
            new Line(t.get("activity.place"), where.isEmpty() ? "—" : where),
            new Line(
                t.get("activity.status"),
                t.of(a.status()) + (a.statusReason() == null ? "" : ": " + a.statusReason())),
            new Line(t.get("activity.lead"), a.lead().name()),
            new Line(
                t.get("activity.partners"),
                a.partners().isEmpty()
                    ? "—"
                    : String.join("; ", a.partners().stream().map(Agency::name).toList())),
            new Line(t.get("activity.plan"), a.plan().title()),
            new Line(
                t.get("activity.task"),
                a.task() == null ? "—" : a.task().clause() + " " + a.task().title()));
    return new Model(
        a.id(),
        a.version(),
        a.title(),
        a.description(),
        facts,
        conflicts.of(a).stream().map(c -> warning(t, c)).toList(),
        activities.history(a.id()).stream()
            .map(c -> new Line(SHOWN.format(c.changedAt()) + " · " + c.changedBy(), c.summary()))
            .toList(),
        "/lich?view=month&date=" + a.startsAt().atZone(LocalTime.VIETNAM).toLocalDate(),
        a.status().isOpen(),
        List.copyOf(a.status().next()),
        saved,
        form);
  }

  /** A conflict warning in the reader's language. */
  public static String warning(Texts t, Conflicts.Conflict c) {
    String key =
        c.kind() == Conflicts.Kind.SAME_DISTRICT ? "activity.sameDistrict" : "activity.sameLead";
    return t.format(key, c.title(), TimeSpans.of(c.startsAt(), c.endsAt()));
  }
}
