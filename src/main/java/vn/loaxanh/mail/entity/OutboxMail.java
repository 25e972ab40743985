package vn.loaxanh.mail.entity;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One mail in the outbox, from the moment its cause was stored until it is sent or given up. Its
 * state moves PENDING → SENDING (claimed by one sender) → SENT, or back to PENDING after a failed
 * attempt, and to FAILED when the attempts are used up.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(
    name = OutboxMail.DUE,
    query =
        "select m.id from OutboxMail m where (m.status = :pending and m.nextAttemptAt <= :now)"
            + " or (m.status = :sending and m.claimedUntil < :now) order by m.id")
@NamedQuery(
    name = OutboxMail.BY_DEDUP_KEY,
    query = "select m from OutboxMail m where m.dedupKey = :dedupKey")
@NamedQuery(name = OutboxMail.LATEST, query = "select m from OutboxMail m order by m.id desc")
@NamedQuery(name = OutboxMail.COUNT, query = "select count(m) from OutboxMail m")
@NamedQuery(
    name = OutboxMail.LATEST_WITH_STATUS,
    query = "select m from OutboxMail m where m.status = :status order by m.id desc")
@NamedQuery(
    name = OutboxMail.COUNT_WITH_STATUS,
    query = "select count(m) from OutboxMail m where m.status = :status")
// IGNORE skips a row whose dedup key is taken, waiting for a concurrent transaction that holds
// the key to end, instead of failing (and so dooming) the transaction of the mail's cause.
@NamedNativeQuery(
    name = OutboxMail.INSERT_UNLESS_QUEUED,
    query =
        "INSERT IGNORE INTO mail_outbox (dedup_key, recipients, subject, body_text, body_html,"
            + " status, attempts, next_attempt_at, created_at, version)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?6, ?7, 0)")
// The claim as a conditional UPDATE: it takes the mail only if nobody changed it since it was
// read and found due, and says by its count whether it did (where JPA's own version check would
// throw, and log a stack trace, whenever two senders meet).
@NamedNativeQuery(
    name = OutboxMail.CLAIM,
    query =
        "UPDATE mail_outbox SET status = 'SENDING', claimed_by = ?1, claimed_until = ?2,"
            + " version = version + 1 WHERE id = ?3 AND version = ?4")
public class OutboxMail {
  public static final String DUE = "OutboxMail.due";
  public static final String BY_DEDUP_KEY = "OutboxMail.byDedupKey";
  public static final String LATEST = "OutboxMail.latest";
  public static final String COUNT = "OutboxMail.count";
  public static final String LATEST_WITH_STATUS = "OutboxMail.latestWithStatus";
  public static final String COUNT_WITH_STATUS = "OutboxMail.countWithStatus";
  public static final String INSERT_UNLESS_QUEUED = "OutboxMail.insertUnlessQueued";
  public static final String CLAIM = "OutboxMail.claim";

  static final int DEDUP_KEY_MAX = 300;
  static final int RECIPIENTS_MAX = 50;
  static final int SUBJECT_MAX = 500;
  static final int BODY_MAX = 1_000_000;
  static final int ERROR_MAX = 500;
  static final int SENDER_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dedup_key")
  private String dedupKey;

  /** One address per line. */
  private String recipients;

  private String subject;

  @Column(name = "body_text")
  private String text;

  @Column(name = "body_html")
  private String html;

  @Enumerated(EnumType.STRING)
  private MailStatus status;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Version private long version;

  protected OutboxMail() {}

