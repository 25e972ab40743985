package vn.loaxanh.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityChange;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.agencies.control.Units;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.control.Tasks;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.errors.Problems;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.persistence.Versions;
import vn.loaxanh.platform.security.CurrentStaff;

/** The activity register: search, and changes guarded by who may make them. */
@ApplicationScoped
@Transactional
public class Activities {
  @PersistenceContext EntityManager em;
  @Inject Plans plans;
  @Inject Tasks tasks;
  @Inject Agencies agencies;
  @Inject Units units;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  /** An activity as staff write it; references are ids. */
  public record Draft(
      Long planId,
      Long taskId,
      Activity.Details details,
      Long leadId,
      Set<Long> partnerIds,
      Long unitId,
      Instant startsAt,
      Instant endsAt,
      boolean allDay,
      ActivityStatus status) {}

  public Page<Activity> search(ActivityFilter filter, PageRequest paging) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Activity> query = cb.createQuery(Activity.class);
    Root<Activity> activity = query.from(Activity.class);
    query.select(activity).where(matching(filter, cb, activity, query.subquery(Long.class)));
    query.orderBy(cb.asc(activity.get("startsAt")), cb.asc(activity.get("id")));
    List<Activity> items =
        em.createQuery(query)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size)
            .getResultList();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Activity> counted = count.from(Activity.class);
    count
        .select(cb.count(counted))
        .where(matching(filter, cb, counted, count.subquery(Long.class)));
    return new Page<>(items, paging.page, paging.size, em.createQuery(count).getSingleResult());
  }

  private Predicate[] matching(
      ActivityFilter filter,
      CriteriaBuilder cb,
      Root<Activity> activity,
      Subquery<Long> partnered) {
    List<Predicate> where = new ArrayList<>();
    if (filter.planId() != null) {
      where.add(cb.equal(activity.get("plan").get("id"), filter.planId()));
    }
    if (filter.agencyId() != null) {
      Root<Activity> other = partnered.from(Activity.class);
      Join<Activity, Agency> partner = other.join("partners");
      partnered.select(other.get("id")).where(cb.equal(partner.get("id"), filter.agencyId()));
      where.add(
          cb.or(
              cb.equal(activity.get("lead").get("id"), filter.agencyId()),
              activity.get("id").in(partnered)));
    }
    if (filter.unitId() != null) {
      Join<Activity, AdministrativeUnit> unit = activity.join("unit", JoinType.LEFT);
      Join<AdministrativeUnit, AdministrativeUnit> parent = unit.join("parent", JoinType.LEFT);
      where.add(
          cb.or(
              cb.equal(unit.get("id"), filter.unitId()),
              cb.equal(parent.get("id"), filter.unitId())));
    }
    if (filter.publicOnly()) {
      where.add(cb.isFalse(activity.get("internal")));
    }
    if (filter.type() != null) {
      where.add(cb.equal(activity.get("type"), filter.type()));
    }
    if (filter.status() != null) {
      where.add(cb.equal(activity.get("status"), filter.status()));
    }
    if (filter.from() != null) {
      where.add(cb.greaterThan(activity.<Instant>get("endsAt"), filter.from()));
    }
    if (filter.to() != null) {
      where.add(cb.lessThan(activity.<Instant>get("startsAt"), filter.to()));
    }
    return where.toArray(Predicate[]::new);
  }

  public Activity get(long id) {
    Activity activity = em.find(Activity.class, id);
    if (activity == null) {
      throw new NotFound("activity", id);
    }
    return activity;
  }

  /** An activity as the caller may see it: an internal one is not there for the public. */
  public Activity read(long id) {
    Activity activity = get(id);
    if (activity.internal() && !staff.caller().isStaff()) {
      throw new NotFound("activity", id);
    }
    return activity;
  }

  public Activity create(Draft draft) {
    return create(draft, null);
  }

  /**
   * @param code the key a content file or an earlier year's plan knows the activity by
   */
  public Activity create(Draft draft, String code) {
    Plan plan = plans.reference("planId", draft.planId());
    Activity activity = new Activity(plan, code);
    apply(activity, draft);
    if (draft.status() != null) {
      activity.recordStatus(draft.status());
    }
    mayChange(activity);
    em.persist(activity);
    audit(activity, ActivityChange.Action.CREATED, "Tạo hoạt động / created: " + activity.title());
    em.flush();
    return activity;
  }

  /** Edits what the activity is; its status changes only through {@link #moveTo}. */
  public Activity update(long id, Long version, Draft draft) {
    Activity activity = get(id);
    mayChange(activity);
    Versions.requireCurrent(version, activity.version());
    if (draft.planId() != null && !draft.planId().equals(activity.plan().id())) {
      throw new InvalidInput(
          "planId", "không chuyển sang kế hoạch khác / cannot move to another plan");
    }
    if (draft.status() != null && draft.status() != activity.status()) {
      throw new InvalidInput(
          "status",
          "đổi trạng thái qua /activities/{id}/status / change it through /activities/{id}/status");
    }
    boolean moved =
        !draft.startsAt().equals(activity.startsAt()) || !draft.endsAt().equals(activity.endsAt());
    if (moved && !activity.status().isOpen()) {
      throw new InvalidInput(
          "startsAt",
          "hoạt động " + activity.status() + " không dời lịch được / cannot be rescheduled");
    }
    ActivitySnapshot before = ActivitySnapshot.of(activity);
    apply(activity, draft);
    mayChange(activity);
    List<String> changes = before.changesTo(ActivitySnapshot.of(activity));
    if (!changes.isEmpty()) {
      audit(activity, ActivityChange.Action.EDITED, String.join("\n", changes));
    }
    em.flush();
    return activity;
  }

  public Activity reschedule(
      long id, Long version, Instant startsAt, Instant endsAt, boolean allDay) {
    Activity activity = get(id);
    mayChange(activity);
    Versions.requireCurrent(version, activity.version());
    String before = ActivitySnapshot.time(activity.startsAt(), activity.endsAt());
    try {
      activity.reschedule(startsAt, endsAt, allDay);
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    audit(
        activity,
        ActivityChange.Action.RESCHEDULED,
        before + " → " + ActivitySnapshot.time(activity.startsAt(), activity.endsAt()));
    em.flush();
    return activity;
  }

  public Activity moveTo(long id, Long version, ActivityStatus next, String reason) {
    Activity activity = get(id);
    mayChange(activity);
    Versions.requireCurrent(version, activity.version());
    ActivityStatus before = activity.status();
    try {
      activity.moveTo(next, reason);
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    String why = activity.statusReason() == null ? "" : ": " + activity.statusReason();
    audit(activity, ActivityChange.Action.STATUS_CHANGED, before + " → " + next + why);
    em.flush();
    return activity;
  }

  public List<ActivityChange> history(long id) {
    return em.createNamedQuery(ActivityChange.OF_ACTIVITY, ActivityChange.class)
        .setParameter("activity", read(id))
        .getResultList();
  }

  private void audit(Activity activity, ActivityChange.Action action, String summary) {
    em.persist(new ActivityChange(activity, Instant.now(clock), staff.name(), action, summary));
  }

  public void delete(long id) {
    Activity activity = get(id);
    mayChange(activity);
    em.remove(activity);
    em.flush();
  }

  /** A coordinator changes only what their own agency leads, before and after the change. */
  private void mayChange(Activity activity) {
    if (!staff.caller().mayChangeWorkOf(activity.lead().id())) {
      throw new ForbiddenException(
          Problems.of(
              jakarta.ws.rs.core.Response.Status.FORBIDDEN,
              "Chỉ sửa được hoạt động do cơ quan mình chủ trì / A coordinator may change only"
                  + " activities their own agency leads"));
    }
  }

  private void apply(Activity activity, Draft draft) {
    try {
      activity.describe(tasks.reference("taskId", draft.taskId()), draft.details());
      activity.assign(
          agencies.reference("leadId", draft.leadId()),
          agencies.references("partnerIds", draft.partnerIds()),
          units.reference("unitId", draft.unitId()));
      activity.schedule(draft.startsAt(), draft.endsAt(), draft.allDay());
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
  }
}
