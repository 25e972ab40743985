package vn.loaxanh.activities.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.Task;

/** Hoạt động: a scheduled, countable thing that carries out a plan's task. */
@Entity
@Table(name = "activity")
@NamedQuery(
    name = Activity.BY_CODE,
    query = "select a from Activity a where a.plan = :plan and a.code = :code")
@NamedQuery(
    name = Activity.OF_PLAN,
    query = "select a from Activity a where a.plan = :plan order by a.startsAt, a.id")
@NamedQuery(
    name = Activity.FEED_OF_TYPES,
    query = Activity.FEED + "a.type in :types and a.endsAt > :since" + Activity.SOONEST_FIRST)
@NamedQuery(
    name = Activity.FEED_OF_AGENCY,
    query =
        Activity.FEED
            + "(a.lead = :agency or a.id in"
            + " (select b.id from Activity b join b.partners p where p = :agency))"
            + " and a.endsAt > :since"
            + Activity.SOONEST_FIRST)
@NamedQuery(
    name = Activity.FEED_OF_PLAN,
    query = Activity.FEED + "a.plan = :plan and a.endsAt > :since" + Activity.SOONEST_FIRST)
public class Activity {
  public static final String BY_CODE = "Activity.byCode";
  public static final String OF_PLAN = "Activity.ofPlan";
  public static final String FEED_OF_TYPES = "Activity.feedOfTypes";
  public static final String FEED_OF_AGENCY = "Activity.feedOfAgency";
  public static final String FEED_OF_PLAN = "Activity.feedOfPlan";

  /**
   * The calendar feeds fetch the plan, lead agency and unit with each activity, because every event
   * names them: one query per feed, not one per event.
   */
  static final String FEED =
      "select a from Activity a join fetch a.plan join fetch a.lead left join fetch a.unit"
          + " where a.internal = false and ";

