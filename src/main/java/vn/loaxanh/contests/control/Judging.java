package vn.loaxanh.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.Criterion;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.contests.entity.Score;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;

/**
 * Blind judging. Judges know an entry by its code only; the ranking weighs each criterion's average
 * over the judges by its weight, on a scale of 100, and entries with equal totals (to the
 * hundredth) share a place.
 */
@ApplicationScoped
@Transactional
public class Judging {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** An entry's place in its category. */
  public record Placed(
      long entryId,
      String blindCode,
      String category,
      int place,
      boolean tied,
      BigDecimal total,
      long scores) {}

  public void requireJudge(Contest contest, String judge) {
    if (!contest.isJudgedBy(judge)) {
      throw new ForbiddenException(
          "Không phải giám khảo cuộc thi này / Not a judge of this contest");
    }
  }

  /** The contests a judge is assigned to, the only ones they see. */
  public List<Contest> judgedBy(String judge) {
    return em.createNamedQuery(Contest.ALL, Contest.class)
        .getResultStream()
        .filter(contest -> contest.isJudgedBy(judge))
        .toList();
  }

  /** Seats the judge on exactly the contests named, and takes them off every other one. */
  public void assignJudge(String judge, java.util.Set<Long> contestIds) {
    for (Contest contest : em.createNamedQuery(Contest.ALL, Contest.class).getResultList()) {
      contest.seatJudge(judge, contestIds.contains(contest.id()));
    }
  }

  /** What a judge may see: entries in the running, in the order of their codes. */
  public List<Entry> toJudge(Contest contest) {
    return em.createQuery(
            "select e from Entry e join fetch e.category where e.contest = :contest"
                + " and e.status in :running order by e.blindCode",
            Entry.class)
        .setParameter("contest", contest)
        .setParameter("running", Entry.IN_THE_RUNNING)
        .getResultList();
  }

  public Entry byCode(Contest contest, String code) {
    return em.createNamedQuery(Entry.BY_BLIND_CODE, Entry.class)
        .setParameter("contest", contest)
        .setParameter("code", code)
        .getResultStream()
        .filter(e -> e.status().isInTheRunning())
        .findFirst()
        .orElseThrow(() -> new NotFound("entry", code));
  }

  /** The scores one judge gives one entry; every score is checked before any is stored. */
  public Map<Long, BigDecimal> score(
      Contest contest, String code, String judge, Map<Long, BigDecimal> scores) {
    requireJudge(contest, judge);
    Entry entry = byCode(contest, code);
    if (scores == null || scores.isEmpty()) {
      throw new InvalidInput("scores", "bắt buộc / required");
    }
    Map<Criterion, BigDecimal> checked = new HashMap<>();
    for (Map.Entry<Long, BigDecimal> given : scores.entrySet()) {
      Criterion criterion =
          contest
              .criterion(given.getKey())
              .orElseThrow(
                  () ->
                      new InvalidInput(
                          "scores." + given.getKey(), "không có tiêu chí này / no such criterion"));
      try {
        checked.put(criterion, criterion.check(given.getValue()));
      } catch (IllegalArgumentException outOfRange) {
        throw InvalidInput.from(outOfRange);
      }
    }
    Instant now = Instant.now(clock);
    checked.forEach(
        (criterion, value) -> {
          Score stored = em.find(Score.class, new Score.Key(entry.id(), criterion.id(), judge));
          if (stored == null) {
            em.persist(new Score(entry.id(), criterion.id(), judge, value, now));
          } else {
            stored.rescore(value, now);
          }
        });
    em.flush();
    return mine(entry, judge);
  }

  /** The scores a judge has given an entry so far, by criterion id. */
  public Map<Long, BigDecimal> mine(Entry entry, String judge) {
    Map<Long, BigDecimal> given = new HashMap<>();
    em.createQuery(
            "select s from Score s where s.entryId = :entry and s.judge = :judge", Score.class)
        .setParameter("entry", entry.id())
        .setParameter("judge", judge)
        .getResultList()
        .forEach(s -> given.put(s.criterionId(), s.score()));
    return given;
  }

  /** Places per category, computed in the database and ranked with ties shared. */
  public List<Placed> ranking(Contest contest) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select e.id, e.blind_code, c.code,"
                    + " sum(k.weight * s.average / k.max_score) as total, sum(s.judged)"
                    + " from contest_entry e"
                    + " join contest_category c on c.id = e.category_id"
                    + " join (select entry_id, criterion_id, avg(score) as average,"
                    + "   count(*) as judged from entry_score group by entry_id, criterion_id) s"
                    + "   on s.entry_id = e.id"
                    + " join contest_criterion k on k.id = s.criterion_id"
                    + " where e.contest_id = ? and e.status in ('SUBMITTED', 'ELIGIBLE')"
                    + " group by e.id, e.blind_code, c.code, c.ordinal"
                    + " order by c.ordinal, total desc, e.blind_code")
            .setParameter(1, contest.id())
            .getResultList();
    List<Placed> placed = new ArrayList<>();
    String category = null;
    BigDecimal previous = null;
    int place = 0;
    int seen = 0;
    for (int i = 0; i < rows.size(); i++) {
      Object[] row = rows.get(i);
      String code = (String) row[2];
      BigDecimal total = hundredths(row[3]);
      if (!code.equals(category)) {
        category = code;
        previous = null;
        seen = 0;
      }
      seen++;
      if (previous == null || total.compareTo(previous) != 0) {
        place = seen;
      }
      boolean tiedWithNext =
          i + 1 < rows.size()
              && code.equals(rows.get(i + 1)[2])
              && hundredths(rows.get(i + 1)[3]).compareTo(total) == 0;
      boolean tiedWithPrevious = previous != null && total.compareTo(previous) == 0;
      placed.add(
          new Placed(
              ((Number) row[0]).longValue(),
              (String) row[1],
              code,
              place,
              tiedWithNext || tiedWithPrevious,
              total,
              ((Number) row[4]).longValue()));
      previous = total;
    }
    return placed;
  }

  private static BigDecimal hundredths(Object sum) {
    return new BigDecimal(sum.toString()).setScale(2, RoundingMode.HALF_UP);
  }
}
