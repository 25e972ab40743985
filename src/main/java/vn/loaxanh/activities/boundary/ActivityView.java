package vn.loaxanh.activities.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
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
    Set<Channel> channels,
    String audience,
    Integer plannedQuantity,
    String quantityUnit,
    long version) {

  public static ActivityView of(Activity a) {
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
        a.channels(),
        a.audience(),
        a.plannedQuantity(),
        a.quantityUnit(),
        a.version());
  }
}
