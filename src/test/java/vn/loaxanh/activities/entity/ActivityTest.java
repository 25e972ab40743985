package vn.loaxanh.activities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.plans.entity.Plan;

class ActivityTest {
  private final Activity activity = new Activity(new Plan("son-la-2024"), "mit-tinh");

  @Test
  void refusesToEndBeforeItStarts() {
    Instant start = Instant.parse("2024-06-05T00:30:00Z");
    var refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> activity.schedule(start, start.minusSeconds(60), false));
    assertEquals("endsAt: ends before it starts", refused.getMessage());
  }

  @Test
  void mayStartAndEndAtOnce() {
    Instant moment = Instant.parse("2024-06-05T00:30:00Z");
    activity.schedule(moment, moment, false);
    assertEquals(moment, activity.endsAt());
  }

  @Test
  void aPlannedQuantityNeedsItsUnit() {
    var details =
        new Activity.Details(
            ActivityType.VISUAL_ITEM,
            "Panô",
            null,
            null,
            null,
            20,
            null,
            EnumSet.of(Channel.VISUAL));
    var refused =
        assertThrows(IllegalArgumentException.class, () -> activity.describe(null, details));
    assertEquals("quantityUnit: required with a planned quantity", refused.getMessage());
  }
}
