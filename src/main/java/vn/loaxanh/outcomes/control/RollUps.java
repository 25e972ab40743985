package vn.loaxanh.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures summed in the database: the actuals typed by agencies (and corrections of automatic
 * counts) together with what the platform counts itself, published articles linked to an activity
 * and contest entries and schools of its contests, unless a correction stands for them. Every
 * roll-up is one SQL query over a scope of activities (a plan, a task, one activity, a province's
 * year), grouped by one dimension; the scope is applied inside each part of the query so the
 * database reads only the activities asked for.
 */
@ApplicationScoped
public class RollUps {
  /** What figures are grouped by: the SQL key and label of each group and any join it needs. */
  public enum Dimension {
    NONE("''", "''", ""),
    AGENCY("g.id", "g.name", " join agency g on g.id = a.lead_agency_id"),
    DISTRICT(
        "coalesce(u.id, 0)",
        "coalesce(u.name, '—')",
        " left join administrative_unit u on u.id = a.unit_id"),
    TYPE("a.activity_type", "a.activity_type", ""),
    CHANNEL(
        "coalesce(c.channel, '—')",
        "coalesce(c.channel, '—')",
        " left join activity_channel c on c.activity_id = a.id"),
    MONTH(
        "extract(year from timestampadd(hour, 7, a.starts_at)) * 100"
            + " + extract(month from timestampadd(hour, 7, a.starts_at))",
        "extract(year from timestampadd(hour, 7, a.starts_at)) * 100"
            + " + extract(month from timestampadd(hour, 7, a.starts_at))",
        ""),
    TASK("coalesce(t.id, 0)", "coalesce(t.clause, '—')", " left join task t on t.id = a.task_id"),
    ACTIVITY("a.id", "a.title", "");

    final String key;
    final String label;
    final String join;

    Dimension(String key, String label, String join) {
      this.key = key;
      this.label = label;
      this.join = join;
    }
  }

  /** Which activities count: an SQL condition on the activity {@code a} and its parameters. */
  public record Scope(String condition, List<Object> parameters) {
    public static Scope plan(long planId) {
      return new Scope("a.plan_id = ?", List.of(planId));
    }

    public static Scope task(long taskId) {
      return new Scope("a.task_id = ?", List.of(taskId));
    }

    public static Scope activity(long activityId) {
      return new Scope("a.id = ?", List.of(activityId));
    }

    /** Every plan a province issued for a year. */
    public static Scope provinceYear(long provinceId, int year) {
      return new Scope(
          "a.plan_id in (select p.id from plan p where p.unit_id = ? and p.plan_year = ?)",
          List.of(provinceId, year));
    }

    /** The activities an agency leads in a plan. */
    public static Scope agencyInPlan(long planId, long agencyId) {
      return new Scope("a.plan_id = ? and a.lead_agency_id = ?", List.of(planId, agencyId));
    }
  }

  /** One group's total of one measure. */
  public record Row(String key, String label, String metric, BigDecimal total) {}

  @PersistenceContext EntityManager em;

  public List<Row> rollUp(Scope scope, Dimension dimension) {
    return run(scope, dimension, null, null);
  }

  /** The activities behind one number of a roll-up: its group's key and its measure. */
  public List<Row> drillDown(Scope scope, Dimension dimension, String key, String metric) {
    return run(scope, dimension, key, metric);
  }

  private List<Row> run(Scope scope, Dimension dimension, String key, String metric) {
    Dimension grouped = key == null ? dimension : Dimension.ACTIVITY;
    StringBuilder sql =
        new StringBuilder("select ")
            .append(grouped.key)
            .append(", ")
            .append(grouped.label)
            .append(", m.code, sum(x.quantity) from (")
            .append(figures(scope.condition()))
            .append(
                ") x join activity a on a.id = x.activity_id join metric m on m.id = x.metric_id")
            .append(dimension.join);
    if (grouped != dimension) {
      sql.append(grouped.join);
    }
    List<Object> parameters = new ArrayList<>();
    for (int part = 0; part < 4; part++) {
      parameters.addAll(scope.parameters());
    }
    List<String> where = new ArrayList<>();
    if (key != null) {
      where.add("cast(" + dimension.key + " as char(300)) = ?");
      parameters.add(key);
    }
    if (metric != null) {
      where.add("m.code = ?");
      parameters.add(metric);
    }
    if (!where.isEmpty()) {
      sql.append(" where ").append(String.join(" and ", where));
    }
    sql.append(" group by ")
        .append(grouped.key)
        .append(", ")
        .append(grouped.label)
        .append(", m.code, m.ordinal order by ")
        .append(grouped.key)
        .append(", m.ordinal");
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new Row(
                    String.valueOf(r[0]),
                    String.valueOf(r[1]),
                    (String) r[2],
                    plain(new BigDecimal(r[3].toString()))))
        .toList();
  }

  /** 1200.00 reads 1200, not 1.2E+3 as stripping the zeros alone would make it. */
  static BigDecimal plain(BigDecimal total) {
    BigDecimal stripped = total.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** What the platform counts itself in the scope, before any correction, by measure code. */
  public Map<String, BigDecimal> counted(Scope scope) {
    Query query =
        em.createNativeQuery(
            "select m.code, sum(x.quantity) from ("
                + counts(scope.condition(), "")
                + ") x join metric m on m.id = x.metric_id group by m.code");
    int position = 1;
    for (int part = 0; part < 3; part++) {
      for (Object parameter : scope.parameters()) {
        query.setParameter(position++, parameter);
      }
    }
    Map<String, BigDecimal> counted = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    rows.forEach(r -> counted.put((String) r[0], plain(new BigDecimal(r[1].toString()))));
    return counted;
  }

  /**
   * Activity, measure and quantity of every figure in scope: typed ones, then the platform's counts
   * where no correction replaces them.
   */
  private static String figures(String scope) {
    String uncorrected =
        " and not exists (select 1 from outcome_actual k where k.activity_id = a.id"
            + " and k.metric_id = m.id and k.source = 'CORRECTION')";
    return "select o.activity_id, o.metric_id, o.quantity from outcome_actual o"
        + " join activity a on a.id = o.activity_id where "
        + scope
        + " union all "
        + counts(scope, uncorrected);
  }

  /**
   * The platform's own counts in scope, activity by activity: published articles linked to it,
   * entries in the running of its contests, and the schools behind them.
   */
  private static String counts(String scope, String filter) {
    return "select a.id as activity_id, m.id as metric_id, count(*) as quantity"
        + " from article_activity l"
        + " join article r on r.id = l.article_id join activity a on a.id = l.activity_id"
        + " join metric m on m.source = 'PUBLISHED_ARTICLES'"
        + " where r.status = 'PUBLISHED' and "
        + scope
        + filter
        + " group by a.id, m.id"
        + " union all select a.id, m.id, count(*) from contest_entry e"
        + " join contest n on n.id = e.contest_id join activity a on a.id = n.activity_id"
        + " join metric m on m.source = 'CONTEST_ENTRIES'"
        + " where e.status in ('SUBMITTED', 'ELIGIBLE') and "
        + scope
        + filter
        + " group by a.id, m.id"
        + " union all select a.id, m.id, count(distinct e.school_id) from contest_entry e"
        + " join contest n on n.id = e.contest_id join activity a on a.id = n.activity_id"
        + " join metric m on m.source = 'CONTEST_SCHOOLS'"
        + " where e.status in ('SUBMITTED', 'ELIGIBLE') and "
        + scope
        + filter
        + " group by a.id, m.id";
  }
}
