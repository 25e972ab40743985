package vn.loaxanh.activities.control;

import java.time.Instant;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;

/**
 * Which activities to list; every part is optional. An agency matches as lead or partner, a
 * district matches activities in it or in its communes, and a date range matches activities that
 * overlap it. Internal activities are left out for the public.
 */
public record ActivityFilter(
    Long planId,
    Long agencyId,
    Long unitId,
    ActivityType type,
    ActivityStatus status,
    Instant from,
    Instant to,
    boolean publicOnly) {

  /** The public's view: internal activities left out. */
  public static ActivityFilter forPublic(
      Long planId,
      Long agencyId,
      Long unitId,
      ActivityType type,
      ActivityStatus status,
      Instant from,
      Instant to) {
    return new ActivityFilter(planId, agencyId, unitId, type, status, from, to, true);
  }
}
