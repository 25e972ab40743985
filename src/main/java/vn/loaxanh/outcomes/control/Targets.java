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
import java.util.List;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.outcomes.entity.Metric;
import vn.loaxanh.outcomes.entity.Target;
import vn.loaxanh.outcomes.entity.TargetState;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.Task;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.persistence.Versions;
import vn.loaxanh.platform.security.CurrentStaff;

/** Targets of a plan, its tasks and activities, each with the actual it has reached. */
@ApplicationScoped
@Transactional
public class Targets {
  @PersistenceContext EntityManager em;
  @Inject Plans plans;
  @Inject Metrics metrics;
  @Inject RollUps rollUps;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  public record Progress(Target target, BigDecimal actual, TargetState state) {}

  public List<Progress> of(long planId) {
    Plan plan = plans.get(planId);
    Instant now = Instant.now(clock);
    return em.createNamedQuery(Target.OF_PLAN, Target.class)
        .setParameter("plan", plan)
        .getResultStream()
        .map(t -> progress(t, now))
        .toList();
  }

  public Progress create(
      long planId,
      Long taskId,
      Long activityId,
      String metricCode,
      BigDecimal quantity,
      String note) {
    Plan plan = plans.get(planId);
    Task task = taskId == null ? null : em.find(Task.class, taskId);
    if (taskId != null && task == null) {
      throw new InvalidInput("taskId", "không có nhiệm vụ này / no such task");
    }
    Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
    if (activityId != null && activity == null) {
      throw new InvalidInput("activityId", "không có hoạt động này / no such activity");
    }
    Metric metric = metrics.byCode(metricCode, "metric");
    Target target;
    try {
      target = new Target(plan, task, activity, metric, staff.name(), Instant.now(clock));
      target.set(quantity, note);
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    em.persist(target);
    em.flush();
    return progress(target, Instant.now(clock));
  }

  public Progress update(long id, Long version, BigDecimal quantity, String note) {
    Target target = get(id);
    Versions.requireCurrent(version, target.version());
    try {
      target.set(quantity, note);
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    em.flush();
    return progress(target, Instant.now(clock));
  }

  public void delete(long id) {
    em.remove(get(id));
  }

  private Target get(long id) {
    Target target = em.find(Target.class, id);
    if (target == null) {
      throw new NotFound("target", id);
    }
    return target;
  }

  /**
   * The actual of the target's scope and measure; an activity's period ends with the activity, a
   * plan's or task's with the plan's year.
   */
  Progress progress(Target target, Instant now) {
    RollUps.Scope scope =
        target.activity() != null
            ? RollUps.Scope.activity(target.activity().id())
            : target.task() != null
                ? RollUps.Scope.task(target.task().id())
                : RollUps.Scope.plan(target.plan().id());
    BigDecimal actual =
        rollUps.rollUp(scope, RollUps.Dimension.NONE).stream()
            .filter(r -> r.metric().equals(target.metric().code()))
            .map(RollUps.Row::total)
            .findFirst()
            .orElse(BigDecimal.ZERO);
    Instant periodEnd =
        target.activity() != null
            ? target.activity().endsAt()
            : LocalDate.of(target.plan().year() + 1, 1, 1)
                .atStartOfDay(LocalTime.VIETNAM)
                .toInstant();
    return new Progress(target, actual, target.stateAt(actual, !now.isBefore(periodEnd)));
  }
}
