package vn.loaxanh.outcomes.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.content.control.MediaLibrary;
import vn.loaxanh.outcomes.control.Actuals;
import vn.loaxanh.outcomes.control.AgencyReports;
import vn.loaxanh.outcomes.entity.AgencyReport;
import vn.loaxanh.outcomes.entity.ReportStatus;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.ProblemDetails;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/**
 * An agency's report on a plan for one deadline (/bao-cao?plan=&dueOn=): the activities it leads
 * with a box per measure it counts itself, the platform's own counts shown beside, a photo or link
 * as evidence and a summary; saved as a draft, then submitted. A coordinator sees only their own
 * agency's report.
 */
@WebServlet("/bao-cao")
@MultipartConfig(maxFileSize = 20L * 1024 * 1024, maxRequestSize = 200L * 1024 * 1024)
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR}))
public class AgencyReportPage extends HttpServlet {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject AgencyReports reports;
  @Inject Actuals actuals;
  @Inject MediaLibrary media;
  @Inject CurrentStaff staff;
  @Inject Templates templates;
  @Inject Clock clock;
  @Inject FormTokens tokens;

  public record Box(
      String name, String label, String unit, String value, boolean automatic, boolean editable) {}

  public record Row(
      long id, String title, String when, String evidenceName, String evidence, List<Box> boxes) {}