  /** A mail due at once; the arguments are checked so a broken mail never reaches the outbox. */
  public OutboxMail(
      String dedupKey, List<String> to, String subject, String text, String html, Instant now) {
    this.dedupKey = required("dedupKey", dedupKey, DEDUP_KEY_MAX);
    this.recipients = String.join("\n", addresses(to));
    this.subject = required("subject", subject, SUBJECT_MAX);
    if (this.subject.contains("\n") || this.subject.contains("\r")) {
      throw new IllegalArgumentException("subject: must be one line");
    }
    this.text = required("text", text, BODY_MAX);
    if (html != null && html.length() > BODY_MAX) {
      throw new IllegalArgumentException("html: at most " + BODY_MAX + " characters");
    }
    this.html = html;
    this.status = MailStatus.PENDING;
    this.nextAttemptAt = Objects.requireNonNull(now);
    this.createdAt = now;
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": required");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(field + ": at most " + max + " characters");
    }
    return value;
  }

  private static List<String> addresses(List<String> to) {
    if (to == null || to.isEmpty()) {
      throw new IllegalArgumentException("to: at least one address");
    }
    if (to.size() > RECIPIENTS_MAX) {
      throw new IllegalArgumentException("to: at most " + RECIPIENTS_MAX + " addresses");
    }
    for (String address : to) {
      try {
        new InternetAddress(Objects.requireNonNullElse(address, ""), true).validate();
      } catch (AddressException wrong) {
        throw new IllegalArgumentException("to: not an e-mail address: " + address);
      }
      if (address.contains("\n")) {
        throw new IllegalArgumentException("to: not an e-mail address: " + address);
      }
    }
    return to;
  }

  /** Waiting for an attempt that is due, or claimed by a sender whose claim ran out. */
  public boolean isDue(Instant now) {
    return switch (status) {
      case PENDING -> !nextAttemptAt.isAfter(now);
      case SENDING -> claimedUntil.isBefore(now);
      case SENT, FAILED -> false;
    };
  }

  /**
   * The sender takes the mail for one attempt. The claim lasts for {@code lease}, long enough for
   * one delivery; a sender that dies leaves the mail due again when the claim runs out.
   */
  public void claim(String sender, Instant now, Duration lease) {
    if (!isDue(now)) {
      throw new IllegalStateException("mail " + id + " is not due: " + status);
    }
    if (sender.isBlank() || sender.length() > SENDER_MAX) {
      throw new IllegalArgumentException("sender: 1 to " + SENDER_MAX + " characters");
    }
    this.status = MailStatus.SENDING;
    this.claimedBy = sender;
    this.claimedUntil = now.plus(lease);
  }

  public boolean isClaimedBy(String sender) {
    return status == MailStatus.SENDING && claimedBy != null && claimedBy.equals(sender);
  }

  /**
   * The mail server accepted the mail. Recorded even if the claim ran out meanwhile: the mail did
   * go out, and saying so stops another attempt.
   */
  public void sent(Instant now) {
    if (status == MailStatus.SENT) {
      return;
    }
    if (status != MailStatus.SENDING) {
      throw new IllegalStateException("mail " + id + " was not being sent: " + status);
    }
    this.status = MailStatus.SENT;
    this.sentAt = now;
    this.nextAttemptAt = null;
    this.claimedBy = null;
    this.claimedUntil = null;
  }

  /**
   * An attempt by {@code sender} failed: the mail waits for the policy's back-off, or is given up
   * when its attempts are used up. Ignored when the sender's claim is no longer the current one,
   * since another sender then holds the mail.
   */
  public void failed(String sender, String error, Instant now, RetryPolicy policy) {
    if (!isClaimedBy(sender)) {
      return;
    }
    this.attempts++;
    this.lastError = shorten(error == null ? "unknown error" : error, ERROR_MAX);
    this.claimedBy = null;
    this.claimedUntil = null;
    if (policy.exhaustedBy(attempts)) {
      this.status = MailStatus.FAILED;
      this.nextAttemptAt = null;
    } else {
      this.status = MailStatus.PENDING;
      this.nextAttemptAt = now.plus(policy.delayAfter(attempts));
    }
  }

  /** Staff send a failed mail again: due now, with a fresh count of attempts. */
  public void retry(Instant now) {
    if (status != MailStatus.FAILED) {
      throw new IllegalStateException("mail " + id + " has not failed: " + status);
    }
    this.status = MailStatus.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = now;
  }

  /** One line, at most {@code max} characters: errors are for reading in a list, not debugging. */
  static String shorten(String text, int max) {
    String line = text.replaceAll("\\s+", " ").trim();
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

  public Long id() {
    return id;
  }

  /**
   * A mail whose dedup key starts with this carries a secret (a password-reset link): it is sent,
   * but staff reading the outbox see its address and status, not its text.
   */
  public static final String CONFIDENTIAL = "confidential:";

  public boolean isConfidential() {
    return dedupKey.startsWith(CONFIDENTIAL);
  }

  public String dedupKey() {
    return dedupKey;
  }

  public List<String> recipients() {
    return List.of(recipients.split("\n"));
  }

  public String subject() {
    return subject;
  }

  public String text() {
    return text;
  }

  public String html() {
    return html;
  }

  public MailStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String claimedBy() {
    return claimedBy;
  }

  public Instant claimedUntil() {
    return claimedUntil;
  }

  public long version() {
    return version;
  }
}
