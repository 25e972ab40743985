package vn.loaxanh.reminders.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Looks for due reminders every quarter hour; the outbox sends them. */
@Singleton
public class ReminderRounds {
  private static final Logger LOG = Logger.getLogger(ReminderRounds.class.getName());

  @Inject Reminders reminders;

  @Schedule(minute = "*/15", hour = "*", persistent = false)
  void round() {
    int queued = reminders.queueDue();
    if (queued > 0) {
      LOG.info("Queued " + queued + " reminder mails");
    }
  }
}
