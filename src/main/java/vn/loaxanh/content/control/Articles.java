package vn.loaxanh.content.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.ArticleKind;
import vn.loaxanh.content.entity.ArticleRevision;
import vn.loaxanh.content.entity.ArticleStatus;
import vn.loaxanh.content.entity.Category;
import vn.loaxanh.content.entity.Label;
import vn.loaxanh.content.entity.Media;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.persistence.Versions;
import vn.loaxanh.platform.security.CurrentStaff;

/**
 * The articles staff write: every save keeps a revision and refreshes the search words; workflow
 * steps past review are for editors; any change readers could see retires the cached pages.
 */
@ApplicationScoped
@Transactional
public class Articles {
  /** Proposals are kept as the edit that made them, in JSON, to apply when accepted. */
  private static final Jsonb PROPOSALS = JsonbBuilder.create();

  private static final int MOST_TAGS = 20;

  @PersistenceContext EntityManager em;
  @Inject MarkdownRendering markdown;
  @Inject SearchIndex index;
  @Inject ContentGeneration generation;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  /** What staff send to write or rewrite an article. */
  public record Draft(
      String slug,
      ArticleKind kind,
      String title,
      String summary,
      String markdown,
      Long coverId,
      Long categoryId,
      List<String> tags,
      List<String> themes,
      Set<Long> planIds,
      Set<Long> activityIds) {}

