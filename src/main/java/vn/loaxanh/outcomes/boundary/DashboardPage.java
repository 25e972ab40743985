package vn.loaxanh.outcomes.boundary;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.loaxanh.outcomes.control.AgencyReports;
import vn.loaxanh.outcomes.control.Metrics;
import vn.loaxanh.outcomes.control.PlanProgress;
import vn.loaxanh.outcomes.control.RollUps;
import vn.loaxanh.outcomes.control.Targets;
import vn.loaxanh.outcomes.entity.Metric;
import vn.loaxanh.outcomes.entity.ReportStatus;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.ReportingDeadline;
import vn.loaxanh.platform.errors.ProblemDetails;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.security.Roles;

/**
 * The environment department's dashboard of a plan (/quan-tri/ket-qua?plan=&chi-so=): targets, one
 * measure by agency, district and month as charts beside tables, who has reported for each deadline
 * with a button to remind the others, and the compiled report to download.
 */
@WebServlet("/quan-tri/ket-qua")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.ADMIN, Roles.EDITOR}))
public class DashboardPage extends HttpServlet {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject AgencyReports reports;
  @Inject Targets targets;
  @Inject Metrics metrics;
  @Inject PlanProgress progress;
  @Inject Templates templates;
  @Inject FormTokens tokens;

  public record StandingLine(String agency, String status, boolean late) {}

  public record Deadline(String dueOn, String day, List<StandingLine> agencies, long missing) {}

  public record Model(
      List<Option> plans,
      Long planId,
      String title,
      String metric,
      String metricName,
      List<Option> metrics,
      String charts,
      List<ProgressViews.TargetLine> targets,
      List<ProgressViews.BarLine> agencies,
      List<ProgressViews.BarLine> districts,
      List<ProgressViews.BarLine> months,
      List<Deadline> deadlines,
      String message) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    show(templates.context(request, response), request, response, request.getParameter("queued"));
  }

  /** Reminds the agencies that have not submitted for one deadline. */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tokens.refused(request, response)) {
      return;
    }
    PageContext page = templates.context(request, response);
    try {
      long planId = Long.parseLong(String.valueOf(request.getParameter("plan")));
      int queued =
          reports.remind(planId, LocalDate.parse(String.valueOf(request.getParameter("dueOn"))));
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", "/quan-tri/ket-qua?plan=" + planId + "&queued=" + queued);
    } catch (WebApplicationException refused) {
      response.setStatus(refused.getResponse().getStatus());
      show(page, request, response, ProblemDetails.of(refused).summary());
    } catch (RuntimeException malformed) {
      templates.error(page, response, 400, page.t().get("progress.unknown"));
    }
  }

  private void show(
      PageContext page, HttpServletRequest request, HttpServletResponse response, String message)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    var t = page.t();
    List<Plan> all = reports.plansWithDeadlines();
    List<Option> plans =
        all.stream().map(p -> new Option(p.id().toString(), p.year() + " — " + p.title())).toList();
    String chosen = request.getParameter("plan");
    Plan plan = all.stream().filter(p -> p.id().toString().equals(chosen)).findFirst().orElse(null);
    List<Option> measures =
        metrics.all().stream().map(m -> new Option(m.code(), m.nameVi())).toList();
    if (plan == null) {
      templates.write(
          page,
          response,
          "outcomes/dashboard.jte",
          Map.of(
              "model",
              new Model(
                  plans, null, null, null, null, measures, null, List.of(), List.of(), List.of(),
                  List.of(), List.of(), message)));
      return;
    }
    Metric metric;
    try {
      metric =
          metrics.byCode(
              request.getParameter("chi-so") == null
                  ? "participants"
                  : request.getParameter("chi-so"),
              "chi-so");
    } catch (WebApplicationException unknown) {
      metric = metrics.byCode("participants", "chi-so");
    }
    List<Deadline> deadlines = new ArrayList<>();
    for (ReportingDeadline deadline : plan.reportingDeadlines()) {
      List<AgencyReports.Standing> standings = reports.standings(plan.id(), deadline.dueOn());
      deadlines.add(
          new Deadline(
              deadline.dueOn().toString(),
              DAY.format(deadline.dueOn()),
              standings.stream()
                  .map(st -> new StandingLine(st.agency().name(), t.of(st.status()), st.late()))
                  .toList(),
              standings.stream().filter(st -> st.status() != ReportStatus.SUBMITTED).count()));
    }
    String charts =
        "/ket-qua/bieu-do.png?ke-hoach="
            + URLEncoder.encode(plan.code(), StandardCharsets.UTF_8)
            + "&chi-so="
            + metric.code();
    templates.write(
        page,
        response,
        "outcomes/dashboard.jte",
        Map.of(
            "model",
            new Model(
                plans,
                plan.id(),
                plan.title(),
                metric.code(),
                metric.nameVi(),
                measures,
                charts,
                ProgressViews.targets(targets.of(plan.id()), t),
                ProgressViews.bars(
                    progress.breakdown(plan.id(), metric.code(), RollUps.Dimension.AGENCY),
                    RollUps.Dimension.AGENCY,
                    t),
                ProgressViews.bars(
                    progress.breakdown(plan.id(), metric.code(), RollUps.Dimension.DISTRICT),
                    RollUps.Dimension.DISTRICT,
                    t),
                ProgressViews.bars(
                    progress.breakdown(plan.id(), metric.code(), RollUps.Dimension.MONTH),
                    RollUps.Dimension.MONTH,
                    t),
                deadlines,
                message == null ? null : t.format("dashboard.queued", message))));
  }
}
