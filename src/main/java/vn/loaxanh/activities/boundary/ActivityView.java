package vn.loaxanh.activities.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import vn.loaxanh.activities.control.Conflicts;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.plans.boundary.AgencyRef;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.platform.configuration.LocalTime;

/** An activity in full; times are shown in Vietnam's time zone. */
public record ActivityView(
    long id,
    long planId,
    String planCode,
    Long taskId,
    String clause,
    String code,
    ActivityType type,
    String title,
    String description,
    AgencyRef lead,
    List<AgencyRef> partners,
    Long unitId,
    String unitCode,
    String unitName,
    String place,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    boolean allDay,
    ActivityStatus status,
    String statusReason,
    Set<Channel> channels,
    String audience,
    Integer plannedQuantity,
    String quantityUnit,
    boolean internal,
    long version,
    List<ConflictView> conflicts) {

  /** A clash found when the activity was read or saved: a warning, nothing was refused. */
  public record ConflictView(
      Conflicts.Kind kind,
      long activityId,
      String title,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String message) {
    static ConflictView of(Conflicts.Conflict c) {
      return new ConflictView(
          c.kind(),
          c.activityId(),
          c.title(),
          c.startsAt().atZone(LocalTime.VIETNAM).toOffsetDateTime(),
          c.endsAt().atZone(LocalTime.VIETNAM).toOffsetDateTime(),
          c.message());
    }
  }

  public static ActivityView of(Activity a) {
    return of(a, List.of());
  }

  public static ActivityView of(Activity a, List<Conflicts.Conflict> conflicts) {
    var task = a.task();
    var unit = a.unit();
    return new ActivityView(
        a.id(),
        a.plan().id(),
        a.plan().code(),
        task == null ? null : task.id(),
        task == null ? null : task.clause(),
        a.code(),
        a.type(),
        a.title(),
        a.description(),
        AgencyRef.of(a.lead()),
        a.partners().stream().map(AgencyRef::of).toList(),
        unit == null ? null : unit.id(),
        unit == null ? null : unit.code(),
        unit == null ? null : unit.name(),
        a.place(),
        a.startsAt().atZone(LocalTime.VIETNAM).toOffsetDateTime(),
        a.endsAt().atZone(LocalTime.VIETNAM).toOffsetDateTime(),
        a.allDay(),
        a.status(),
        a.statusReason(),
        a.channels(),
        a.audience(),
        a.plannedQuantity(),
        a.quantityUnit(),
        a.internal(),
        a.version(),
        conflicts.stream().map(ConflictView::of).toList());
  }
}
