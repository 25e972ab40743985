package vn.loaxanh.activities.entity;

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
  POSTPONED
}
