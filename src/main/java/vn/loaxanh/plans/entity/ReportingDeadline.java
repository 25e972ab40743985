package vn.loaxanh.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Objects;
import vn.loaxanh.agencies.entity.Agency;

/** A date by which results are due, such as 15/11 for agencies and 30/12 for the compilation. */
@Embeddable
public class ReportingDeadline {
  @Column(name = "due_on")
  private LocalDate dueOn;

  private String title;

  /** Who receives or compiles the reports. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  protected ReportingDeadline() {}

  public ReportingDeadline(LocalDate dueOn, String title, Agency agency) {
    this.dueOn = Objects.requireNonNull(dueOn);
    this.title = Objects.requireNonNull(title);
    this.agency = agency;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String title() {
    return title;
  }

  public Agency agency() {
    return agency;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportingDeadline that
        && dueOn.equals(that.dueOn)
        && title.equals(that.title)
        && Objects.equals(
            agency == null ? null : agency.id(), that.agency == null ? null : that.agency.id());
  }

  @Override
  public int hashCode() {
    return Objects.hash(dueOn, title);
  }
}
