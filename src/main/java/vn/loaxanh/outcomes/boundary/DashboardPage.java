package vn.loaxanh.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.loaxanh.outcomes.control.AgencyReports;
import vn.loaxanh.outcomes.control.Metrics;
import vn.loaxanh.outcomes.control.PlanProgress;
import vn.loaxanh.outcomes.control.RollUps;
import vn.loaxanh.outcomes.control.Targets;
import vn.loaxanh.outcomes.entity.Metric;
import vn.loaxanh.outcomes.entity.ReportStatus;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.ReportingDeadline;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.pages.Texts;
import vn.loaxanh.platform.security.Roles;

/**
 * A plan's dashboard for the environment department (/quan-tri/ket-qua): targets and where each
 * stands, one measure by agency, district and month as charts beside tables, who has reported for
 * each deadline with a button to remind the others, and the compiled report to download.
 */
@Path("quan-tri/ket-qua")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class DashboardPage implements FormPage {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String DEFAULT_METRIC = "participants";

  @Inject AgencyReports reports;
  @Inject Targets targets;
  @Inject Metrics metrics;
  @Inject PlanProgress progress;
  @Inject CurrentPage page;
  @Inject vn.loaxanh.activities.control.Activities activities;

  /** The plan of this request, kept to show the dashboard again when a reminder is refused. */
  private Long planId;

  /**
   * @param unreachable the agency has not submitted and has no contact e-mail, so no reminder
   *     reaches it
   */
  public record StandingLine(
      long agencyId,
      String agency,
      String status,
      boolean late,
      boolean unreachable,
      Long submittedVersion) {}

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
      List<Option> scopes,
      String message) {}

  @GET
  public Page show(
      @QueryParam("plan") Long plan,
      @QueryParam("chi-so") String metric,
      @QueryParam("queued") Integer queued,
      @QueryParam("dueOn") LocalDate dueOn,
      @QueryParam("reopened") String reopened,
      @QueryParam("targetSet") String targetSet) {
    planId = plan;
    Texts t = page.t();
    String message =
        queued != null
            ? queuedMessage(queued, plan, dueOn)
            : reopened != null
                ? t.get("dashboard.reopened")
                : targetSet != null ? t.get("dashboard.targetSet") : null;
    return show(metric, message);
  }

  /** How many reminders went out, and which agencies none could reach for want of an e-mail. */
  private String queuedMessage(int queued, Long plan, LocalDate dueOn) {
    Texts t = page.t();
    String message = t.format("dashboard.queued", queued);
    if (plan == null || dueOn == null) {
      return message;
    }
    List<String> skipped =
        reports.standings(plan, dueOn).stream()
            .filter(st -> st.status() != ReportStatus.SUBMITTED && st.agency().email() == null)
            .map(st -> st.agency().name())
            .toList();
    return skipped.isEmpty()
        ? message
        : message + " " + t.format("dashboard.skipped", skipped.size(), String.join("; ", skipped));
  }

  /** Reminds the agencies that have not submitted for one deadline. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response remind(
      @FormParam("plan") @NotNull(message = "bắt buộc / required") Long plan,
      @FormParam("dueOn") @NotNull(message = "bắt buộc / required") LocalDate dueOn) {
    planId = plan;
    int queued = reports.remind(plan, dueOn);
    return Page.seeOther(
        "/quan-tri/ket-qua?plan=" + plan + "&queued=" + queued + "&dueOn=" + dueOn);
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return show(null, refusal.summary());
  }

  private Page show(String metricCode, String message) {
    Texts t = page.t();
    List<Plan> all = reports.plansWithDeadlines();
    List<Option> plans =
        all.stream().map(p -> new Option(p.id().toString(), p.year() + " — " + p.title())).toList();
    Plan plan = all.stream().filter(p -> p.id().equals(planId)).findFirst().orElse(null);
    List<Option> measures =
        metrics.all().stream()
            .map(m -> new Option(m.code(), ProgressViews.metricName(m, t)))
            .toList();
    if (plan == null) {
      return new Page(
          "outcomes/dashboard.jte",
          new Model(
              plans, null, null, null, null, measures, null, List.of(), List.of(), List.of(),
              List.of(), List.of(), List.of(), message));
    }
    Metric metric =
        metrics.all().stream()
            .filter(m -> m.code().equals(metricCode))
            .findFirst()
            .orElseGet(() -> metrics.byCode(DEFAULT_METRIC, "chi-so"));
    List<Deadline> deadlines = new ArrayList<>();
    for (ReportingDeadline deadline : plan.reportingDeadlines()) {
      List<AgencyReports.Standing> standings = reports.standings(plan.id(), deadline.dueOn());
      deadlines.add(
          new Deadline(
              deadline.dueOn().toString(),
              DAY.format(deadline.dueOn()),
              standings.stream()
                  .map(
                      st ->
                          new StandingLine(
                              st.agency().id(),
                              st.agency().name(),
                              t.of(st.status()),
                              st.late(),
                              st.status() != ReportStatus.SUBMITTED && st.agency().email() == null,
                              st.status() == ReportStatus.SUBMITTED
                                  ? st.report().map(r -> r.version()).orElse(null)
                                  : null))
                  .toList(),
              standings.stream().filter(st -> st.status() != ReportStatus.SUBMITTED).count()));
    }
    String charts =
        "/ket-qua/bieu-do.png?ke-hoach="
            + URLEncoder.encode(plan.code(), StandardCharsets.UTF_8)
            + "&chi-so="
            + metric.code();
    return new Page(
        "outcomes/dashboard.jte",
        new Model(
            plans,
            plan.id(),
            plan.title(),
            metric.code(),
            ProgressViews.metricName(metric, t),
            measures,
            charts,
            ProgressViews.targets(targets.of(plan.id()), t),
            bars(plan, metric, RollUps.Dimension.AGENCY, t),
            bars(plan, metric, RollUps.Dimension.DISTRICT, t),
            bars(plan, metric, RollUps.Dimension.MONTH, t),
            deadlines,
            scopes(plan),
            message));
  }

  /** What a target may be set on: the whole plan, one of its tasks, one of its activities. */
  private List<Option> scopes(Plan plan) {
    Texts t = page.t();
    List<Option> scopes = new ArrayList<>();
    plan.tasks().stream()
        .sorted(vn.loaxanh.plans.entity.Task.BY_CLAUSE_ORDER)
        .forEach(
            task ->
                scopes.add(
                    new Option(
                        "task:" + task.id(),
                        t.get("progress.task") + " " + task.clause() + " " + task.title())));
    for (var activity :
        activities
            .search(
                vn.loaxanh.activities.control.ActivityFilter.forPublic(
                    plan.id(), null, null, null, null, null, null),
                new vn.loaxanh.platform.paging.PageRequest(0, 500))
            .items()) {
      scopes.add(new Option("activity:" + activity.id(), activity.title()));
    }
    return scopes;
  }

  /** An editor sends a submitted report back to its agency, saying why. */
  @POST
  @Path("mo-lai")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response reopen(
      @FormParam("plan") @NotNull(message = "bắt buộc / required") Long plan,
      @FormParam("dueOn") @NotNull(message = "bắt buộc / required") LocalDate dueOn,
      @FormParam("agency") @NotNull(message = "bắt buộc / required") Long agency,
      @FormParam("version") Long version,
      @FormParam("reason") String reason) {
    planId = plan;
    reports.reopen(plan, agency, dueOn, version, reason);
    return Page.seeOther("/quan-tri/ket-qua?plan=" + plan + "&reopened=1");
  }

  /** A target on the plan, one of its tasks or one of its activities. */
  @POST
  @Path("chi-tieu")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response target(
      @FormParam("plan") @NotNull(message = "bắt buộc / required") Long plan,
      @FormParam("scope") String scope,
      @FormParam("metric") String metric,
      @FormParam("quantity") String quantity,
      @FormParam("note") String note) {
    planId = plan;
    String on = scope == null ? "" : scope;
    Long task = on.startsWith("task:") ? id(on.substring(5)) : null;
    Long activity = on.startsWith("activity:") ? id(on.substring(9)) : null;
    BigDecimal amount;
    try {
      amount = new BigDecimal(String.valueOf(quantity).strip().replace(',', '.'));
    } catch (NumberFormatException notANumber) {
      throw new InvalidInput("quantity", "ghi một số / write a number");
    }
    targets.create(
        plan, task, activity, metric, amount, note == null || note.isBlank() ? null : note);
    return Page.seeOther("/quan-tri/ket-qua?plan=" + plan + "&targetSet=1");
  }

  private static Long id(String text) {
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException notANumber) {
      throw new InvalidInput("scope", "không hợp lệ / invalid");
    }
  }

  private List<ProgressViews.BarLine> bars(
      Plan plan, Metric metric, RollUps.Dimension dimension, Texts t) {
    return ProgressViews.bars(
        progress.breakdown(plan.id(), metric.code(), dimension), dimension, t);
  }
}
