package vn.loaxanh.plans.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.Task;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.persistence.Versions;

/** The duties plans give agencies. */
@ApplicationScoped
@Transactional
public class Tasks {
  @PersistenceContext EntityManager em;
  @Inject Plans plans;
  @Inject Agencies agencies;

  public record Description(String title, String description, Long leadId, Set<Long> partnerIds) {}

  public Task get(long planId, long taskId) {
    Task task = em.find(Task.class, taskId);
    if (task == null || !task.plan().id().equals(planId)) {
      throw new NotFound("task", planId + "/" + taskId);
    }
    return task;
  }

  public Optional<Task> byClause(Plan plan, String clause) {
    return em.createNamedQuery(Task.BY_CLAUSE, Task.class)
        .setParameter("plan", plan)
        .setParameter("clause", clause)
        .getResultStream()
        .findFirst();
  }

  public Task reference(String field, Long id) {
    if (id == null) {
      return null;
    }
    Task task = em.find(Task.class, id);
    if (task == null) {
      throw new InvalidInput(field, "không có nhiệm vụ " + id + " / no task " + id);
    }
    return task;
  }

  public Task create(long planId, String clause, Description description) {
    Plan plan = plans.get(planId);
    if (byClause(plan, clause).isPresent()) {
      throw new Conflict(
          "Kế hoạch đã có nhiệm vụ tại mục " + clause, "The plan has a task at clause " + clause);
    }
    Task task = new Task(plan, clause);
    assign(task, description);
    em.persist(task);
    em.flush();
    return task;
  }

  public Task update(long planId, long taskId, Long version, Description description) {
    Task task = get(planId, taskId);
    Versions.requireCurrent(version, task.version());
    assign(task, description);
    em.flush();
    return task;
  }

  public void delete(long planId, long taskId) {
    em.remove(get(planId, taskId));
    em.flush();
  }

  private void assign(Task task, Description d) {
    try {
      task.assign(
          d.title(),
          d.description(),
          agencies.reference("leadId", d.leadId()),
          agencies.references("partnerIds", d.partnerIds()));
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
  }
}
