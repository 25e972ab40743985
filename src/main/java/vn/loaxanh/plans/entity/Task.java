package vn.loaxanh.plans.entity;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.loaxanh.agencies.entity.Agency;

/** Nhiệm vụ: a duty a plan gives one lead agency, with partners, at a clause such as V.1.3. */
@Entity
@Table(name = "task")
@NamedQuery(
    name = Task.BY_CLAUSE,
    query = "select t from Task t where t.plan = :plan and t.clause = :clause")
public class Task {
  public static final String BY_CLAUSE = "Task.byClause";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  private String clause;
  private String title;
  private String description;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lead_agency_id")
  private Agency lead;

  @ManyToMany
  @JoinTable(
      name = "task_partner",
      joinColumns = @JoinColumn(name = "task_id"),
      inverseJoinColumns = @JoinColumn(name = "agency_id"))
  @OrderBy("code")
  private Set<Agency> partners = new LinkedHashSet<>();

  @Version private long version;

  protected Task() {}

  /**
   * Tasks in the order of their clauses as a reader counts them: V.2.1 before V.10.1, part by part,
   * numbers as numbers and other parts (a, b, V) as text.
   */
  public static final java.util.Comparator<Task> BY_CLAUSE_ORDER =
      (a, b) -> compareClauses(a.clause(), b.clause());

  public static int compareClauses(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order = comparePart(left[i], right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int comparePart(String a, String b) {
    boolean aNumber = a.matches("\\d{1,9}");
    boolean bNumber = b.matches("\\d{1,9}");
    if (aNumber && bNumber) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    if (aNumber != bNumber) {
      return aNumber ? -1 : 1;
    }
    return a.compareToIgnoreCase(b);
  }

  public Task(Plan plan, String clause) {
    this.plan = plan;
    this.clause = clause;
  }

  public void assign(String title, String description, Agency lead, Set<Agency> partners) {
    if (partners.contains(lead)) {
      throw new IllegalArgumentException("partnerIds: the lead agency is not its own partner");
    }
    this.title = title;
    this.description = description;
    this.lead = lead;
    if (!this.partners.equals(partners)) {
      this.partners.clear();
      this.partners.addAll(partners);
    }
  }

  public Long id() {
    return id;
  }

  public Plan plan() {
    return plan;
  }

  public String clause() {
    return clause;
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

  public long version() {
    return version;
  }
}
