package vn.loaxanh.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.content.control.Folding;
import vn.loaxanh.content.control.MarkdownRendering;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.School;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.persistence.Versions;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.StaffAccounts;

/** Calls for entries as staff write them. */
@ApplicationScoped
@Transactional
public class Contests {
  @PersistenceContext EntityManager em;
  @Inject MarkdownRendering markdown;
  @Inject StaffAccounts accounts;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  /** A whole call for entries, as sent to create or rewrite one. */
  public record Call(
      Long activityId,
      String slug,
      Contest.Terms terms,
      List<Contest.CategoryTerms> categories,
      List<Contest.CriterionTerms> criteria,
      Set<String> judges) {}

  public Contest get(long id) {
    Contest contest = em.find(Contest.class, id);
    if (contest == null) {
      throw new NotFound("contest", id);
    }
    return contest;
  }

  public Optional<Contest> bySlug(String slug) {
    return em.createNamedQuery(Contest.BY_SLUG, Contest.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<Contest> all() {
    return em.createNamedQuery(Contest.ALL, Contest.class).getResultList();
  }

  public List<Contest> openNow() {
    return em.createNamedQuery(Contest.OPEN_AT, Contest.class)
        .setParameter("now", Instant.now(clock))
        .getResultList();
  }

  /** The CONTEST activities a call for entries can belong to, newest first. */
  public List<Activity> contestActivities() {
    return em.createQuery(
            "select a from Activity a join fetch a.plan where a.type = :type"
                + " order by a.startsAt desc, a.id desc",
            Activity.class)
        .setParameter("type", ActivityType.CONTEST)
        .setMaxResults(500)
        .getResultList();
  }

  /** How many entries each contest has, in the running or not, by contest id. */
  public Map<Long, Long> entryTotals() {
    Map<Long, Long> totals = new HashMap<>();
    em.createQuery(
            "select e.contest.id, count(e) from Entry e group by e.contest.id", Object[].class)
        .getResultList()
        .forEach(row -> totals.put((Long) row[0], (Long) row[1]));
    return totals;
  }

  /** The districts of the province whose plan holds the contest, for the registration form. */
  public List<AdministrativeUnit> districtsOf(Contest contest) {
    return em.createQuery(
            "select u from AdministrativeUnit u where u.parent = :province order by u.name",
            AdministrativeUnit.class)
        .setParameter("province", contest.activity().plan().unit())
        .getResultList();
  }

  /** The confirmed schools of the contest's province at the levels it admits. */
  public List<School> schoolsFor(Contest contest) {
    return em.createQuery(
            "select s from School s join fetch s.district d where d.parent = :province"
                + " and s.confirmed = true and s.level in :levels order by d.name, s.foldedName",
            School.class)
        .setParameter("province", contest.activity().plan().unit())
        .setParameter("levels", contest.levels())
        .getResultList();
  }

  public Contest create(Call call) {
    staff.requireEditor();
    Activity activity =
        call.activityId() == null ? null : em.find(Activity.class, call.activityId());
    if (activity == null) {
      throw new InvalidInput("activityId", "không có hoạt động này / no such activity");
    }
    String slug =
        call.slug() == null || call.slug().isBlank()
            ? Folding.slug(String.valueOf(call.terms().title()), 200)
            : call.slug().strip();
    if (bySlug(slug).isPresent()) {
      throw new Conflict("Địa chỉ đã có cuộc thi khác", "Another contest has this slug: " + slug);
    }
    Contest contest;
    try {
      contest = new Contest(activity, slug, Instant.now(clock), staff.name());
      describe(contest, call);
      contest.offer(call.categories());
      contest.score(call.criteria());
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    em.persist(contest);
    em.flush();
    return contest;
  }

  /**
   * Rewrites the terms and judges. Categories and the rubric change only while the contest has no
   * entries: entries and scores belong to them.
   */
  public Contest update(long id, Long version, Call call) {
    staff.requireEditor();
    Contest contest = get(id);
    Versions.requireCurrent(version, contest.version());
    long entries =
        em.createQuery("select count(e) from Entry e where e.contest = :contest", Long.class)
            .setParameter("contest", contest)
            .getSingleResult();
    try {
      describe(contest, call);
      if (entries == 0) {
        contest.offer(call.categories());
        contest.score(call.criteria());
      }
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    em.flush();
    return contest;
  }

  private void describe(Contest contest, Call call) {
    Contest.Terms terms = call.terms();
    contest.describe(
        new Contest.Terms(
            terms.title(),
            terms.rulesMarkdown(),
            markdown.toSafeHtml(terms.rulesMarkdown() == null ? "" : terms.rulesMarkdown()),
            terms.opensAt(),
            terms.closesAt(),
            terms.entriesPerSchool(),
            terms.levels()));
    Set<String> judges = call.judges() == null ? Set.of() : call.judges();
    for (String judge : judges) {
      if (accounts.find(judge).isEmpty()) {
        throw new IllegalArgumentException("judges: không có tài khoản / no account " + judge);
      }
    }
    contest.assignJudges(judges);
  }
}