  public record Model(
      List<Option> choices,
      String chosen,
      Long planId,
      String dueOn,
      Long agencyId,
      String agency,
      String deadline,
      String status,
      boolean editable,
      String summary,
      long version,
      List<Row> rows,
      Map<String, String> errors,
      String problem,
      boolean saved) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    show(page, request, response, Map.of(), null, "1".equals(request.getParameter("saved")));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tokens.refused(request, response)) {
      return;
    }
    PageContext page = templates.context(request, response);
    Optional<Chosen> chosen = chosen(request);
    if (chosen.isEmpty()) {
      templates.error(page, response, 404, page.t().get("report.unknown"));
      return;
    }
    Chosen c = chosen.get();
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      AgencyReport report = reports.open(c.plan(), c.agency(), c.dueOn());
      for (Activity activity : reports.activitiesOf(c.plan(), c.agency())) {
        String evidence = request.getParameter("evidence." + activity.id());
        Long photo = photo(request, activity, errors);
        for (Actuals.Figure figure : actuals.of(activity.id())) {
          String field = "q." + activity.id() + "." + figure.metric().code();
          String typed = request.getParameter(field);
          if (!figure.editable()
              || typed == null
              || typed.isBlank()
              || (photo == null && same(typed, figure))) {
            continue;
          }
          Long shown =
              photo != null
                  ? photo
                  : figure.typed().map(actual -> actual.evidenceMediaId()).orElse(null);
          try {
            actuals.record(
                activity.id(),
                figure.metric().code(),
                new Actuals.Statement(number(typed), null, evidence, shown, null));
          } catch (WebApplicationException refused) {
            errors.put(field, ProblemDetails.of(refused).summary());
          }
        }
      }
      if (!errors.isEmpty()) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        show(page, request, response, errors, null, false);
        return;
      }
      report =
          reports.write(
              c.plan(), c.agency(), c.dueOn(), report.version(), request.getParameter("summary"));
      if ("submit".equals(request.getParameter("action"))) {
        reports.submit(c.plan(), c.agency(), c.dueOn(), report.version());
      }
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          "/bao-cao?plan="
              + c.plan()
              + "&dueOn="
              + c.dueOn()
              + "&agency="
              + c.agency()
              + "&saved=1");
    } catch (WebApplicationException refused) {
      ProblemDetails problem = ProblemDetails.of(refused);
      response.setStatus(problem.status());
      show(page, request, response, problem.fields(), problem.summary(), false);
    }
  }

  private record Chosen(long plan, LocalDate dueOn, long agency) {}

  /**
   * A photo sent as evidence for an activity goes to the media library (checked there by content
   * and size); its id is what the figures point to. A refused photo is named beside its field.
   */
  private Long photo(HttpServletRequest request, Activity activity, Map<String, String> errors)
      throws IOException {
    String field = "photo." + activity.id();
    Part part;
    try {
      part = request.getPart(field);
    } catch (ServletException | IllegalStateException notSent) {
      return null;
    }
    if (part == null || part.getSize() == 0) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return media
          .upload(
              in.readNBytes(media.readLimit()),
              "Minh chứng: " + activity.title(),
              "Ảnh minh chứng hoạt động " + activity.title())
          .id();
    } catch (WebApplicationException refused) {
      errors.put(field, ProblemDetails.of(refused).summary());
      return null;
    }
  }

  /** The plan, deadline and agency asked for; a coordinator's agency is their own. */
  private Optional<Chosen> chosen(HttpServletRequest request) {
    try {
      long plan = Long.parseLong(String.valueOf(request.getParameter("plan")));
      LocalDate dueOn = LocalDate.parse(String.valueOf(request.getParameter("dueOn")));
      Optional<Long> own = staff.coordinatedAgency();
      long agency =
          own.isPresent()
              ? own.get()
              : Long.parseLong(String.valueOf(request.getParameter("agency")));
      return Optional.of(new Chosen(plan, dueOn, agency));
    } catch (NumberFormatException | DateTimeParseException incomplete) {
      return Optional.empty();
    }
  }

  private void show(
      PageContext page,
      HttpServletRequest request,
      HttpServletResponse response,
      Map<String, String> errors,
      String problem,
      boolean saved)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    List<Option> choices = new ArrayList<>();
    for (var plan : reports.plansWithDeadlines()) {
      for (var deadline : plan.reportingDeadlines()) {
        choices.add(
            new Option(
                "plan=" + plan.id() + "&dueOn=" + deadline.dueOn(),
                plan.year() + " — " + plan.title() + " — " + DAY.format(deadline.dueOn())));
      }
    }
    Optional<Chosen> chosen = chosen(request);
    if (chosen.isEmpty()) {
      write(
          page,
          response,
          new Model(
              choices, null, null, null, null, null, null, null, false, null, 0, List.of(), errors,
              problem, false));
      return;
    }
    Chosen c = chosen.get();
    AgencyReport report;
    try {
      report = reports.open(c.plan(), c.agency(), c.dueOn());
    } catch (WebApplicationException refused) {
      templates.error(
          page, response, refused.getResponse().getStatus(), ProblemDetails.of(refused).summary());
      return;
    }
    boolean editable = report.status() != ReportStatus.SUBMITTED;
    List<Row> rows = new ArrayList<>();
    for (Activity activity : reports.activitiesOf(c.plan(), c.agency())) {
      List<Box> boxes = new ArrayList<>();
      String evidence = "";
      for (Actuals.Figure figure : actuals.of(activity.id())) {
        String name = "q." + activity.id() + "." + figure.metric().code();
        String value =
            request.getMethod().equals("POST") && request.getParameter(name) != null
                ? request.getParameter(name)
                : figure.total().signum() == 0 && figure.typed().isEmpty()
                    ? ""
                    : figure.total().stripTrailingZeros().toPlainString();
        if (figure.typed().isPresent() && figure.typed().get().evidenceUrl() != null) {
          evidence = figure.typed().get().evidenceUrl();
        }
        boxes.add(
            new Box(
                name,
                page.lang().equals("en") ? figure.metric().nameEn() : figure.metric().nameVi(),
                figure.metric().unit(),
                value,
                figure.metric().source().isAutomatic(),
                editable && figure.editable()));
      }
      rows.add(
          new Row(
              activity.id(),
              activity.title(),
              activity.startsAt() == null ? "" : WHEN.format(activity.startsAt()),
              "evidence." + activity.id(),
              request.getParameter("evidence." + activity.id()) != null
                  ? request.getParameter("evidence." + activity.id())
                  : evidence,
              boxes));
    }
    write(
        page,
        response,
        new Model(
            choices,
            "plan=" + c.plan() + "&dueOn=" + c.dueOn(),
            c.plan(),
            c.dueOn().toString(),
            c.agency(),
            report.agency().name(),
            DAY.format(c.dueOn()),
            page.t().of(report.statusAt(Instant.now(clock))),
            editable,
            report.summary() == null ? "" : report.summary(),
            report.version(),
            rows,
            errors,
            problem,
            saved));
  }

  private void write(PageContext page, HttpServletResponse response, Model model)
      throws IOException {
    templates.write(page, response, "outcomes/report.jte", Map.of("model", model));
  }

  private static boolean same(String typed, Actuals.Figure figure) {
    try {
      return figure.typed().isPresent()
          && number(typed).compareTo(figure.typed().get().quantity()) == 0;
    } catch (WebApplicationException notANumber) {
      return false;
    }
  }

  private static BigDecimal number(String typed) {
    try {
      return new BigDecimal(typed.strip().replace(',', '.'));
    } catch (NumberFormatException notANumber) {
      throw new InvalidInput("quantity", "không phải số / not a number");
    }
  }
}
