package vn.loaxanh.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loaxanh.activities.boundary.TimeSpans;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.control.ActivityFilter;
import vn.loaxanh.content.control.PublishedArticles;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.SiteAddress;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.paging.PageRequest;

/** Kế hoạch: a plan for the public, with its themes, its activities and the articles about it. */
@WebServlet("/ke-hoach/*")
public class PlanPage extends HttpServlet {
  private static final int MOST_ACTIVITIES = 500;

  @Inject Plans plans;
  @Inject Activities activities;
  @Inject PublishedArticles published;
  @Inject Templates templates;
  @Inject SiteAddress site;

  /** An activity line: link, title, when, what kind and where. */
  public record Line(String url, String title, String when, String kind, String where) {}

  public record Model(
      String title,
      String summary,
      List<String> themes,
      List<Line> activities,
      List<Card> articles,
      String canonical,
      String calendarFeed,
      String progress) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<Plan> found = code.isEmpty() ? Optional.empty() : plans.byCode(code);
    if (found.isEmpty()) {
      templates.error(
          page, response, HttpServletResponse.SC_NOT_FOUND, "Không có kế hoạch / No plan: " + code);
      return;
    }
    Plan plan = found.get();
    List<Line> lines =
        activities
            .search(
                ActivityFilter.forPublic(plan.id(), null, null, null, null, null, null),
                new PageRequest(0, MOST_ACTIVITIES))
            .items()
            .stream()
            .map(
                a ->
                    new Line(
                        "/lich/hoat-dong?id=" + a.id(),
                        a.title(),
                        TimeSpans.of(a.startsAt(), a.endsAt()),
                        page.t().of(a.type()),
                        a.unit() == null ? null : a.unit().name()))
            .toList();
    Model model =
        new Model(
            plan.title(),
            plan.purposes(),
            plan.themes().stream().map(vn.loaxanh.plans.entity.Theme::title).toList(),
            lines,
            published.aboutPlan(plan.id(), 0, ListingPage.PER_PAGE).articles().stream()
                .map(Card::of)
                .toList(),
            site.absolute(request, PublicAddresses.plan(plan.code())),
            "/api/calendar/plans/" + plan.code() + ".ics",
            "/ket-qua?ke-hoach=" + URLEncoder.encode(plan.code(), StandardCharsets.UTF_8));
    response.setHeader("Cache-Control", "public, max-age=60");
    templates.write(page, response, "content/plan.jte", Map.of("model", model));
  }
}
