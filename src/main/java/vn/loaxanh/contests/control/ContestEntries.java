package vn.loaxanh.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.contests.entity.EntryStatus;
import vn.loaxanh.mail.control.Outbox;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.errors.Problems;
import vn.loaxanh.platform.persistence.Versions;

/** The entries of a contest as staff see them: with the school, filtered, checked. */
@ApplicationScoped
@Transactional
public class ContestEntries {
  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject EntryMails mails;
  @Inject Clock clock;

  /** Any of them may be null, for all. */
  public record Filter(String category, EntryStatus status, Long schoolId, Long districtId) {}

  public List<Entry> list(Contest contest, Filter filter) {
    return em.createQuery(
            "select e from Entry e join fetch e.school s join fetch e.category c"
                + " where e.contest = :contest"
                + " and (:category is null or c.code = :category)"
                + " and (:status is null or e.status = :status)"
                + " and (:school is null or s.id = :school)"
                + " and (:district is null or s.district.id = :district)"
                + " order by e.submittedAt, e.id",
            Entry.class)
        .setParameter("contest", contest)
        .setParameter("category", filter.category())
        .setParameter("status", filter.status())
        .setParameter("school", filter.schoolId())
        .setParameter("district", filter.districtId())
        .getResultList();
  }

  public Entry get(long id) {
    Entry entry = em.find(Entry.class, id);
    if (entry == null) {
      throw new NotFound("entry", id);
    }
    return entry;
  }

  /** Marks an entry eligible or not; the school is told by mail either way. */
  public Entry judgeEligibility(long id, Long version, boolean eligible, String reason) {
    Entry entry = get(id);
    Versions.requireCurrent(version, entry.version());
    try {
      entry.judgeEligibility(eligible, reason, Instant.now(clock));
    } catch (IllegalStateException withdrawn) {
      throw new ClientErrorException(Problems.of(Response.Status.CONFLICT, withdrawn.getMessage()));
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    em.flush();
    outbox.enqueue(mails.eligibility(entry));
    return entry;
  }
}
