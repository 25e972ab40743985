package vn.loaxanh.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.Label;
import vn.loaxanh.platform.persistence.UtcInstants;

/**
 * The accent-free word index behind search (table {@code article_word}). Words are looked up by the
 * primary key, so a search costs index reads however many articles there are, never a scan of their
 * text.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SearchIndex {
  /** Enough for any real query; more words only slow the lookup down. */
  public static final int MOST_WORDS = 8;

  private static final int ROWS_PER_INSERT = 200;

  @PersistenceContext EntityManager em;

  /** Writes the words of a new article. */
  public void index(Article article) {
    insertWords(article);
  }

  /** Replaces the article's words with those of its current text. */
  public void reindex(Article article) {
    em.createNativeQuery("delete from article_word where article_id = ?")
        .setParameter(1, article.id())
        .executeUpdate();
    insertWords(article);
  }

  private void insertWords(Article article) {
    Set<String> words = new LinkedHashSet<>();
    words.addAll(Folding.words(article.title()));
    words.addAll(Folding.words(article.summary()));
    words.addAll(Folding.words(article.markdown()));
    article.tags().stream().map(Label::text).map(Folding::words).forEach(words::addAll);
    article.themes().stream().map(Label::text).map(Folding::words).forEach(words::addAll);
    List<String> all = new ArrayList<>(words);
    for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
      StringBuilder sql = new StringBuilder("insert into article_word (word, article_id) values ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
      }
      Query insert = em.createNativeQuery(sql.toString());
      for (int i = 0; i < chunk.size(); i++) {
        insert.setParameter(2 * i + 1, chunk.get(i));
        insert.setParameter(2 * i + 2, article.id());
      }
      insert.executeUpdate();
    }
  }

  /**
   * Ids of the articles readers see now that hold every word of the query, the last word also as
   * the start of a longer one (so "truo" finds "trường" while typing), newest first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public List<Long> visibleMatching(List<String> words, Instant now, int most) {
    if (words.isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder(
            "select a.id from article a where a.status = 'PUBLISHED' and a.publish_at <= ?"
                + " and (a.unpublish_at is null or a.unpublish_at > ?)");
    for (int i = 0; i < words.size(); i++) {
      boolean last = i == words.size() - 1;
      sql.append(" and a.id in (select w.article_id from article_word w where w.word ")
          .append(last ? "like ? escape '!')" : "= ?)");
    }
    sql.append(" order by a.publish_at desc, a.id desc");
    Query query = em.createNativeQuery(sql.toString());
    int position = 1;
    query.setParameter(position++, UtcInstants.utc(now));
    query.setParameter(position++, UtcInstants.utc(now));
    for (int i = 0; i < words.size(); i++) {
      boolean last = i == words.size() - 1;
      query.setParameter(position++, last ? likePrefix(words.get(i)) : words.get(i));
    }
    query.setMaxResults(most);
    return ((List<Object>) query.getResultList())
        .stream().map(id -> ((Number) id).longValue()).toList();
  }

  private static String likePrefix(String word) {
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
