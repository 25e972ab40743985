package vn.loaxanh.activities.boundary;

import java.time.OffsetDateTime;
import vn.loaxanh.activities.entity.ActivityChange;
import vn.loaxanh.platform.configuration.LocalTime;

/** A line of the audit trail. */
public record ChangeView(
    long id,
    OffsetDateTime changedAt,
    String changedBy,
    ActivityChange.Action action,
    String summary) {
  static ChangeView of(ActivityChange change) {
    return new ChangeView(
        change.id(),
        change.changedAt().atZone(LocalTime.VIETNAM).toOffsetDateTime(),
        change.changedBy(),
        change.action(),
        change.summary());
  }
}
