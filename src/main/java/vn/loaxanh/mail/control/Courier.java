package vn.loaxanh.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.loaxanh.mail.entity.MailStatus;
import vn.loaxanh.mail.entity.OutboxMail;
import vn.loaxanh.mail.entity.RetryPolicy;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * The sender: every {@code loaxanh.mail.poll-seconds} it delivers the mails that are due, one
 * claimed mail at a time, and records each outcome. Rounds never overlap within an instance (the
 * next is scheduled when one ends, and the singleton's lock serialises rounds staff start); claims
 * keep instances sharing a database apart.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
public class Courier {
  private static final Logger LOG = Logger.getLogger(Courier.class.getName());

  /** Mails per round; the rest wait for the next round, a few seconds later. */
  static final int ROUND_SIZE = 20;

  @Resource TimerService timers;
  @Inject Smtp smtp;
  @Inject Deliveries deliveries;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "loaxanh.mail.poll-seconds", defaultValue = "5")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "loaxanh.mail.retry-base-seconds", defaultValue = "30")
  int retryBaseSeconds;

  @Inject
  @ConfigProperty(name = "loaxanh.mail.max-attempts", defaultValue = "10")
  int maxAttempts;

  /** How long a claim holds: well beyond one delivery's connect and read timeouts. */
  @Inject
  @ConfigProperty(name = "loaxanh.mail.claim-seconds", defaultValue = "120")
  int claimSeconds;

  /** This instance as named in claims; new at every start, as a restart drops its claims. */
  private final String sender = senderName();

  private RetryPolicy policy;

  /** What one round did. */
  public record Round(int sent, int failed) {}

  @PostConstruct
  void start() {
    policy =
        new RetryPolicy(Duration.ofSeconds(retryBaseSeconds), RetryPolicy.ONE_HOUR, maxAttempts);
    if (!smtp.configured()) {
      LOG.info(
          "No SMTP server configured (LOAXANH_SMTP_HOST): mails are kept in the outbox as"
              + " PENDING; staff see them at /api/mail");
      return;
    }
    LOG.info(
        "Mail is delivered through "
            + smtp.server()
            + ", looking for due mails every "
            + pollSeconds
            + " s, as sender "
            + sender);
    scheduleNextRound();
  }

  @Timeout
  void poll() {
    try {
      deliverDue();
    } catch (RuntimeException roundFailed) {
      // Most likely the database is unreachable; the next round tries again.
      LOG.log(Level.WARNING, "Mail delivery round failed: " + roundFailed, roundFailed);
    } finally {
      scheduleNextRound();
    }
  }

  private void scheduleNextRound() {
    timers.createSingleActionTimer(
        Duration.ofSeconds(pollSeconds).toMillis(), new TimerConfig(null, false));
  }

  /** Delivers the mails due now; nothing when no SMTP server is configured. */
  public Round deliverDue() {
    if (!smtp.configured()) {
      return new Round(0, 0);
    }
    int sent = 0;
    int failed = 0;
    for (long id : deliveries.due(clock.instant(), ROUND_SIZE)) {
      Optional<OutboxMail> claimed =
          deliveries.claim(id, sender, clock.instant(), Duration.ofSeconds(claimSeconds));
      if (claimed.isPresent()) {
        if (attempt(claimed.get())) {
          sent++;
        } else {
          failed++;
        }
      }
    }
    return new Round(sent, failed);
  }

  private boolean attempt(OutboxMail mail) {
    try {
      smtp.send(mail);
    } catch (MessagingException | RuntimeException failure) {
      recordFailure(mail, Smtp.describe(failure));
      return false;
    }
    try {
      deliveries.sent(mail.id(), clock.instant());
    } catch (RuntimeException notRecorded) {
      LOG.log(
          Level.SEVERE,
          "Mail "
              + mail.id()
              + " was sent but could not be marked SENT; it will be sent again when its claim"
              + " runs out",
          notRecorded);
      return true;
    }
    LOG.info("Mail " + mail.id() + " sent to " + mail.recipients().size() + " recipient(s)");
    return true;
  }

  private void recordFailure(OutboxMail mail, String error) {
    OutboxMail after = deliveries.failed(mail.id(), sender, error, clock.instant(), policy);
    if (after.status() == MailStatus.FAILED) {
      LOG.severe(
          "Mail "
              + mail.id()
              + " not sent after "
              + after.attempts()
              + " attempts, given up (staff may retry it): "
              + error);
    } else {
      LOG.warning(
          "Mail "
              + mail.id()
              + " not sent (attempt "
              + after.attempts()
              + " of "
              + maxAttempts
              + "), next attempt at "
              + (after.nextAttemptAt() == null
                  ? "-"
                  : after
                      .nextAttemptAt()
                      .atZone(LocalTime.VIETNAM)
                      .toLocalTime()
                      .truncatedTo(ChronoUnit.SECONDS))
              + ": "
              + error);
    }
  }

  private static String senderName() {
    // "pid@host", as the JVM names itself, and a random part since a container's pid repeats.
    String jvm = ManagementFactory.getRuntimeMXBean().getName();
    String name = jvm.length() > 80 ? jvm.substring(0, 80) : jvm;
    return name + "/" + UUID.randomUUID().toString().substring(0, 8);
  }
}
