package vn.loaxanh.outcomes.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loaxanh.outcomes.control.Charts;
import vn.loaxanh.outcomes.control.Metrics;
import vn.loaxanh.outcomes.control.PlanProgress;
import vn.loaxanh.outcomes.control.RollUps;
import vn.loaxanh.outcomes.control.Targets;
import vn.loaxanh.outcomes.entity.Metric;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;

/**
 * A plan's progress for the public (/ket-qua?ke-hoach={code}&chi-so={measure}): its targets with
 * where each stands, the totals of every measure, and one measure by month and by district, as a
 * chart ({@code /ket-qua/bieu-do.png}) beside a table of the same numbers.
 */
@WebServlet({"/ket-qua", "/ket-qua/bieu-do.png"})
public class PlanProgressPage extends HttpServlet {
  @Inject Plans plans;
  @Inject Metrics metrics;
  @Inject Targets targets;
  @Inject RollUps rollUps;
  @Inject PlanProgress progress;
  @Inject Charts charts;
  @Inject Templates templates;

  public record Total(String measure, String unit, String actual) {}

  public record Model(
      String title,
      String code,
      String metric,
      String metricName,
      List<Option> metrics,
      List<ProgressViews.TargetLine> targets,
      List<Total> totals,
      List<ProgressViews.BarLine> months,
      List<ProgressViews.BarLine> districts) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    Optional<Plan> plan =
        Optional.ofNullable(request.getParameter("ke-hoach")).flatMap(plans::byCode);
    Metric metric;
    try {
      metric =
          metrics.byCode(
              Optional.ofNullable(request.getParameter("chi-so")).orElse("participants"), "chi-so");
    } catch (WebApplicationException unknown) {
      templates.error(page, response, 404, page.t().get("progress.unknown"));
      return;
    }
    if (plan.isEmpty()) {
      templates.error(page, response, 404, page.t().get("progress.unknown"));
      return;
    }
    long planId = plan.get().id();
    // Figures change without a publication, so shared caches keep them a minute at most.
    response.setHeader("Cache-Control", "public, max-age=60");
    if (request.getServletPath().endsWith(".png")) {
      RollUps.Dimension by =
          "district".equals(request.getParameter("by"))
              ? RollUps.Dimension.DISTRICT
              : RollUps.Dimension.MONTH;
      List<PlanProgress.Bar> bars = progress.breakdown(planId, metric.code(), by);
      byte[] png =
          charts.bars(
              metric.nameVi(),
              metric.unit(),
              ProgressViews.labels(bars, by),
              bars.stream().map(PlanProgress.Bar::actual).toList(),
              bars.stream().map(PlanProgress.Bar::target).toList());
      response.setContentType("image/png");
      response.setContentLength(png.length);
      response.getOutputStream().write(png);
      return;
    }
    List<Total> totals =
        rollUps.rollUp(RollUps.Scope.plan(planId), RollUps.Dimension.NONE).stream()
            .map(
                r -> {
                  Metric m = metrics.byCode(r.metric(), "metric");
                  return new Total(m.nameVi(), m.unit(), ProgressViews.plain(r.total()));
                })
            .toList();
    templates.write(
        page,
        response,
        "outcomes/progress.jte",
        Map.of(
            "model",
            new Model(
                plan.get().title(),
                plan.get().code(),
                metric.code(),
                metric.nameVi(),
                metrics.all().stream().map(m -> new Option(m.code(), m.nameVi())).toList(),
                ProgressViews.targets(targets.of(planId), page.t()),
                totals,
                ProgressViews.bars(
                    progress.breakdown(planId, metric.code(), RollUps.Dimension.MONTH),
                    RollUps.Dimension.MONTH,
                    page.t()),
                ProgressViews.bars(
                    progress.breakdown(planId, metric.code(), RollUps.Dimension.DISTRICT),
                    RollUps.Dimension.DISTRICT,
                    page.t()))));
  }
}
