package vn.loaxanh.activities.entity;

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
import java.time.Instant;
import java.util.Objects;

/** One line of an activity's audit trail: who changed what, and when. */
@Entity
@Table(name = "activity_change")
@NamedQuery(
    name = ActivityChange.OF_ACTIVITY,
    query =
        "select c from ActivityChange c where c.activity = :activity order by c.changedAt desc, c.id desc")
public class ActivityChange {
  public static final String OF_ACTIVITY = "ActivityChange.ofActivity";

  public enum Action {
    CREATED,
    EDITED,
    RESCHEDULED,
    STATUS_CHANGED,
    /** A content file changed it; the summary names the file, then the fields. */
    IMPORTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "activity_id")
  private Activity activity;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "changed_by")
  private String changedBy;

  @Enumerated(EnumType.STRING)
  private Action action;

  private String summary;

  protected ActivityChange() {}

  public ActivityChange(
      Activity activity, Instant changedAt, String changedBy, Action action, String summary) {
    this.activity = Objects.requireNonNull(activity);
    this.changedAt = Objects.requireNonNull(changedAt);
    this.changedBy = Objects.requireNonNull(changedBy);
    this.action = Objects.requireNonNull(action);
    this.summary = Objects.requireNonNull(summary);
  }

  public Long id() {
    return id;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public Action action() {
    return action;
  }

  public String summary() {
    return summary;
  }
}
