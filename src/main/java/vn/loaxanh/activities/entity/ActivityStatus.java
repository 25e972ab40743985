package vn.loaxanh.activities.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an activity stands: planned → confirmed → done, or cancelled or postponed on the way with a
 * reason. Done and cancelled are final.
 */
public enum ActivityStatus {
  /** Dự kiến. */
  PLANNED,
  /** Đã xác nhận. */
  CONFIRMED,
  /** Đã thực hiện. */
  DONE,
  /** Hủy. */
  CANCELLED,
  /** Hoãn. */
  POSTPONED;

  public Set<ActivityStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(CONFIRMED, CANCELLED, POSTPONED);
      case CONFIRMED -> EnumSet.of(DONE, CANCELLED, POSTPONED);
      case POSTPONED -> EnumSet.of(PLANNED, CONFIRMED, CANCELLED);
      case DONE, CANCELLED -> EnumSet.noneOf(ActivityStatus.class);
    };
  }

  public boolean needsReason() {
    return this == CANCELLED || this == POSTPONED;
  }

  /** Whether the activity can still move in time. */
  public boolean isOpen() {
    return this != DONE && this != CANCELLED;
  }
}