  static final String SOONEST_FIRST = " order by a.startsAt, a.id";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "task_id")
  private Task task;

  /** The key a content file gives the activity within its plan; none for those made by hand. */
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "activity_type")
  private ActivityType type;

  private String title;
  private String description;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lead_agency_id")
  private Agency lead;

  @ManyToMany
  @JoinTable(
      name = "activity_partner",
      joinColumns = @JoinColumn(name = "activity_id"),
      inverseJoinColumns = @JoinColumn(name = "agency_id"))
  @OrderBy("code")
  private Set<Agency> partners = new LinkedHashSet<>();

  @ManyToOne
  @JoinColumn(name = "unit_id")
  private AdministrativeUnit unit;

  private String place;

  @Column(name = "starts_at")
  private Instant startsAt;

  /** Exclusive: an activity on 05/6 only ends at 00:00 on 06/6. */
  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "all_day")
  private boolean allDay;

  @Enumerated(EnumType.STRING)
  private ActivityStatus status = ActivityStatus.PLANNED;

  /** Why it was cancelled or postponed. */
  @Column(name = "status_reason")
  private String statusReason;

  @ElementCollection
  @CollectionTable(name = "activity_channel", joinColumns = @JoinColumn(name = "activity_id"))
  @Column(name = "channel")
  @Enumerated(EnumType.STRING)
  private Set<Channel> channels = EnumSet.noneOf(Channel.class);

  private String audience;

  @Column(name = "planned_quantity")
  private Integer plannedQuantity;

  @Column(name = "quantity_unit")
  private String quantityUnit;

  /** Staff only: never on the public calendar, events page, feeds or plan page. */
  private boolean internal;

  /**
   * What the last content-file import wrote, field by field (JSON), so that a re-import can tell a
   * field staff changed since from one it may update. None for an activity made by hand.
   */
  @Column(name = "imported_fields")
  private String importedFields;

  @Version private long version;

  protected Activity() {}

  public Activity(Plan plan, String code) {
    this.plan = Objects.requireNonNull(plan);
    this.code = code;
  }

  public record Details(
      ActivityType type,
      String title,
      String description,
      String place,
      String audience,
      Integer plannedQuantity,
      String quantityUnit,
      Set<Channel> channels,
      boolean internal) {

    /** A public activity, as most are. */
    public Details(
        ActivityType type,
        String title,
        String description,
        String place,
        String audience,
        Integer plannedQuantity,
        String quantityUnit,
        Set<Channel> channels) {
      this(
          type,
          title,
          description,
          place,
          audience,
          plannedQuantity,
          quantityUnit,
          channels,
          false);
    }
  }

  public void describe(Task task, Details details) {
    if (task != null && !task.plan().equals(plan)) {
      throw new IllegalArgumentException(
          "taskId: nhiệm vụ thuộc kế hoạch khác / the task belongs to another plan");
    }
    if (details.plannedQuantity() != null && details.quantityUnit() == null) {
      throw new IllegalArgumentException(
          "quantityUnit: cần đơn vị cho số lượng dự kiến / required with a planned quantity");
    }
    this.task = task;
    this.type = Objects.requireNonNull(details.type());
    this.title = details.title();
    this.description = details.description();
    this.place = details.place();
    this.audience = details.audience();
    this.plannedQuantity = details.plannedQuantity();
    this.quantityUnit = details.quantityUnit();
    this.internal = details.internal();
    if (!channels.equals(details.channels())) {
      channels.clear();
      channels.addAll(details.channels());
    }
  }

  /** Who leads and who helps, and where. */
  /**
   * Who leads and helps, and where. Agencies and the district belong to the plan's province: a
   * province's plan is carried out by its own agencies, in its own districts.
   */
  public void assign(Agency lead, Set<Agency> partners, AdministrativeUnit unit) {
    if (partners.contains(lead)) {
      throw new IllegalArgumentException(
          "partnerIds: cơ quan chủ trì không là cơ quan phối hợp của chính nó"
              + " / the lead agency is not its own partner");
    }
    if (!ofThePlansProvince(lead.unit())) {
      throw new IllegalArgumentException(
          "leadId: cơ quan không thuộc tỉnh của kế hoạch / the agency is not of the plan's province");
    }
    if (partners.stream().anyMatch(partner -> !ofThePlansProvince(partner.unit()))) {
      throw new IllegalArgumentException(
          "partnerIds: có cơ quan không thuộc tỉnh của kế hoạch"
              + " / an agency is not of the plan's province");
    }
    if (!ofThePlansProvince(unit)) {
      throw new IllegalArgumentException(
          "unitId: địa bàn không thuộc tỉnh của kế hoạch / the place is not in the plan's province");
    }
    this.lead = Objects.requireNonNull(lead);
    this.unit = unit;
    if (!this.partners.equals(partners)) {
      this.partners.clear();
      this.partners.addAll(partners);
    }
  }

  /** A unit not known (none given, or a plan without a province) is not held against it. */
  private boolean ofThePlansProvince(AdministrativeUnit unit) {
    return unit == null || plan == null || plan.unit() == null || unit.isWithin(plan.unit());
  }

  public void schedule(Instant startsAt, Instant endsAt, boolean allDay) {
    if (endsAt.isBefore(startsAt)) {
      throw new IllegalArgumentException(
          "endsAt: kết thúc trước khi bắt đầu / ends before it starts");
    }
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.allDay = allDay;
  }

  /** Moves the activity to another time; one that is done or cancelled stays where it was. */
  public void reschedule(Instant startsAt, Instant endsAt, boolean allDay) {
    if (!status.isOpen()) {
      throw new IllegalArgumentException(
          "status: " + status + " — không dời lịch được / cannot be rescheduled");
    }
    schedule(startsAt, endsAt, allDay);
  }

  /** A step of the workflow; cancelling and postponing need a reason. */
  public void moveTo(ActivityStatus next, String reason) {
    if (!status.next().contains(next)) {
      throw new IllegalArgumentException(
          "status: "
              + status
              + " → "
              + next
              + " không được phép / is not allowed; allowed: "
              + status.next());
    }
    if (next.needsReason() && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("reason: cần lý do / a reason is required for " + next);
    }
    this.status = next;
    this.statusReason = next.needsReason() ? reason.strip() : null;
  }

  /**
   * Sets the status as a record states it, bypassing the workflow: an imported plan says what
   * already happened.
   */
  public void recordStatus(ActivityStatus status) {
    this.status = Objects.requireNonNull(status);
  }

  public boolean isLedBy(Agency agency) {
    return agency != null && lead.id().equals(agency.id());
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

  public String code() {
    return code;
  }

  public ActivityType type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Agency lead() {
    return lead;
  }

  public Set<Agency> partners() {
    return Collections.unmodifiableSet(partners);
  }

  public AdministrativeUnit unit() {
    return unit;
  }

  public String place() {
    return place;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public boolean allDay() {
    return allDay;
  }

  public ActivityStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public Set<Channel> channels() {
    return Collections.unmodifiableSet(channels);
  }

  public String audience() {
    return audience;
  }

  public Integer plannedQuantity() {
    return plannedQuantity;
  }

  public String importedFields() {
    return importedFields;
  }

  public void rememberImported(String fields) {
    this.importedFields = fields;
  }

  public boolean internal() {
    return internal;
  }

  public String quantityUnit() {
    return quantityUnit;
  }

  public long version() {
    return version;
  }
}
