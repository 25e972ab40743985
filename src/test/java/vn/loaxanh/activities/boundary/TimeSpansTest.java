package vn.loaxanh.activities.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TimeSpansTest {
  private static String span(String start, String end) {
    return TimeSpans.of(
        OffsetDateTime.parse(start).toInstant(), OffsetDateTime.parse(end).toInstant());
  }

  @Test
  void hoursWithinADay() {
    assertEquals(
        "07:30 – 11:00 05/06/2025", span("2025-06-05T07:30:00+07:00", "2025-06-05T11:00:00+07:00"));
  }

  @Test
  void wholeDaysWithoutMidnights() {
    assertEquals("05/06/2025", span("2025-06-05T00:00:00+07:00", "2025-06-06T00:00:00+07:00"));
    assertEquals(
        "01/06/2025 – 30/06/2025", span("2025-06-01T00:00:00+07:00", "2025-07-01T00:00:00+07:00"));
  }

  @Test
  void hoursOverSeveralDaysInVietnamTime() {
    assertEquals(
        "20:30 28/03/2026 – 08:00 29/03/2026",
        span("2026-03-28T13:30:00Z", "2026-03-29T01:00:00Z"));
  }
}
