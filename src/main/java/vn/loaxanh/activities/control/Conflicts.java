package vn.loaxanh.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.UnitLevel;

/**
 * Warnings, not refusals, about clashes a planner would want to know of: two gatherings in one
 * district at once, or one agency leading two at once. Long-running items (panels, broadcasts,
 * movements, campaigns) overlap everything by nature and are left out.
 */
@ApplicationScoped
public class Conflicts {
  /** Activities that need people in one place at one time. */
  static final Set<ActivityType> GATHERINGS =
      EnumSet.of(
          ActivityType.EVENT,
          ActivityType.RALLY,
          ActivityType.LAUNCH,
          ActivityType.CONTEST,
          ActivityType.SEMINAR,
          ActivityType.TRAINING,
          ActivityType.PERFORMANCE);

  public enum Kind {
    SAME_DISTRICT,
    SAME_LEAD
  }

  public record Conflict(
      Kind kind, long activityId, String title, Instant startsAt, Instant endsAt, String message) {}

  @PersistenceContext EntityManager em;

  public List<Conflict> of(Activity activity) {
    List<Conflict> conflicts = new ArrayList<>();
    if (!GATHERINGS.contains(activity.type()) || activity.status() == ActivityStatus.CANCELLED) {
      return conflicts;
    }
    AdministrativeUnit district = districtOf(activity.unit());
    if (district != null) {
      for (Activity other :
          overlapping(activity, "(u = :district or u.parent = :district)", "district", district)) {
        conflicts.add(
            new Conflict(
                Kind.SAME_DISTRICT,
                other.id(),
                other.title(),
                other.startsAt(),
                other.endsAt(),
                "Trùng thời gian với \""
                    + other.title()
                    + "\" trên cùng địa bàn "
                    + district.name()
                    + " / Overlaps \""
                    + other.title()
                    + "\" in the same district"));
      }
    }
    for (Activity other : overlapping(activity, "a.lead = :lead", "lead", activity.lead())) {
      conflicts.add(
          new Conflict(
              Kind.SAME_LEAD,
              other.id(),
              other.title(),
              other.startsAt(),
              other.endsAt(),
              activity.lead().name()
                  + " đồng thời chủ trì \""
                  + other.title()
                  + "\" / The lead agency also leads \""
                  + other.title()
                  + "\" at that time"));
    }
    return conflicts;
  }

  private List<Activity> overlapping(
      Activity activity, String condition, String name, Object value) {
    return em.createQuery(
            "select a from Activity a left join a.unit u where a.id <> :id and a.status <> :cancelled"
                + " and a.type in :gatherings and a.startsAt < :ends and a.endsAt > :starts and "
                + condition
                + " order by a.startsAt, a.id",
            Activity.class)
        .setParameter("id", activity.id() == null ? -1L : activity.id())
        .setParameter("cancelled", ActivityStatus.CANCELLED)
        .setParameter("gatherings", GATHERINGS)
        .setParameter("starts", activity.startsAt())
        .setParameter("ends", activity.endsAt())
        .setParameter(name, value)
        .setMaxResults(20)
        .getResultList();
  }

  /** The district an activity happens in: its unit, or the district a commune belongs to. */
  private static AdministrativeUnit districtOf(AdministrativeUnit unit) {
    if (unit == null || unit.level() == UnitLevel.PROVINCE) {
      return null;
    }
    return unit.level() == UnitLevel.COMMUNE ? unit.parent() : unit;
  }
}
