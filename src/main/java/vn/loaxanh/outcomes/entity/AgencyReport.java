package vn.loaxanh.outcomes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * An agency's report on a plan for one reporting deadline. Its figures are the actuals of the
 * activities the agency leads; once submitted they are frozen until staff reopen the report.
 */
@Entity
@Table(name = "agency_report")
@NamedQuery(
    name = AgencyReport.OF_DEADLINE,
    query = "select r from AgencyReport r where r.plan = :plan and r.dueOn = :dueOn")
@NamedQuery(
    name = AgencyReport.ONE,
    query =
        "select r from AgencyReport r where r.plan = :plan and r.agency = :agency"
            + " and r.dueOn = :dueOn")
public class AgencyReport {
  public static final String OF_DEADLINE = "AgencyReport.ofDeadline";
  public static final String ONE = "AgencyReport.one";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  @ManyToOne(optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private ReportStatus status = ReportStatus.DRAFT;

  private String summary;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "reopened_reason")
  private String reopenedReason;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected AgencyReport() {}

  public AgencyReport(Plan plan, Agency agency, LocalDate dueOn, String by, Instant now) {
    this.plan = plan;
    this.agency = agency;
    this.dueOn = dueOn;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public void write(String summary, String by, Instant now) {
    requireDraft();
    if (summary != null && summary.length() > 20_000) {
      throw new IllegalArgumentException("summary: tối đa 20000 ký tự / at most 20000 characters");
    }
    this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public void submit(String by, Instant now) {
    if (status == ReportStatus.SUBMITTED) {
      throw new IllegalStateException("Báo cáo đã được gửi / The report was already submitted");
    }
    status = ReportStatus.SUBMITTED;
    submittedAt = now;
    submittedBy = by;
    updatedAt = now;
    updatedBy = by;
  }

  /** Staff send a submitted report back to the agency to correct, saying why. */
  public void reopen(String reason, String by, Instant now) {
    if (status != ReportStatus.SUBMITTED) {
      throw new IllegalStateException("Báo cáo chưa gửi / The report was not submitted");
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new IllegalArgumentException(
          "reason: cần lý do, tối đa 1000 ký tự / a reason, at most 1000 characters");
    }
    status = ReportStatus.DRAFT;
    reopenedReason = reason.strip();
    updatedAt = now;
    updatedBy = by;
  }

  public void requireDraft() {
    if (status == ReportStatus.SUBMITTED) {
      throw new IllegalStateException(
          "Báo cáo đã gửi; cần mở lại trước khi sửa / The report was submitted; reopen it first");
    }
  }

  /** The status shown against the deadline: a draft past its day is late. */
  public ReportStatus statusAt(Instant now) {
    return status == ReportStatus.SUBMITTED ? status : statusOfNone(dueOn, now, status);
  }

  /** Whether it was submitted after its day ended in Vietnam. */
  public boolean submittedLate() {
    return submittedAt != null && submittedAt.isAfter(endOf(dueOn));
  }

  /** The status of a report that may not exist: not started, or late once its day is over. */
  public static ReportStatus statusOfNone(LocalDate dueOn, Instant now, ReportStatus otherwise) {
    return now.isAfter(endOf(dueOn)) ? ReportStatus.LATE : otherwise;
  }

  static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(LocalTime.VIETNAM).toInstant();
  }

  public Long id() {
    return id;
  }

  public Plan plan() {
    return plan;
  }

  public Agency agency() {
    return agency;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public ReportStatus status() {
    return status;
  }

  public String summary() {
    return summary;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public String reopenedReason() {
    return reopenedReason;
  }

  public long version() {
    return version;
  }
}
