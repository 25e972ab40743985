package vn.loaxanh.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.ArticleKind;
import vn.loaxanh.content.entity.Category;

/** What readers see now: published articles inside their publication window, newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedArticles {
  /** Search ranks at most this many matches; beyond them only the newest count. */
  private static final int RANKED = 500;

  @PersistenceContext EntityManager em;
  @Inject SearchIndex index;
  @Inject Clock clock;

  /** A page of a listing, and whether there is a next one. */
  public record Listing(List<Article> articles, int page, boolean more) {}

  public Optional<Article> bySlug(String slug) {
    return em.createNamedQuery(Article.BY_SLUG, Article.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .filter(a -> a.isPublicAt(Instant.now(clock)));
  }

  public Listing latest(ArticleKind kind, int page, int size) {
    // No "(:kind is null or ...)": MariaDB cannot use an index through it, and a kind with no
    // articles then reads every public article (280 ms at 100,000) to find none.
    return listing(
        "select a from Article a where "
            + Article.VISIBLE
            + (kind == null ? "" : " and a.kind = :kind"),
        Map.of(),
        kind,
        page,
        size);
  }

  public Listing inCategory(Category category, int page, int size) {
    return listing(
        "select a from Article a where " + Article.VISIBLE + " and a.category = :category",
        Map.of("category", category),
        null,
        page,
        size);
  }

  public Listing tagged(String slug, int page, int size) {
    return listing(
        "select a from Article a join a.tags t where " + Article.VISIBLE + " and t.slug = :slug",
        Map.of("slug", slug),
        null,
        page,
        size);
  }

  public Listing onTheme(String slug, int page, int size) {
    return listing(
        "select a from Article a join a.themes t where " + Article.VISIBLE + " and t.slug = :slug",
        Map.of("slug", slug),
        null,
        page,
        size);
  }

  public Listing aboutPlan(long planId, int page, int size) {
    return listing(
        "select a from Article a join a.plans p where " + Article.VISIBLE + " and p.id = :plan",
        Map.of("plan", planId),
        null,
        page,
        size);
  }

  public Optional<Category> category(String slug) {
    return em.createNamedQuery(Category.BY_SLUG, Category.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<Category> categories() {
    return em.createNamedQuery(Category.ALL, Category.class).getResultList();
  }

  /** Every public article's slug and last change, for the sitemap. */
  public List<Object[]> addresses(int most) {
    return em.createQuery(
            "select a.slug, a.updatedAt from Article a where "
                + Article.VISIBLE
                + " order by a.publishAt desc",
            Object[].class)
        .setParameter("now", Instant.now(clock))
        .setMaxResults(most)
        .getResultList();
  }

  /**
   * Articles holding every word of the query whatever the accents, those spelled as typed first
   * (title before summary), then the newest.
   */
  public Listing search(String query, int page, int size) {
    List<String> words = Folding.words(query).stream().limit(SearchIndex.MOST_WORDS).toList();
    List<Long> ids = index.visibleMatching(words, Instant.now(clock), RANKED);
    if (ids.isEmpty()) {
      return new Listing(List.of(), page, false);
    }
    List<String> exact = Folding.exactWords(query);
    // Rank on titles and summaries alone; only the page shown is loaded whole.
    Map<Long, Ranked> candidates = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 100) {
      em.createQuery(
              "select new vn.loaxanh.content.control.PublishedArticles.Ranked("
                  + "a.id, a.title, a.summary, a.publishAt) from Article a where a.id in :ids",
              Ranked.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 100)))
          .getResultList()
          .forEach(r -> candidates.put(r.id(), r));
    }
    List<Long> ranked =
        ids.stream()
            .map(candidates::get)
            .filter(java.util.Objects::nonNull)
            .sorted(
                Comparator.comparingInt((Ranked r) -> -exactness(r.title(), r.summary(), exact))
                    .thenComparing(Ranked::publishAt, Comparator.reverseOrder()))
            .map(Ranked::id)
            .toList();
    int from = Math.min(ranked.size(), page * size);
    int to = Math.min(ranked.size(), from + size);
    List<Long> shown = ranked.subList(from, to);
    Map<Long, Article> loaded = new HashMap<>();
    if (!shown.isEmpty()) {
      em.createQuery("select a from Article a where a.id in :ids", Article.class)
          .setParameter("ids", shown)
          .getResultList()
          .forEach(a -> loaded.put(a.id(), a));
    }
    return new Listing(
        shown.stream().map(loaded::get).filter(java.util.Objects::nonNull).toList(),
        page,
        to < ranked.size());
  }

  /** What ranking needs of a matching article. */
  public record Ranked(Long id, String title, String summary, Instant publishAt) {}

  /** How many of the query's words, spelled exactly, the title (twice) and summary hold. */
  static int exactness(String title, String summary, List<String> exactWords) {
    List<String> inTitle = Folding.exactWords(title);
    List<String> inSummary = summary == null ? List.of() : Folding.exactWords(summary);
    int score = 0;
    for (String word : exactWords) {
      score += (inTitle.contains(word) ? 2 : 0) + (inSummary.contains(word) ? 1 : 0);
    }
    return score;
  }

  private Listing listing(
      String jpql, Map<String, Object> parameters, ArticleKind kind, int page, int size) {
    String ordered = jpql + " order by a.publishAt desc, a.id desc";
    TypedQuery<Article> query =
        em.createQuery(ordered, Article.class).setParameter("now", Instant.now(clock));
    if (jpql.contains(":kind")) {
      query.setParameter("kind", kind);
    }
    parameters.forEach(query::setParameter);
    List<Article> found = query.setFirstResult(page * size).setMaxResults(size + 1).getResultList();
    boolean more = found.size() > size;
    return new Listing(more ? found.subList(0, size) : found, page, more);
  }
}
