package vn.loaxanh.contests.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityType;

/**
 * A call for entries (thể lệ cuộc thi): the contest activity it belongs to, its rules, when entries
 * open and close, who may enter, its categories, its scoring rubric and its judges.
 */
@Entity
@Table(name = "contest")
@NamedQuery(name = Contest.BY_SLUG, query = "select c from Contest c where c.slug = :slug")
@NamedQuery(name = Contest.ALL, query = "select c from Contest c order by c.closesAt desc, c.id")
@NamedQuery(
    name = Contest.OPEN_AT,
    query =
        "select c from Contest c where c.opensAt <= :now and c.closesAt > :now order by c.closesAt")
public class Contest {
  public static final String BY_SLUG = "Contest.bySlug";
  public static final String ALL = "Contest.all";
  public static final String OPEN_AT = "Contest.openAt";
  public static final int MOST_ENTRIES_PER_SCHOOL = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "activity_id")
  private Activity activity;

  private String slug;
  private String title;

  @Column(name = "rules_markdown")
  private String rulesMarkdown;

  /** The rules rendered and sanitized once, when they are saved. */
  @Column(name = "rules_html")
  private String rulesHtml;

  @Column(name = "opens_at")
  private Instant opensAt;

  @Column(name = "closes_at")
  private Instant closesAt;

  @Column(name = "entries_per_school")
  private int entriesPerSchool;

  private String levels;

  @Column(name = "results_article_id")
  private Long resultsArticleId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @OneToMany(mappedBy = "contest", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<ContestCategory> categories = new ArrayList<>();

  @OneToMany(mappedBy = "contest", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<Criterion> criteria = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "contest_judge", joinColumns = @JoinColumn(name = "contest_id"))
  @Column(name = "username")
  private Set<String> judges = new TreeSet<>();

  @Version private long version;

  protected Contest() {}

  /** What staff state about a call for entries. */
  public record Terms(
      String title,
      String rulesMarkdown,
      String rulesHtml,
      Instant opensAt,
      Instant closesAt,
      int entriesPerSchool,
      Set<SchoolLevel> levels) {}

  public record CategoryTerms(
      String code, String name, List<String> fileTypes, long maxFileBytes, int maxFiles) {}

  public record CriterionTerms(String name, int weight, int maxScore) {}

  public Contest(Activity activity, String slug, Instant now, String by) {
    if (activity == null || activity.type() != ActivityType.CONTEST) {
      throw new IllegalArgumentException(
          "activityId: không phải hoạt động cuộc thi / not a contest activity");
    }
    if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 200) {
      throw new IllegalArgumentException(
          "slug: chữ thường không dấu, số, '-' / lower-case ASCII, digits, '-'");
    }
    this.activity = activity;
    this.slug = slug;
    this.createdAt = now;
    this.createdBy = by;
  }

  public void describe(Terms terms) {
    if (terms.title() == null || terms.title().isBlank() || terms.title().length() > 300) {
      throw new IllegalArgumentException("title: 1 đến 300 ký tự / 1 to 300 characters");
    }
    if (terms.opensAt() == null) {
      throw new IllegalArgumentException("opensAt: bắt buộc / required");
    }
    if (terms.closesAt() == null || !terms.closesAt().isAfter(terms.opensAt())) {
      throw new IllegalArgumentException("closesAt: phải sau lúc mở / must be after opensAt");
    }
    if (terms.entriesPerSchool() < 1 || terms.entriesPerSchool() > MOST_ENTRIES_PER_SCHOOL) {
      throw new IllegalArgumentException("entriesPerSchool: từ 1 đến 100 / 1 to 100");
    }
    if (terms.levels() == null || terms.levels().isEmpty()) {
      throw new IllegalArgumentException("levels: chọn ít nhất một cấp / at least one level");
    }
    this.title = terms.title().strip();
    this.rulesMarkdown = terms.rulesMarkdown() == null ? "" : terms.rulesMarkdown();
    this.rulesHtml = terms.rulesHtml() == null ? "" : terms.rulesHtml();
    this.opensAt = terms.opensAt();
    this.closesAt = terms.closesAt();
    this.entriesPerSchool = terms.entriesPerSchool();
    this.levels =
        EnumSet.copyOf(terms.levels()).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  /** Sets the categories; only before the first entry, since entries belong to one. */
  public void offer(List<CategoryTerms> offered) {
    if (offered == null || offered.isEmpty()) {
      throw new IllegalArgumentException("categories: ít nhất một thể loại / at least one");
    }
    Set<String> codes = new LinkedHashSet<>();
    List<ContestCategory> made = new ArrayList<>();
    for (CategoryTerms terms : offered) {
      if (!codes.add(terms.code())) {
        throw new IllegalArgumentException("categories: mã trùng / duplicate code " + terms.code());
      }
      made.add(
          new ContestCategory(
              this,
              made.size(),
              terms.code(),
              terms.name(),
              terms.fileTypes(),
              terms.maxFileBytes(),
              terms.maxFiles()));
    }
    // A category offered again keeps its row (its code is unique in the contest, and the database
    // would see the new row before the old one goes); the others go, the new ones come.
    List<ContestCategory> kept = new ArrayList<>();
    for (ContestCategory category : made) {
      ContestCategory existing =
          categories.stream()
              .filter(c -> c.code().equals(category.code()))
              .findFirst()
              .orElse(null);
      if (existing == null) {
        kept.add(category);
      } else {
        existing.takeTermsOf(category);
        kept.add(existing);
      }
    }
    categories.retainAll(kept);
    for (ContestCategory category : kept) {
      if (!categories.contains(category)) {
        categories.add(category);
      }
    }
    categories.sort(java.util.Comparator.comparingInt(ContestCategory::ordinal));
  }

  /** Sets the scoring rubric, whose weights add up to 100; only before the first score. */
  public void score(List<CriterionTerms> rubric) {
    if (rubric == null || rubric.isEmpty()) {
      throw new IllegalArgumentException("criteria: ít nhất một tiêu chí / at least one");
    }
    List<Criterion> made = new ArrayList<>();
    for (CriterionTerms terms : rubric) {
      made.add(new Criterion(this, made.size(), terms.name(), terms.weight(), terms.maxScore()));
    }
    int total = made.stream().mapToInt(Criterion::weight).sum();
    if (total != 100) {
      throw new IllegalArgumentException(
          "criteria: tổng trọng số phải là 100, đang là "
              + total
              + " / weights must add up to 100, not "
              + total);
    }
    criteria.clear();
    criteria.addAll(made);
  }

  /** Adds the judge to the contest's panel, or takes them off it. */
  public void seatJudge(String username, boolean seated) {
    if (seated) {
      judges.add(username);
    } else {
      judges.remove(username);
    }
  }

  public void assignJudges(Set<String> usernames) {
    judges.clear();
    judges.addAll(usernames);
  }

  public void announceResults(long articleId) {
    this.resultsArticleId = articleId;
  }

  /** Open from opensAt (inclusive) until closesAt (exclusive) by the server's clock. */
  public boolean isOpenAt(Instant now) {
    return !now.isBefore(opensAt) && now.isBefore(closesAt);
  }

  public boolean admits(SchoolLevel level) {
    return levels().contains(level);
  }

  public Optional<ContestCategory> category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public Optional<Criterion> criterion(long criterionId) {
    return criteria.stream().filter(c -> c.id() == criterionId).findFirst();
  }

  public boolean isJudgedBy(String username) {
    return username != null && judges.contains(username);
  }

  public Long id() {
    return id;
  }

  public Activity activity() {
    return activity;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String rulesMarkdown() {
    return rulesMarkdown;
  }

  public String rulesHtml() {
    return rulesHtml;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant closesAt() {
    return closesAt;
  }

  public int entriesPerSchool() {
    return entriesPerSchool;
  }

  public Set<SchoolLevel> levels() {
    Set<SchoolLevel> set = EnumSet.noneOf(SchoolLevel.class);
    Arrays.stream(levels.split(",")).map(SchoolLevel::valueOf).forEach(set::add);
    return set;
  }

  public Long resultsArticleId() {
    return resultsArticleId;
  }

  public List<ContestCategory> categories() {
    return List.copyOf(categories);
  }

  public List<Criterion> criteria() {
    return List.copyOf(criteria);
  }

  public Set<String> judges() {
    return Set.copyOf(judges);
  }

  public long version() {
    return version;
  }
}
