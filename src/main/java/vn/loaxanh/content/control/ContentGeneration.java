package vn.loaxanh.content.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.loaxanh.platform.persistence.UtcInstants;

/**
 * Which state of the published content the public pages show. A stamp changes when an editor
 * publishes, unpublishes or edits something public (a counter in the database, which every instance
 * reads at most a second late and the instance that made the change at once) and when a scheduled
 * publish or unpublish time passes. Rendered pages are kept under the stamp they were made for, so
 * a new stamp retires them all at once.
 */
@ApplicationScoped
public class ContentGeneration {
  static final Duration RECHECK = Duration.ofSeconds(1);

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject Clock clock;

  private volatile long counter = -1;
  private volatile long boundariesPassed;
  private volatile Instant checkedAt = Instant.MIN;
  private volatile Instant nextScheduledChange = Instant.MAX;
  private volatile String stamp = "";

  /**
   * The current stamp, such as "17.2": the counter and the scheduled times passed since start.
   * Asked on every public page view, so it reads the database at most once a second and is
   * otherwise a few volatile reads (no transaction interceptor).
   */
  public String current() {
    Instant now = Instant.now(clock);
    if (counter < 0 || now.isAfter(checkedAt.plus(RECHECK))) {
      refresh(now);
    } else if (!now.isBefore(nextScheduledChange)) {
      passBoundary(now);
    }
    return stamp;
  }

  /** Records a change to what the public sees; pages made before it are retired on commit. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed() {
    em.createNativeQuery(
            "update site_counter set counter = counter + 1 where name = 'content_generation'")
        .executeUpdate();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              checkedAt = Instant.MIN;
            }
          }
        });
  }

  private synchronized void passBoundary(Instant now) {
    if (!now.isBefore(nextScheduledChange)) {
      boundariesPassed++;
      nextScheduledChange = nextScheduledChange(now);
      stamp = counter + "." + boundariesPassed;
    }
  }

  private synchronized void refresh(Instant now) {
    if (counter >= 0 && !now.isAfter(checkedAt.plus(RECHECK))) {
      return; // another request refreshed it while this one waited
    }
    long stored =
        ((Number)
                em.createNativeQuery(
                        "select counter from site_counter where name = 'content_generation'")
                    .getSingleResult())
            .longValue();
    if (stored != counter || !now.isBefore(nextScheduledChange)) {
      if (counter >= 0 && stored == counter) {
        boundariesPassed++;
      }
      counter = stored;
      nextScheduledChange = nextScheduledChange(now);
      stamp = counter + "." + boundariesPassed;
    }
    checkedAt = now;
  }

  private Instant nextScheduledChange(Instant now) {
    Object next =
        em.createNativeQuery(
                "select min(t) from (select publish_at t from article where status = 'PUBLISHED'"
                    + " and publish_at > ? union all select unpublish_at t from article"
                    + " where status = 'PUBLISHED' and unpublish_at > ?) upcoming")
            .setParameter(1, UtcInstants.utc(now))
            .setParameter(2, UtcInstants.utc(now))
            .getSingleResult();
    Instant at = UtcInstants.fromColumn(next);
    return at == null ? Instant.MAX : at;
  }
}
