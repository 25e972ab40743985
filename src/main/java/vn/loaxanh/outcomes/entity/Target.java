package vn.loaxanh.outcomes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.Task;

/**
 * What a plan commits to ("at least one school contest", "20 panels at city gateways"): a quantity
 * of one measure for the whole plan, one task or one activity.
 */
@Entity
@Table(name = "outcome_target")
@NamedQuery(
    name = Target.OF_PLAN,
    query =
        "select t from Target t join fetch t.metric m left join fetch t.task left join fetch"
            + " t.activity where t.plan = :plan order by t.id")
public class Target {
  public static final String OF_PLAN = "Target.ofPlan";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "task_id")
  private Task task;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "activity_id")
  private Activity activity;

  @ManyToOne(optional = false)
  @JoinColumn(name = "metric_id")
  private Metric metric;

  private BigDecimal quantity;
  private String note;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Target() {}

  public Target(Plan plan, Task task, Activity activity, Metric metric, String by, Instant now) {
    if (task != null && activity != null) {
      throw new IllegalArgumentException(
          "activityId: một chỉ tiêu gắn với nhiệm vụ hoặc hoạt động, không cả hai / a task or an activity, not both");
    }
    if (task != null && !task.plan().id().equals(plan.id())) {
      throw new IllegalArgumentException("taskId: không thuộc kế hoạch / not of this plan");
    }
    if (activity != null && !activity.plan().id().equals(plan.id())) {
      throw new IllegalArgumentException("activityId: không thuộc kế hoạch / not of this plan");
    }
    this.plan = plan;
    this.task = task;
    this.activity = activity;
    this.metric = metric;
    this.createdBy = by;
    this.createdAt = now;
  }

  public void set(BigDecimal quantity, String note) {
    if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(Actual.MOST) > 0) {
      throw new IllegalArgumentException("quantity: phải dương / must be positive");
    }
    if (quantity.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "quantity: tối đa 2 chữ số thập phân / at most 2 decimals");
    }
    if (note != null && note.length() > 500) {
      throw new IllegalArgumentException("note: tối đa 500 ký tự / at most 500 characters");
    }
    this.quantity = quantity;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  /**
   * Met once the actual reaches the quantity; not met once the period is over without it; in
   * progress before.
   */
  public TargetState stateAt(BigDecimal actual, boolean periodOver) {
    if (actual.compareTo(quantity) >= 0) {
      return TargetState.MET;
    }
    return periodOver ? TargetState.NOT_MET : TargetState.IN_PROGRESS;
  }

  public Long id() {
    return id;
  }

  public Plan plan() {
    return plan;
  }

  public Task task() {
    return task;
  }

  public Activity activity() {
    return activity;
  }

  public Metric metric() {
    return metric;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public String note() {
    return note;
  }

  public long version() {
    return version;
  }
}
