package vn.loaxanh.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.control.Tasks;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.Task;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;

/**
 * Next year's plan from this year's: the same directives, themes, channels and tasks, the deadlines
 * and activities moved by whole years on the Vietnamese calendar (05/6 stays 05/6), every activity
 * planned again. Cancelled activities are not carried over.
 */
@ApplicationScoped
@Transactional
public class PlanCopies {
  @PersistenceContext EntityManager em;
  @Inject Plans plans;
  @Inject Tasks tasks;
  @Inject Activities activities;

  public Plan copy(long sourceId, String code, int year) {
    Plan source = plans.get(sourceId);
    int years = year - source.year();
    if (years <= 0) {
      throw new InvalidInput(
          "year", "phải sau năm " + source.year() + " / must be after " + source.year());
    }
    Plan copy = plans.create(code, describedFor(source, year, years));
    Map<Long, Task> copiedTasks = new HashMap<>();
    for (Task task : source.tasks()) {
      copiedTasks.put(
          task.id(),
          tasks.create(
              copy.id(),
              task.clause(),
              new Tasks.Description(
                  task.title(),
                  task.description(),
                  task.lead().id(),
                  task.partners().stream().map(Agency::id).collect(Collectors.toSet()))));
    }
    for (Activity activity :
        em.createNamedQuery(Activity.OF_PLAN, Activity.class)
            .setParameter("plan", source)
            .getResultList()) {
      if (activity.status() != ActivityStatus.CANCELLED) {
        Task task = activity.task() == null ? null : copiedTasks.get(activity.task().id());
        activities.create(shifted(activity, copy, task, years), activity.code());
      }
    }
    return copy;
  }

  private static Plans.Description describedFor(Plan source, int year, int years) {
    return new Plans.Description(
        null,
        source.issuer(),
        source.unit().id(),
        null,
        year,
        source.title().replace(Integer.toString(source.year()), Integer.toString(year)),
        source.purposes(),
        source.fundingNote(),
        source.directives().stream().map(d -> d.id()).collect(Collectors.toSet()),
        source.themes().stream().map(t -> new Plan.ThemeText(t.title(), t.description())).toList(),
        source.channels().stream().map(c -> new Plans.ChannelUse(c.channel(), c.note())).toList(),
        source.reportingDeadlines().stream()
            .map(
                d ->
                    new Plans.Deadline(
                        d.dueOn().plusYears(years),
                        d.title(),
                        d.agency() == null ? null : d.agency().id()))
            .toList(),
        source.reminderDays());
  }

  private static Activities.Draft shifted(Activity a, Plan copy, Task task, int years) {
    return new Activities.Draft(
        copy.id(),
        task == null ? null : task.id(),
        new Activity.Details(
            a.type(),
            a.title().replace(Integer.toString(a.plan().year()), Integer.toString(copy.year())),
            a.description(),
            a.place(),
            a.audience(),
            a.plannedQuantity(),
            a.quantityUnit(),
            a.channels().isEmpty()
                ? EnumSet.noneOf(vn.loaxanh.plans.entity.Channel.class)
                : EnumSet.copyOf(a.channels())),
        a.lead().id(),
        a.partners().stream().map(Agency::id).collect(Collectors.toSet()),
        a.unit() == null ? null : a.unit().id(),
        later(a.startsAt(), years),
        later(a.endsAt(), years),
        a.allDay(),
        ActivityStatus.PLANNED);
  }

  private static Instant later(Instant instant, int years) {
    return instant.atZone(LocalTime.VIETNAM).plusYears(years).toInstant();
  }
}