  public Article get(long id) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      throw new NotFound("article", id);
    }
    return article;
  }

  public Page<Article> list(ArticleStatus status, ArticleKind kind, PageRequest paging) {
    String where =
        " where (:status is null or a.status = :status) and (:kind is null or a.kind = :kind)";
    TypedQuery<Article> items =
        em.createQuery(
                "select a from Article a" + where + " order by a.updatedAt desc, a.id desc",
                Article.class)
            .setParameter("status", status)
            .setParameter("kind", kind);
    long total =
        em.createQuery("select count(a) from Article a" + where, Long.class)
            .setParameter("status", status)
            .setParameter("kind", kind)
            .getSingleResult();
    List<Article> page =
        items.setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
    return new Page<>(page, paging.page, paging.size, total);
  }

  public Article create(Draft draft) {
    String slug =
        draft.slug() == null || draft.slug().isBlank()
            ? Folding.slug(String.valueOf(draft.title()), Article.LONGEST_SLUG)
            : draft.slug().strip();
    requireFreeSlug(slug, null);
    Instant now = Instant.now(clock);
    Article article;
    try {
      article = new Article(slug, content(draft), now, staff.name());
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    em.persist(article);
    em.flush();
    em.persist(new ArticleRevision(article, 1, "created"));
    index.index(article);
    return article;
  }

  public Article update(long id, Long version, Draft draft) {
    Article article = get(id);
    Versions.requireCurrent(version, article.version());
    if (draft.slug() != null && !draft.slug().isBlank() && !draft.slug().equals(article.slug())) {
      throw new InvalidInput("slug", "không đổi được địa chỉ bài / the address cannot change");
    }
    if (article.status() == ArticleStatus.PUBLISHED) {
      return propose(article, draft);
    }
    return rewrite(article, content(draft), "edited");
  }

  /**
   * A change to a published article is kept as a proposed revision while readers keep the published
   * text; a later change before review replaces the proposal.
   */
  private Article propose(Article article, Draft draft) {
    Article.Content content = content(draft);
    try {
      Article.requireValid(content);
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    Instant now = Instant.now(clock);
    String proposal = PROPOSALS.toJson(draft);
    if (article.pendingRevision() != null) {
      revision(article, article.pendingRevision()).propose(content, proposal, now, staff.name());
      article.propose(article.pendingRevision(), now, staff.name());
    } else {
      Integer last =
          em.createNamedQuery(ArticleRevision.LAST_NUMBER, Integer.class)
              .setParameter("article", article)
              .getSingleResult();
      int number = last == null ? 1 : last + 1;
      em.persist(ArticleRevision.proposed(article, number, content, proposal, now, staff.name()));
      article.propose(number, now, staff.name());
    }
    em.flush();
    return article;
  }

  /** The whole edit awaiting review, for the editor's form to continue from. */
  public java.util.Optional<Draft> proposal(long id) {
    Article article = get(id);
    if (article.pendingRevision() == null) {
      return java.util.Optional.empty();
    }
    String json = revision(article, article.pendingRevision()).proposal();
    return json == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(PROPOSALS.fromJson(json, Draft.class));
  }

  /**
   * An editor accepts the proposed revision, which becomes the live text, or declines it, which
   * leaves the published text as it is; the revision stays in the history either way.
   */
  public Article settlePending(long id, Long version, boolean accept) {
    staff.requireEditor();
    Article article = get(id);
    Versions.requireCurrent(version, article.version());
    if (article.pendingRevision() == null) {
      throw new Conflict(
          "Bài không có bản sửa nào chờ duyệt", "The article has no revision awaiting review");
    }
    ArticleRevision proposed = revision(article, article.pendingRevision());
    Instant now = Instant.now(clock);
    if (accept) {
      Article.Content content = content(PROPOSALS.fromJson(proposed.proposal(), Draft.class));
      try {
        article.edit(content, now, staff.name());
      } catch (IllegalArgumentException brokenRule) {
        throw InvalidInput.from(brokenRule);
      }
      index.reindex(article);
      generation.changed();
    }
    proposed.settle(accept, staff.name());
    article.settlePending(now, staff.name());
    em.flush();
    return article;
  }

  /**
   * Brings back the words of an earlier revision as a new revision; nothing is lost. For a
   * published article the words are proposed for review, as any other change.
   */
  public Article restore(long id, int number, Long version) {
    Article article = get(id);
    Versions.requireCurrent(version, article.version());
    ArticleRevision old = revision(article, number);
    if (article.status() == ArticleStatus.PUBLISHED) {
      return propose(
          article,
          new Draft(
              null,
              article.kind(),
              old.title(),
              old.summary(),
              old.markdown(),
              article.cover() == null ? null : article.cover().id(),
              article.category() == null ? null : article.category().id(),
              article.tags().stream().map(Label::text).toList(),
              article.themes().stream().map(Label::text).toList(),
              article.plans().stream().map(Plan::id).collect(java.util.stream.Collectors.toSet()),
              article.activities().stream()
                  .map(Activity::id)
                  .collect(java.util.stream.Collectors.toSet())));
    }
    Article.Content now = currentContent(article);
    return rewrite(
        article,
        new Article.Content(
            now.kind(),
            old.title(),
            old.summary(),
            old.markdown(),
            markdown.toSafeHtml(old.markdown()),
            now.cover(),
            now.category(),
            now.tags(),
            now.themes(),
            now.plans(),
            now.activities()),
        "restored " + number);
  }

  public Article moveTo(
      long id, Long version, ArticleStatus next, Instant publishAt, Instant unpublishAt) {
    Article article = get(id);
    Versions.requireCurrent(version, article.version());
    if (next.needsEditor() && !staff.caller().isEditor()) {
      throw new ForbiddenException(
          "Chỉ biên tập viên mới duyệt và đăng bài / Only editors approve and publish");
    }
    boolean wasPublished = article.status() == ArticleStatus.PUBLISHED;
    try {
      article.moveTo(next, publishAt, unpublishAt, Instant.now(clock), staff.name());
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    if (article.pendingRevision() != null && next != ArticleStatus.PUBLISHED) {
      // A proposal for the published text has nothing to replace once the article leaves
      // publication; it stays in the history, declined, and later edits start from the text.
      revision(article, article.pendingRevision()).settle(false, staff.name());
      article.settlePending(Instant.now(clock), staff.name());
    }
    if (wasPublished || next == ArticleStatus.PUBLISHED) {
      generation.changed();
    }
    em.flush();
    return article;
  }

  public List<ArticleRevision> revisions(long id) {
    return em.createNamedQuery(ArticleRevision.OF_ARTICLE, ArticleRevision.class)
        .setParameter("article", get(id))
        .getResultList();
  }

  public ArticleRevision revision(long id, int number) {
    return revision(get(id), number);
  }

  /** The changes from one revision to another as a unified diff, title and summary included. */
  public List<String> diff(long id, int from, int to) {
    Article article = get(id);
    ArticleRevision older = revision(article, from);
    ArticleRevision newer = revision(article, to);
    List<String> before = lines(older);
    List<String> after = lines(newer);
    return UnifiedDiffUtils.generateUnifiedDiff(
        "revision " + from, "revision " + to, before, DiffUtils.diff(before, after), 3);
  }

  private static List<String> lines(ArticleRevision revision) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("# " + revision.title());
    lines.add(revision.summary() == null ? "" : revision.summary());
    lines.add("");
    lines.addAll(revision.markdown().lines().toList());
    return lines;
  }

  private ArticleRevision revision(Article article, int number) {
    return em.createNamedQuery(ArticleRevision.NUMBERED, ArticleRevision.class)
        .setParameter("article", article)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound("revision", number));
  }

  private Article rewrite(Article article, Article.Content content, String note) {
    try {
      article.edit(content, Instant.now(clock), staff.name());
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    Integer last =
        em.createNamedQuery(ArticleRevision.LAST_NUMBER, Integer.class)
            .setParameter("article", article)
            .getSingleResult();
    em.persist(new ArticleRevision(article, last == null ? 1 : last + 1, note));
    index.reindex(article);
    if (article.status() == ArticleStatus.PUBLISHED) {
      generation.changed();
    }
    em.flush();
    return article;
  }

  private void requireFreeSlug(String slug, Long except) {
    if (slug.isEmpty()) {
      throw new InvalidInput("slug", "cần chữ hoặc số / needs letters or digits");
    }
    if (slug.length() > Article.LONGEST_SLUG || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new InvalidInput(
          "slug", "chữ thường không dấu, số và gạch nối / lower-case letters, digits and hyphens");
    }
    em.createNamedQuery(Article.BY_SLUG, Article.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(other -> !other.id().equals(except))
        .findFirst()
        .ifPresent(
            taken -> {
              throw new Conflict(
                  "Địa chỉ bài " + slug + " đã dùng cho bài " + taken.id(),
                  "The address " + slug + " is taken by article " + taken.id());
            });
  }

  private Article.Content content(Draft draft) {
    if (draft.kind() == null) {
      throw new InvalidInput("kind", "bắt buộc / required");
    }
    String text = draft.markdown() == null ? "" : draft.markdown();
    return new Article.Content(
        draft.kind(),
        draft.title(),
        draft.summary(),
        text,
        markdown.toSafeHtml(text),
        reference(Media.class, "coverId", draft.coverId()),
        reference(Category.class, "categoryId", draft.categoryId()),
        set(draft.tags(), Label::tag, "tags"),
        set(draft.themes(), Label::theme, "themes"),
        references(Plan.class, "planIds", draft.planIds()),
        references(Activity.class, "activityIds", draft.activityIds()));
  }

  private Article.Content currentContent(Article a) {
    return new Article.Content(
        a.kind(),
        a.title(),
        a.summary(),
        a.markdown(),
        a.html(),
        a.cover(),
        a.category(),
        new LinkedHashSet<>(a.tags()),
        new LinkedHashSet<>(a.themes()),
        a.plans(),
        a.activities());
  }

  private static <T> Set<T> set(
      List<String> texts, java.util.function.Function<String, T> make, String field) {
    Set<T> made = new LinkedHashSet<>();
    if (texts == null) {
      return made;
    }
    if (texts.size() > MOST_TAGS) {
      throw new InvalidInput(field, "tối đa " + MOST_TAGS + " / at most " + MOST_TAGS);
    }
    for (String text : texts) {
      try {
        made.add(make.apply(String.valueOf(text)));
      } catch (IllegalArgumentException brokenRule) {
        throw InvalidInput.from(brokenRule);
      }
    }
    return made;
  }

  private <T> T reference(Class<T> type, String field, Long id) {
    if (id == null) {
      return null;
    }
    T found = em.find(type, id);
    if (found == null) {
      throw new InvalidInput(field, "không có " + id + " / no such record " + id);
    }
    return found;
  }

  private <T> Set<T> references(Class<T> type, String field, Set<Long> ids) {
    Set<T> found = new LinkedHashSet<>();
    if (ids != null) {
      for (Long id : ids) {
        found.add(reference(type, field, id));
      }
    }
    return found;
  }
}
