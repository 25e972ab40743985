package vn.loaxanh.plans.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loaxanh.agencies.entity.AdministrativeUnit;

/** Kế hoạch tuyên truyền: what a province or city sets out to communicate in a year. */
@Entity
@Table(name = "plan")
@NamedQuery(name = Plan.BY_CODE, query = "select p from Plan p where p.code = :code")
@NamedQuery(
    name = Plan.LIST,
    query =
        "select p from Plan p where (:year is null or p.year = :year)"
            + " and (:unit is null or p.unit = :unit) order by p.year desc, p.code")
@NamedQuery(
    name = Plan.COUNT,
    query =
        "select count(p) from Plan p where (:year is null or p.year = :year)"
            + " and (:unit is null or p.unit = :unit)")
public class Plan {
  public static final String BY_CODE = "Plan.byCode";
  public static final String LIST = "Plan.list";
  public static final String COUNT = "Plan.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String symbol;
  private String issuer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private AdministrativeUnit unit;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "plan_year")
  private int year;

  private String title;
  private String purposes;

  @Column(name = "funding_note")
  private String fundingNote;

  /** Days before an activity that its agencies are reminded, such as "7,1". */
  @Column(name = "reminder_days")
  private String reminderDays = "7,1";

  @ManyToMany
  @JoinTable(
      name = "plan_directive",
      joinColumns = @JoinColumn(name = "plan_id"),
      inverseJoinColumns = @JoinColumn(name = "directive_id"))
  @OrderBy("symbol")
  private Set<Directive> directives = new LinkedHashSet<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<Theme> themes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "plan_channel", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "ordinal")
  private List<PlanChannel> channels = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "reporting_deadline", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "ordinal")
  private List<ReportingDeadline> reportingDeadlines = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.REMOVE)
  @OrderBy("id")
  private List<Task> tasks = new ArrayList<>();

  @Version private long version;

  protected Plan() {}

  public Plan(String code) {
    this.code = code;
  }

  public record Heading(
      String symbol,
      String issuer,
      AdministrativeUnit unit,
      LocalDate issuedOn,
      int year,
      String title,
      String purposes,
      String fundingNote) {}

  public void describe(Heading heading) {
    if (heading.issuedOn() != null && heading.issuedOn().getYear() > heading.year()) {
      throw new IllegalArgumentException(
          "issuedOn: a plan for " + heading.year() + " cannot be issued later");
    }
    this.symbol = heading.symbol();
    this.issuer = heading.issuer();
    this.unit = heading.unit();
    this.issuedOn = heading.issuedOn();
    this.year = heading.year();
    this.title = heading.title();
    this.purposes = heading.purposes();
    this.fundingNote = heading.fundingNote();
  }

  /** Cites these directives as the plan's basis, in place of those cited before. */
  public void implement(Set<Directive> cited) {
    if (!directives.equals(cited)) {
      directives.clear();
      directives.addAll(cited);
    }
  }

  /**
   * Sets the themes in order. Themes keep their identity by position, so rewording one keeps
   * whatever refers to it.
   */
  public void themes(List<ThemeText> texts) {
    for (int i = 0; i < texts.size(); i++) {
      ThemeText text = texts.get(i);
      if (i < themes.size()) {
        themes.get(i).reword(text.title(), text.description());
      } else {
        themes.add(new Theme(this, i + 1, text.title(), text.description()));
      }
    }
    while (themes.size() > texts.size()) {
      themes.remove(themes.size() - 1);
    }
  }

  public record ThemeText(String title, String description) {}

  public void channels(List<PlanChannel> newChannels) {
    if (newChannels.stream().map(PlanChannel::channel).distinct().count() != newChannels.size()) {
      throw new IllegalArgumentException("channels: each channel once");
    }
    if (!channels.equals(newChannels)) {
      channels.clear();
      channels.addAll(newChannels);
    }
  }

  /** How many days ahead agencies are reminded of activities and deadlines; none turns it off. */
  public void remindDaysBefore(List<Integer> days) {
    for (Integer day : days) {
      if (day == null || day < 0 || day > 365) {
        throw new IllegalArgumentException(
            "reminderDays: từ 0 đến 365 ngày / each must be 0 to 365 days, not " + day);
      }
    }
    this.reminderDays =
        String.join(
            ",",
            days.stream()
                .distinct()
                .sorted(Comparator.reverseOrder())
                .map(String::valueOf)
                .toList());
  }

  public List<Integer> reminderDays() {
    return reminderDays.isBlank()
        ? List.of()
        : Arrays.stream(reminderDays.split(",")).map(Integer::valueOf).toList();
  }

  public void reportingDeadlines(List<ReportingDeadline> deadlines) {
    if (!reportingDeadlines.equals(deadlines)) {
      reportingDeadlines.clear();
      reportingDeadlines.addAll(deadlines);
    }
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String symbol() {
    return symbol;
  }

  public String issuer() {
    return issuer;
  }

  public AdministrativeUnit unit() {
    return unit;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public int year() {
    return year;
  }

  public String title() {
    return title;
  }

  public String purposes() {
    return purposes;
  }

  public String fundingNote() {
    return fundingNote;
  }

  public Set<Directive> directives() {
    return Collections.unmodifiableSet(directives);
  }

  public List<Theme> themes() {
    return List.copyOf(themes);
  }

  public List<PlanChannel> channels() {
    return List.copyOf(channels);
  }

  public List<ReportingDeadline> reportingDeadlines() {
    return List.copyOf(reportingDeadlines);
  }

  public List<Task> tasks() {
    return List.copyOf(tasks);
  }

  public long version() {
    return version;
  }
}
