package vn.loaxanh.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.outcomes.entity.Metric;
import vn.loaxanh.outcomes.entity.ReportStatus;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Directive;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.ReportingDeadline;
import vn.loaxanh.plans.entity.Task;

/**
 * Gathers a plan's annual report: its citation, per task the lead agency, activities, targets and
 * actuals, the totals, and the agencies that reported late or not at all. The figures come from the
 * same roll-ups as the dashboard, so the documents and the screens agree.
 */
@ApplicationScoped
@Transactional
public class Compilations {
  @PersistenceContext EntityManager em;
  @Inject Plans plans;
  @Inject RollUps rollUps;
  @Inject Targets targets;
  @Inject AgencyReports reports;
  @Inject Metrics metrics;
  @Inject Clock clock;

  /** A measure's figure: its name, unit and quantity (and the target, when one is set). */
  public record Line(
      String metric, String unit, BigDecimal actual, BigDecimal target, String state) {}

  public record TaskSection(
      String clause, String title, String lead, long activities, List<Line> lines) {}

  public record Lateness(String agency, LocalDate dueOn, String status, Instant submittedAt) {}

  /** One activity's figure, for the spreadsheet of underlying figures. */
  public record Figure(
      String clause,
      String activity,
      String lead,
      String district,
      String metric,
      String unit,
      BigDecimal total) {}

  public record Compilation(
      String title,
      String symbol,
      String issuer,
      LocalDate issuedOn,
      int year,
      List<String> cites,
      List<TaskSection> tasks,
      List<Line> totals,
      List<Lateness> late,
      List<Figure> figures,
      Instant compiledAt) {}

  public Compilation of(long planId) {
    Plan plan = plans.get(planId);
    Map<String, Metric> catalogue = new LinkedHashMap<>();
    metrics.all().forEach(m -> catalogue.put(m.code(), m));
    Map<String, Map<String, BigDecimal>> byTask = new HashMap<>();
    for (RollUps.Row row : rollUps.rollUp(RollUps.Scope.plan(planId), RollUps.Dimension.TASK)) {
      byTask.computeIfAbsent(row.key(), k -> new LinkedHashMap<>()).put(row.metric(), row.total());
    }
    List<Targets.Progress> progress = targets.of(planId);
    Map<Long, Long> activityCounts = new HashMap<>();
    em.createQuery(
            "select a.task.id, count(a) from Activity a where a.plan = :plan and a.task is not null"
                + " group by a.task.id",
            Object[].class)
        .setParameter("plan", plan)
        .getResultList()
        .forEach(r -> activityCounts.put((Long) r[0], (Long) r[1]));
    List<TaskSection> sections = new ArrayList<>();
    for (Task task : plan.tasks().stream().sorted(Comparator.comparing(Task::clause)).toList()) {
      Map<String, BigDecimal> actuals = byTask.getOrDefault(task.id().toString(), Map.of());
      List<Line> lines = new ArrayList<>();
      for (Targets.Progress p : progress) {
        boolean ofTask =
            (p.target().task() != null && p.target().task().id().equals(task.id()))
                || (p.target().activity() != null
                    && p.target().activity().task() != null
                    && p.target().activity().task().id().equals(task.id()));
        if (ofTask) {
          Metric m = p.target().metric();
          lines.add(
              new Line(m.nameVi(), m.unit(), p.actual(), p.target().quantity(), p.state().name()));
        }
      }
      actuals.forEach(
          (code, total) -> {
            Metric m = catalogue.get(code);
            if (lines.stream()
                .noneMatch(l -> l.metric().equals(m.nameVi()) && l.target() != null)) {
              lines.add(new Line(m.nameVi(), m.unit(), total, null, null));
            }
          });
      sections.add(
          new TaskSection(
              task.clause(),
              task.title(),
              task.lead().name(),
              activityCounts.getOrDefault(task.id(), 0L),
              lines));
    }
    List<Line> totals = new ArrayList<>();
    for (RollUps.Row row : rollUps.rollUp(RollUps.Scope.plan(planId), RollUps.Dimension.NONE)) {
      Metric m = catalogue.get(row.metric());
      BigDecimal target =
          progress.stream()
              .filter(p -> p.target().task() == null && p.target().activity() == null)
              .filter(p -> p.target().metric().code().equals(row.metric()))
              .map(p -> p.target().quantity())
              .findFirst()
              .orElse(null);
      totals.add(new Line(m.nameVi(), m.unit(), row.total(), target, null));
    }
    List<Lateness> late = new ArrayList<>();
    for (ReportingDeadline deadline : plan.reportingDeadlines()) {
      for (AgencyReports.Standing s : reports.standings(planId, deadline.dueOn())) {
        if (s.late()) {
          late.add(
              new Lateness(
                  s.agency().name(),
                  deadline.dueOn(),
                  s.status() == ReportStatus.SUBMITTED ? "SUBMITTED_LATE" : s.status().name(),
                  s.report().map(r -> r.submittedAt()).orElse(null)));
        }
      }
    }
    return new Compilation(
        plan.title(),
        plan.symbol(),
        plan.issuer(),
        plan.issuedOn(),
        plan.year(),
        plan.directives().stream().map(Directive::symbol).sorted().toList(),
        sections,
        totals,
        late,
        figures(plan, catalogue),
        Instant.now(clock));
  }

  private List<Figure> figures(Plan plan, Map<String, Metric> catalogue) {
    Map<Long, Activity> activities = new HashMap<>();
    em.createQuery(
            "select a from Activity a join fetch a.lead left join fetch a.unit left join fetch"
                + " a.task where a.plan = :plan",
            Activity.class)
        .setParameter("plan", plan)
        .getResultList()
        .forEach(a -> activities.put(a.id(), a));
    List<Figure> figures = new ArrayList<>();
    for (RollUps.Row row :
        rollUps.rollUp(RollUps.Scope.plan(plan.id()), RollUps.Dimension.ACTIVITY)) {
      Activity a = activities.get(Long.valueOf(row.key()));
      Metric m = catalogue.get(row.metric());
      figures.add(
          new Figure(
              a.task() == null ? "" : a.task().clause(),
              a.title(),
              a.lead().name(),
              a.unit() == null ? "" : a.unit().name(),
              m.nameVi(),
              m.unit(),
              row.total()));
    }
    return figures;
  }
}
