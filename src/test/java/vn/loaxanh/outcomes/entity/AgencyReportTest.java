package vn.loaxanh.outcomes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A report's standing against its deadline, read with fixed clocks in Vietnam's time. */
class AgencyReportTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate DUE = LocalDate.of(2024, 11, 15);

  private static Instant at(String localDateTime) {
    return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant(), VIETNAM)
        .instant();
  }

  @Test
  void nothingFiledIsNotStartedUntilTheDeadlineDayEndsInVietnamThenLate() {
    assertEquals(
        ReportStatus.NOT_STARTED,
        AgencyReport.statusOfNone(DUE, at("2024-11-15T23:59:59"), ReportStatus.NOT_STARTED));
    assertEquals(
        ReportStatus.LATE,
        AgencyReport.statusOfNone(DUE, at("2024-11-16T00:00:01"), ReportStatus.NOT_STARTED));
  }

  @Test
  void aReportSubmittedOnTheDayIsOnTimeAndADayLaterIsLateAndItCannotBeSubmittedTwice() {
    AgencyReport onTime = new AgencyReport(null, null, DUE, "cb", at("2024-11-01T08:00:00"));
    onTime.submit("cb", at("2024-11-15T22:00:00"));
    assertEquals(ReportStatus.SUBMITTED, onTime.statusAt(at("2024-12-01T08:00:00")));
    assertFalse(onTime.submittedLate());
    assertThrows(IllegalStateException.class, () -> onTime.submit("cb", at("2024-11-15T22:01:00")));
    assertThrows(
        IllegalStateException.class, () -> onTime.write("sửa", "cb", at("2024-11-16T08:00:00")));

    AgencyReport late = new AgencyReport(null, null, DUE, "cb", at("2024-11-01T08:00:00"));
    assertEquals(ReportStatus.LATE, late.statusAt(at("2024-11-17T08:00:00")));
    late.submit("cb", at("2024-11-17T08:00:00"));
    assertTrue(late.submittedLate());
  }

  @Test
  void staffReopenWithAReasonOnly() {
    AgencyReport report = new AgencyReport(null, null, DUE, "cb", at("2024-11-01T08:00:00"));
    assertThrows(
        IllegalStateException.class,
        () -> report.reopen("thiếu", "admin", at("2024-11-02T08:00:00")));
    report.submit("cb", at("2024-11-10T08:00:00"));
    assertThrows(
        IllegalArgumentException.class,
        () -> report.reopen(" ", "admin", at("2024-11-11T08:00:00")));
    report.reopen("Thiếu số liệu pa nô", "admin", at("2024-11-11T08:00:00"));
    assertEquals(ReportStatus.DRAFT, report.status());
    report.write("Bổ sung", "cb", at("2024-11-12T08:00:00"));
  }

  @Test
  void aTargetIsMetOnceReachedAndNotMetOnlyAfterItsPeriod() {
    Target target = new Target(null, null, null, null, "admin", Instant.EPOCH);
    target.set(new BigDecimal("20"), "20 pa nô tại cửa ngõ thành phố");
    assertEquals(TargetState.IN_PROGRESS, target.stateAt(new BigDecimal("12"), false));
    assertEquals(TargetState.NOT_MET, target.stateAt(new BigDecimal("12"), true));
    assertEquals(TargetState.MET, target.stateAt(new BigDecimal("20"), true));
    assertThrows(IllegalArgumentException.class, () -> target.set(BigDecimal.ZERO, null));
  }
}
