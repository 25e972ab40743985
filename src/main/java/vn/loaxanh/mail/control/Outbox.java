package vn.loaxanh.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.loaxanh.mail.entity.MailStatus;
import vn.loaxanh.mail.entity.OutboxMail;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.persistence.UtcInstants;

/** The outbox: mails go in with the change that caused them; staff look at them and retry. */
@ApplicationScoped
@Transactional
public class Outbox {
  private static final UtcInstants UTC = new UtcInstants();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Writes the mail in the caller's transaction, so it is stored exactly when the change that
   * caused it is. Returns false, and writes nothing, when a mail with that dedup key already
   * exists.
   *
   * @throws IllegalArgumentException naming the field ("to: ...") when the mail is not one to send
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean enqueue(Mail mail) {
    var checked =
        new OutboxMail(
            mail.dedupKey(), mail.to(), mail.subject(), mail.text(), mail.html(), clock.instant());
    int inserted =
        em.createNamedQuery(OutboxMail.INSERT_UNLESS_QUEUED)
            .setParameter(1, checked.dedupKey())
            .setParameter(2, String.join("\n", checked.recipients()))
            .setParameter(3, checked.subject())
            .setParameter(4, checked.text())
            .setParameter(5, checked.html())
            .setParameter(6, UTC.convertToDatabaseColumn(checked.nextAttemptAt()))
            .setParameter(7, UTC.convertToDatabaseColumn(checked.createdAt()))
            .executeUpdate();
    return inserted == 1;
  }

  public Optional<OutboxMail> byDedupKey(String dedupKey) {
    return em.createNamedQuery(OutboxMail.BY_DEDUP_KEY, OutboxMail.class)
        .setParameter("dedupKey", dedupKey)
        .getResultStream()
        .findFirst();
  }

  /** Newest first; all of them when {@code status} is null. */
  public Page<OutboxMail> list(MailStatus status, PageRequest paging) {
    var items =
        status == null
            ? em.createNamedQuery(OutboxMail.LATEST, OutboxMail.class)
            : em.createNamedQuery(OutboxMail.LATEST_WITH_STATUS, OutboxMail.class)
                .setParameter("status", status);
    var count =
        status == null
            ? em.createNamedQuery(OutboxMail.COUNT, Long.class)
            : em.createNamedQuery(OutboxMail.COUNT_WITH_STATUS, Long.class)
                .setParameter("status", status);
    List<OutboxMail> page =
        items.setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
    return new Page<>(page, paging.page, paging.size, count.getSingleResult());
  }

  public OutboxMail get(long id) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null) {
      throw new NotFound("mail", id);
    }
    return mail;
  }

  /** Puts a failed mail back in line, due now. */
  public OutboxMail retry(long id) {
    OutboxMail mail = get(id);
    try {
      mail.retry(clock.instant());
    } catch (IllegalStateException notFailed) {
      throw new Conflict(
          "Chỉ gửi lại được thư đã gửi không thành công (trạng thái FAILED); thư này đang ở trạng"
              + " thái "
              + mail.status(),
          "Only a FAILED mail can be sent again; this one is " + mail.status());
    }
    em.flush();
    return mail;
  }
}
