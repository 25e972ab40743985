package vn.loaxanh.contests.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.loaxanh.contests.control.ContestEntries;
import vn.loaxanh.contests.control.ContestResults;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.control.Judging;
import vn.loaxanh.contests.control.Schools;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.contests.entity.EntryStatus;
import vn.loaxanh.contests.entity.SchoolLevel;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.ProblemDetails;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.security.Roles;

/**
 * Contests for staff: the calls with their entry counts (/quan-tri/cuoc-thi), a form for a new call
 * (/moi), and one contest's entries (/bai?id=): filter them, download them as CSV or XLSX, mark
 * them eligible or not, see the ranking and publish the results.
 */
@WebServlet("/quan-tri/cuoc-thi/*")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR}))
public class ContestsConsolePage extends HttpServlet {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject Contests contests;
  @Inject Schools schools;
  @Inject ContestEntries entries;
  @Inject Judging judging;
  @Inject ContestResults results;
  @Inject Templates templates;
  @Inject FormTokens tokens;
  @Inject Clock clock;

  public record Row(
      long id, String slug, String title, String closes, boolean open, long entries) {}

  /** A school a teacher proposed, waiting for staff to confirm it. */
  public record Proposed(long id, String name, String level, String district) {}

  public record ListModel(List<Row> contests, boolean mayCreate, List<Proposed> proposed) {}

  public record FormModel(
      Map<String, String> values,
      Map<String, String> errors,
      String problem,
      List<Option> activities,
      List<Option> levels,
      int categoryRows,
      int criterionRows) {}

  public record EntryLine(
      long id,
      long version,
      String receipt,
      String submitted,
      String category,
      String school,
      String district,
      String teacher,
      String title,
      String status,
      boolean decidable,
      List<Option> files) {}

  public record Place(String place, String code, String title, String school, String total) {}

