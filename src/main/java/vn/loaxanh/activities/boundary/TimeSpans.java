package vn.loaxanh.activities.boundary;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * When an activity happens, as people write it in Vietnam: "07:30 – 11:00 05/06/2025" within a day,
 * and whole days without midnight hours ("05/06/2025", "01/06/2025 – 30/06/2025").
 */
public final class TimeSpans {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  private TimeSpans() {}

  public static String of(Instant start, Instant end) {
    ZonedDateTime from = start.atZone(LocalTime.VIETNAM);
    ZonedDateTime to = end.atZone(LocalTime.VIETNAM);
    if (isMidnight(from) && isMidnight(to) && to.isAfter(from)) {
      ZonedDateTime lastDay = to.minusDays(1);
      return lastDay.toLocalDate().equals(from.toLocalDate())
          ? DAY.format(from)
          : DAY.format(from) + " – " + DAY.format(lastDay);
    }
    if (from.toLocalDate().equals(to.toLocalDate())) {
      return HOUR.format(from) + " – " + HOUR.format(to) + " " + DAY.format(from);
    }
    return HOUR.format(from)
        + " "
        + DAY.format(from)
        + " – "
        + HOUR.format(to)
        + " "
        + DAY.format(to);
  }

  private static boolean isMidnight(ZonedDateTime time) {
    return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
  }
}
