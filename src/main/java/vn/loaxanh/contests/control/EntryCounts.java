package vn.loaxanh.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Entries in the running and the schools behind them, grouped for outcome reporting; counted in the
 * database. Withdrawn and ineligible entries do not count.
 */
@ApplicationScoped
public class EntryCounts {
  /** What the counts can be grouped by, and the SQL that names each group. */
  public enum Grouping {
    SCHOOL("s.id", "s.name"),
    DISTRICT("d.id", "d.name"),
    LEVEL("s.school_level", "s.school_level"),
    CATEGORY("c.code", "c.name");

    final String key;
    final String label;

    Grouping(String key, String label) {
      this.key = key;
      this.label = label;
    }
  }

  public record Count(String key, String label, long entries, long schools) {}

  public record Totals(long entries, long schools) {}

  @PersistenceContext EntityManager em;

  public List<Count> byGroup(long contestId, Grouping grouping) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select "
                    + grouping.key
                    + ", "
                    + grouping.label
                    + ", count(*), count(distinct s.id)"
                    + FROM
                    + " group by "
                    + grouping.key
                    + ", "
                    + grouping.label
                    + " order by count(*) desc, "
                    + grouping.label)
            .setParameter(1, contestId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Count(
                    String.valueOf(r[0]),
                    String.valueOf(r[1]),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  public Totals totals(long contestId) {
    Object[] row =
        (Object[])
            em.createNativeQuery("select count(*), count(distinct s.id)" + FROM)
                .setParameter(1, contestId)
                .getSingleResult();
    return new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }

  private static final String FROM =
      " from contest_entry e join school s on s.id = e.school_id"
          + " join administrative_unit d on d.id = s.district_id"
          + " join contest_category c on c.id = e.category_id"
          + " where e.contest_id = ? and e.status in ('SUBMITTED', 'ELIGIBLE')";
}
