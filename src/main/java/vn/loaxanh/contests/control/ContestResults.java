package vn.loaxanh.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import vn.loaxanh.content.control.Articles;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.ArticleKind;
import vn.loaxanh.content.entity.ArticleStatus;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.ContestCategory;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.security.CurrentStaff;

/**
 * Publishes a contest's results as an article of the portal (kind RESULTS), linked to the contest's
 * plan and activity, so they appear in the news, the feeds and search like any other article. The
 * ranking is written into the article when it is published; later scores do not change it.
 */
@ApplicationScoped
@Transactional
public class ContestResults {
  @PersistenceContext EntityManager em;
  @Inject Judging judging;
  @Inject Articles articles;
  @Inject CurrentStaff staff;

  /** Publishes the results of the contest, read afresh in this transaction. */
  public Article publish(long contestId) {
    staff.requireEditor();
    Contest contest = em.find(Contest.class, contestId);
    if (contest == null) {
      throw new NotFound("contest", contestId);
    }
    if (contest.resultsArticleId() != null) {
      throw new Conflict("Kết quả đã được công bố", "The results were already published");
    }
    List<Judging.Placed> ranking = judging.ranking(contest);
    if (ranking.isEmpty()) {
      throw new Conflict("Chưa có bài nào được chấm", "No entry has been scored yet");
    }
    Article article =
        articles.create(
            new Articles.Draft(
                slug(contest),
                ArticleKind.RESULTS,
                "Kết quả " + contest.title(),
                "Ban tổ chức công bố kết quả " + contest.title() + ".",
                markdown(contest, ranking),
                null,
                null,
                List.of("Cuộc thi"),
                List.of(),
                Set.of(contest.activity().plan().id()),
                Set.of(contest.activity().id())));
    for (ArticleStatus step :
        List.of(ArticleStatus.IN_REVIEW, ArticleStatus.APPROVED, ArticleStatus.PUBLISHED)) {
      article = articles.moveTo(article.id(), article.version(), step, null, null);
    }
    contest.announceResults(article.id());
    em.flush();
    return article;
  }

  /**
   * The results' address follows the contest's own, which is unique; a hand-written article that
   * took it already leaves the contest's number added.
   */
  private String slug(Contest contest) {
    String slug = shortened("ket-qua-" + contest.slug());
    long taken =
        em.createQuery("select count(a) from Article a where a.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult();
    return taken == 0 ? slug : shortened("ket-qua-" + contest.id() + "-" + contest.slug());
  }

  private static String shortened(String slug) {
    return slug.length() <= Article.LONGEST_SLUG
        ? slug
        : slug.substring(0, Article.LONGEST_SLUG).replaceAll("-+$", "");
  }

  /** One table per category: place, entry, school, district and points out of 100. */
  private String markdown(Contest contest, List<Judging.Placed> ranking) {
    StringBuilder text = new StringBuilder();
    for (ContestCategory category : contest.categories()) {
      List<Judging.Placed> placed =
          ranking.stream().filter(p -> p.category().equals(category.code())).toList();
      if (placed.isEmpty()) {
        continue;
      }
      text.append("## ").append(cell(category.name())).append("\n\n");
      text.append("| Hạng | Bài dự thi | Trường | Quận/huyện | Điểm (/100) |\n");
      text.append("|---|---|---|---|---|\n");
      for (Judging.Placed p : placed) {
        Entry entry = em.find(Entry.class, p.entryId());
        text.append("| ")
            .append(p.place())
            .append(p.tied() ? " (đồng hạng)" : "")
            .append(" | ")
            .append(cell(entry.title()))
            .append(" | ")
            .append(cell(entry.school().name()))
            .append(" | ")
            .append(cell(entry.school().district().name()))
            .append(" | ")
            .append(p.total().toPlainString())
            .append(" |\n");
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Text the public typed, made safe inside a Markdown table cell. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replaceAll("[\\r\\n]+", " ")
        .replaceAll("([*_`\\[\\]<>#])", "\\\\$1");
  }
}
