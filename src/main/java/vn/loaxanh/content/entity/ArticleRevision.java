package vn.loaxanh.content.entity;

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
import java.time.Instant;

/** One save of an article's words, numbered from 1; any can be compared and restored. */
@Entity
@Table(name = "article_revision")
@NamedQuery(
    name = ArticleRevision.OF_ARTICLE,
    query = "select r from ArticleRevision r where r.article = :article order by r.number desc")
@NamedQuery(
    name = ArticleRevision.NUMBERED,
    query = "select r from ArticleRevision r where r.article = :article and r.number = :number")
@NamedQuery(
    name = ArticleRevision.LAST_NUMBER,
    query = "select max(r.number) from ArticleRevision r where r.article = :article")
public class ArticleRevision {
  public static final String OF_ARTICLE = "ArticleRevision.ofArticle";
  public static final String NUMBERED = "ArticleRevision.numbered";
  public static final String LAST_NUMBER = "ArticleRevision.lastNumber";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 1000)
  private String summary;

  @Column(name = "body_markdown", nullable = false)
  private String markdown;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "saved_by", nullable = false, length = 100)
  private String savedBy;

  @Column(length = 300)
  private String note;

  /** For a revision awaiting review: the whole edit (JSON) to apply if an editor accepts it. */
  private String proposal;

  protected ArticleRevision() {}

  public ArticleRevision(Article article, int number, String note) {
    this.article = article;
    this.number = number;
    this.title = article.title();
    this.summary = article.summary();
    this.markdown = article.markdown();
    this.savedAt = article.updatedAt();
    this.savedBy = article.updatedBy();
    this.note = note;
  }

  /**
   * A change proposed for a published article: its words, kept for reading and comparing, and the
   * whole edit to apply when accepted. The article's live text is not touched.
   */
  public static ArticleRevision proposed(
      Article article, int number, Article.Content words, String proposal, Instant at, String by) {
    ArticleRevision revision = new ArticleRevision();
    revision.article = article;
    revision.number = number;
    revision.propose(words, proposal, at, by);
    return revision;
  }

  /** A newer proposal in place of one not yet reviewed. */
  public void propose(Article.Content words, String proposal, Instant at, String by) {
    this.title = words.title().strip();
    this.summary =
        words.summary() == null || words.summary().isBlank() ? null : words.summary().strip();
    this.markdown = words.markdown() == null ? "" : words.markdown();
    this.savedAt = at;
    this.savedBy = by;
    this.note = "proposed";
    this.proposal = proposal;
  }

  /** Reviewed: accepted (its text is now live) or not; either way it stays in the history. */
  public void settle(boolean accepted, String by) {
    this.note = (accepted ? "accepted by " : "not accepted by ") + by;
    this.proposal = null;
  }

  public String proposal() {
    return proposal;
  }

  public int number() {
    return number;
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

  public Instant savedAt() {
    return savedAt;
  }

  public String savedBy() {
    return savedBy;
  }

  public String note() {
    return note;
  }
}
