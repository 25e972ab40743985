package vn.loaxanh.content.entity;

import jakarta.persistence.AttributeOverride;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.plans.entity.Plan;

/**
 * Bài viết: news, an event announcement, a contest call, results or an exemplary model, written in
 * Markdown and kept with its sanitized HTML. It is public while PUBLISHED between its publish and
 * unpublish times, so scheduling is a time, not a job.
 */
@Entity
@Table(name = "article")
@NamedQuery(name = Article.BY_SLUG, query = "select a from Article a where a.slug = :slug")
public class Article {
  public static final String BY_SLUG = "Article.bySlug";

  /** The condition for "readers see it now", for queries that alias the article as {@code a}. */
  public static final String VISIBLE =
      "a.status = vn.loaxanh.content.entity.ArticleStatus.PUBLISHED and a.publishAt <= :now"
          + " and (a.unpublishAt is null or a.unpublishAt > :now)";

  public static final int LONGEST_SLUG = 200;

  /** Everything an author writes; the HTML is the Markdown already rendered and sanitized. */
  public record Content(
      ArticleKind kind,
      String title,
      String summary,
      String markdown,
      String html,
      Media cover,
      Category category,
      Set<Label> tags,
      Set<Label> themes,
      Set<Plan> plans,
      Set<Activity> activities) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = LONGEST_SLUG)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ArticleKind kind;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 1000)
  private String summary;

  @Column(name = "body_markdown", nullable = false)
  private String markdown;

  @Column(name = "body_html", nullable = false)
  private String html;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cover_media_id")
  private Media cover;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  // Lists kept in slug order and read back in it: EclipseLink compares element collections in
  // order, and a set read back in another order counted as a change that raised the version.
  @ElementCollection
  @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
  @AttributeOverride(name = "text", column = @Column(name = "tag", nullable = false))
  @OrderBy("slug")
  private List<Label> tags = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "article_theme", joinColumns = @JoinColumn(name = "article_id"))
  @AttributeOverride(name = "text", column = @Column(name = "theme", nullable = false))
  @OrderBy("slug")
  private List<Label> themes = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "article_plan",
      joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "plan_id"))
  private Set<Plan> plans = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "article_activity",
      joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "activity_id"))
  private Set<Activity> activities = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ArticleStatus status;

  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "unpublish_at")
  private Instant unpublishAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  /** The revision proposed for the published text and awaiting review, if any. */
  @Column(name = "pending_revision")
  private Integer pendingRevision;

  @Version private long version;

  protected Article() {}

  public Article(String slug, Content content, Instant at, String by) {
    if (slug == null || slug.isEmpty() || slug.length() > LONGEST_SLUG) {
      throw new IllegalArgumentException("slug: 1 đến 200 ký tự / 1 to 200 characters");
    }
    this.slug = slug;
    this.status = ArticleStatus.DRAFT;
    this.createdAt = at;
    this.createdBy = by;
    edit(content, at, by);
  }

  /** Replaces what the author wrote; the workflow status stays where it is. */
  public void edit(Content content, Instant at, String by) {
    requireValid(content);
    this.kind = content.kind();
    this.title = content.title().strip();
    this.summary =
        content.summary() == null || content.summary().isBlank() ? null : content.summary().strip();
    this.markdown = content.markdown() == null ? "" : content.markdown();
    this.html = content.html();
    this.cover = content.cover();
    this.category = content.category();
    this.tags = new ArrayList<>(content.tags());
    this.tags.sort(Comparator.comparing(Label::slug));
    this.themes = new ArrayList<>(content.themes());
    this.themes.sort(Comparator.comparing(Label::slug));
    this.plans = new LinkedHashSet<>(content.plans());
    this.activities = new LinkedHashSet<>(content.activities());
    touch(at, by);
  }

  /** What any article's words must be, whether saved at once or proposed for review. */
  public static void requireValid(Content content) {
    if (content.title() == null || content.title().isBlank()) {
      throw new IllegalArgumentException("title: bắt buộc / required");
    }
    if (content.title().length() > 300) {
      throw new IllegalArgumentException("title: tối đa 300 ký tự / at most 300 characters");
    }
    if (content.summary() != null && content.summary().length() > 1000) {
      throw new IllegalArgumentException("summary: tối đa 1000 ký tự / at most 1000 characters");
    }
    if (content.cover() != null && content.cover().kind() != Media.Kind.IMAGE) {
      throw new IllegalArgumentException(
          "coverId: ảnh bìa phải là ảnh / the cover must be an image");
    }
  }

  /**
   * A step of the workflow. Publishing takes the time it becomes public (now, or later for a
   * scheduled publication) and optionally when it goes away again.
   */
  public void moveTo(
      ArticleStatus next, Instant publishAt, Instant unpublishAt, Instant at, String by) {
    if (!status.next().contains(next)) {
      throw new IllegalArgumentException(
          "status: không chuyển được từ "
              + status
              + " sang "
              + next
              + " / cannot go from "
              + status
              + " to "
              + next);
    }
    if (next == ArticleStatus.PUBLISHED) {
      Instant from = publishAt == null ? at : publishAt;
      if (unpublishAt != null && !unpublishAt.isAfter(from)) {
        throw new IllegalArgumentException(
            "unpublishAt: phải sau thời điểm đăng / must be after the publication time");
      }
      this.publishAt = from;
      this.unpublishAt = unpublishAt;
    } else if (next == ArticleStatus.UNPUBLISHED) {
      this.unpublishAt = at;
    }
    this.status = next;
    touch(at, by);
  }

  /**
   * A published article's text changes only through review: the proposed revision waits, and its
   * number is kept here until an editor settles it.
   */
  public void propose(int revision, Instant at, String by) {
    if (status != ArticleStatus.PUBLISHED) {
      throw new IllegalStateException("only a published article waits for review");
    }
    this.pendingRevision = revision;
    touch(at, by);
  }

  public void settlePending(Instant at, String by) {
    this.pendingRevision = null;
    touch(at, by);
  }

  public Integer pendingRevision() {
    return pendingRevision;
  }

  /** Published, but past its unpublication time: no longer public although never taken down. */
  public boolean hasExpiredAt(Instant now) {
    return status == ArticleStatus.PUBLISHED && unpublishAt != null && !unpublishAt.isAfter(now);
  }

  /** Whether readers see it at that moment. */
  public boolean isPublicAt(Instant now) {
    return status == ArticleStatus.PUBLISHED
        && publishAt != null
        && !publishAt.isAfter(now)
        && (unpublishAt == null || unpublishAt.isAfter(now));
  }

  /** Published but waiting for its time. */
  public boolean isScheduledAt(Instant now) {
    return status == ArticleStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now);
  }

  private void touch(Instant at, String by) {
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public ArticleKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String markdown() {
    return markdown;
  }

  public String html() {
    return html;
  }

  public Media cover() {
    return cover;
  }

  public Category category() {
    return category;
  }

  public List<Label> tags() {
    return Collections.unmodifiableList(tags);
  }

  public List<Label> themes() {
    return Collections.unmodifiableList(themes);
  }

  public Set<Plan> plans() {
    return Collections.unmodifiableSet(plans);
  }

  public Set<Activity> activities() {
    return Collections.unmodifiableSet(activities);
  }

  public ArticleStatus status() {
    return status;
  }

  public Instant publishAt() {
    return publishAt;
  }

  public Instant unpublishAt() {
    return unpublishAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }
}
