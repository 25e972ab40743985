package vn.loaxanh.activities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActivityTypeTest {

  @Test
  void onlyTypesPeopleCanAttendArePublicEvents() {
    assertEquals(
        EnumSet.of(
            ActivityType.EVENT,
            ActivityType.RALLY,
            ActivityType.LAUNCH,
            ActivityType.CAMPAIGN,
            ActivityType.CONTEST,
            ActivityType.SEMINAR,
            ActivityType.TRAINING,
            ActivityType.PERFORMANCE),
        Arrays.stream(ActivityType.values())
            .filter(ActivityType::isPublicEvent)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActivityType.class))));
  }
}
