package vn.loaxanh.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.loaxanh.mail.entity.MailStatus;
import vn.loaxanh.mail.entity.OutboxMail;
import vn.loaxanh.mail.entity.RetryPolicy;
import vn.loaxanh.platform.persistence.UtcInstants;

/**
 * The short transactions around one delivery attempt: claim the mail, then record how it went. The
 * attempt itself runs outside any transaction, so a slow mail server holds no database locks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Deliveries {
  private static final UtcInstants UTC = new UtcInstants();

  @PersistenceContext EntityManager em;

  public List<Long> due(Instant now, int limit) {
    return em.createNamedQuery(OutboxMail.DUE, Long.class)
        .setParameter("pending", MailStatus.PENDING)
        .setParameter("sending", MailStatus.SENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Claims the mail for {@code sender} if it is still due. The entity decides whether it is due and
   * what a claim changes; the change is written by a conditional UPDATE that holds only while the
   * row is still the version read, so of two senders claiming the same mail at once exactly one
   * gets it, and neither sends a mail it did not claim.
   *
   * @return the claimed mail, detached; empty when it is no longer due or another sender took it
   */
  public Optional<OutboxMail> claim(long id, String sender, Instant now, Duration lease) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null || !mail.isDue(now)) {
      return Optional.empty();
    }
    long readVersion = mail.version();
    em.detach(mail);
    mail.claim(sender, now, lease);
    int claimed =
        em.createNamedQuery(OutboxMail.CLAIM)
            .setParameter(1, mail.claimedBy())
            .setParameter(2, UTC.convertToDatabaseColumn(mail.claimedUntil()))
            .setParameter(3, id)
            .setParameter(4, readVersion)
            .executeUpdate();
    return claimed == 1 ? Optional.of(mail) : Optional.empty();
  }

  public void sent(long id, Instant now) {
    em.find(OutboxMail.class, id).sent(now);
  }

  /** Records a failed attempt and answers what became of the mail. */
  public OutboxMail failed(long id, String sender, String error, Instant now, RetryPolicy policy) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    mail.failed(sender, error, now, policy);
    return mail;
  }
}