  public record EntriesModel(
      long id,
      String title,
      String slug,
      Map<String, String> filters,
      List<Option> categories,
      List<Option> statuses,
      List<EntryLine> entries,
      List<Place> ranking,
      boolean mayPublish,
      boolean published,
      String message) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    response.setHeader("Cache-Control", "no-store");
    try {
      switch (step(request)) {
        case "" -> list(page, request, response);
        case "moi" -> form(page, response, ContestForm.starting(), Map.of(), null);
        case "bai" -> entries(page, request, response, null);
        default -> templates.error(page, response, 404, page.t().get("contest.unknown"));
      }
    } catch (WebApplicationException | IllegalArgumentException unknown) {
      templates.error(page, response, 404, page.t().get("contest.unknown"));
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tokens.refused(request, response)) {
      return;
    }
    PageContext page = templates.context(request, response);
    boolean editor = request.isUserInRole(Roles.ADMIN) || request.isUserInRole(Roles.EDITOR);
    String step = step(request);
    if (step.isEmpty() && "confirm-school".equals(request.getParameter("action"))) {
      if (!editor) {
        templates.error(page, response, 403, page.t().get("console.editorsOnly"));
        return;
      }
      try {
        schools.confirm(Long.parseLong(String.valueOf(request.getParameter("schoolId"))));
        redirect(response, "/quan-tri/cuoc-thi");
      } catch (WebApplicationException | NumberFormatException unknown) {
        templates.error(page, response, 404, page.t().get("console.noSuchSchool"));
      }
      return;
    }
    if (step.equals("moi")) {
      if (!editor) {
        templates.error(page, response, 403, page.t().get("console.editorsOnly"));
        return;
      }
      Map<String, String> values = ContestForm.values(request);
      try {
        Contest made = contests.create(ContestForm.call(values));
        redirect(response, "/quan-tri/cuoc-thi/bai?id=" + made.id());
      } catch (WebApplicationException refused) {
        ProblemDetails problem = ProblemDetails.of(refused);
        response.setStatus(problem.status());
        form(page, response, values, problem.fields(), problem.detail());
      }
      return;
    }
    long id = Long.parseLong(String.valueOf(request.getParameter("id")));
    try {
      if ("results".equals(request.getParameter("action"))) {
        if (!editor) {
          templates.error(page, response, 403, page.t().get("console.editorsOnly"));
          return;
        }
        results.publish(id);
        redirect(response, "/quan-tri/cuoc-thi/bai?id=" + id + "&published=1");
      } else {
        entries.judgeEligibility(
            Long.parseLong(request.getParameter("entryId")),
            Long.valueOf(request.getParameter("version")),
            "yes".equals(request.getParameter("eligible")),
            request.getParameter("reason"));
        redirect(response, "/quan-tri/cuoc-thi/bai?id=" + id);
      }
    } catch (WebApplicationException refused) {
      ProblemDetails problem = ProblemDetails.of(refused);
      response.setStatus(problem.status());
      entries(page, request, response, problem.summary());
    }
  }

  private void list(PageContext page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Instant now = Instant.now(clock);
    Map<Long, Long> totals = contests.entryTotals();
    List<Row> rows =
        contests.all().stream()
            .map(
                c ->
                    new Row(
                        c.id(),
                        c.slug(),
                        c.title(),
                        WHEN.format(c.closesAt()),
                        c.isOpenAt(now),
                        totals.getOrDefault(c.id(), 0L)))
            .toList();
    boolean editor = request.isUserInRole(Roles.ADMIN) || request.isUserInRole(Roles.EDITOR);
    templates.write(
        page,
        response,
        "contests/console/list.jte",
        Map.of(
            "model",
            new ListModel(
                rows,
                editor,
                schools.list(null, false).stream()
                    .map(
                        school ->
                            new Proposed(
                                school.id(),
                                school.name(),
                                page.t().of(school.level()),
                                school.district().name()))
                    .toList())));
  }

  private void form(
      PageContext page,
      HttpServletResponse response,
      Map<String, String> values,
      Map<String, String> errors,
      String problem)
      throws IOException {
    templates.write(
        page,
        response,
        "contests/console/new.jte",
        Map.of(
            "model",
            new FormModel(
                values,
                errors,
                problem,
                contests.contestActivities().stream()
                    .map(a -> new Option(a.id().toString(), a.plan().year() + " — " + a.title()))
                    .toList(),
                Arrays.stream(SchoolLevel.values())
                    .map(l -> new Option(l.name(), page.t().of(l)))
                    .toList(),
                ContestForm.CATEGORY_ROWS,
                ContestForm.CRITERION_ROWS)));
  }

  private void entries(
      PageContext page, HttpServletRequest request, HttpServletResponse response, String message)
      throws IOException {
    Contest contest = contests.get(Long.parseLong(String.valueOf(request.getParameter("id"))));
    Map<String, String> filters = new java.util.LinkedHashMap<>();
    for (String name : List.of("category", "status")) {
      String value = request.getParameter(name);
      filters.put(name, value == null ? "" : value);
    }
    EntryStatus status =
        filters.get("status").isEmpty() ? null : EntryStatus.valueOf(filters.get("status"));
    List<Entry> found =
        entries.list(
            contest,
            new ContestEntries.Filter(
                filters.get("category").isEmpty() ? null : filters.get("category"),
                status,
                null,
                null));
    List<EntryLine> lines = new ArrayList<>();
    for (Entry e : found) {
      lines.add(
          new EntryLine(
              e.id(),
              e.version(),
              e.receipt(),
              WHEN.format(e.submittedAt()),
              e.category().name(),
              e.school().name(),
              e.school().district().name(),
              e.teacherName() + " · " + e.teacherEmail() + " · " + e.teacherPhone(),
              e.title(),
              page.t().of(e.status()) + (e.statusReason() == null ? "" : " — " + e.statusReason()),
              e.status() != EntryStatus.WITHDRAWN,
              e.attachments().stream()
                  .map(
                      a ->
                          new Option(
                              "/api/contest-entries/" + e.id() + "/attachments/" + a.id(),
                              a.fileName()))
                  .toList()));
    }
    List<Place> ranking =
        judging.ranking(contest).stream()
            .map(
                p -> {
                  Entry e = entries.get(p.entryId());
                  return new Place(
                      p.place() + (p.tied() ? " =" : ""),
                      p.blindCode(),
                      e.title(),
                      e.school().name(),
                      p.total().toPlainString());
                })
            .toList();
    boolean editor = request.isUserInRole(Roles.ADMIN) || request.isUserInRole(Roles.EDITOR);
    templates.write(
        page,
        response,
        "contests/console/entries.jte",
        Map.of(
            "model",
            new EntriesModel(
                contest.id(),
                contest.title(),
                contest.slug(),
                filters,
                contest.categories().stream().map(c -> new Option(c.code(), c.name())).toList(),
                Arrays.stream(EntryStatus.values())
                    .map(s -> new Option(s.name(), page.t().of(s)))
                    .toList(),
                lines,
                ranking,
                editor && contest.resultsArticleId() == null && !ranking.isEmpty(),
                contest.resultsArticleId() != null,
                message)));
  }

  private static void redirect(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
  }

  private static String step(HttpServletRequest request) {
    String info = request.getPathInfo();
    return info == null || info.equals("/") ? "" : info.substring(1);
  }
}
