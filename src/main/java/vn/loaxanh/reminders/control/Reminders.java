package vn.loaxanh.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.mail.control.Mail;
import vn.loaxanh.mail.control.Outbox;
import vn.loaxanh.outcomes.control.Reporters;
import vn.loaxanh.outcomes.entity.ReportStatus;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.ReportingDeadline;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * Puts due reminders into the outbox. A reminder is due once the smallest of the plan's reminder
 * days that has been reached applies; when an activity is planned late, only the nearest reminder
 * goes out, not all of them at once.
 */
@ApplicationScoped
@Transactional
public class Reminders {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);
  private static final int LONGEST_REMINDER_DAYS = 365;

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject Reporters reporters;

  /**
   * @return how many reminder mails were added to the outbox
   */
  public int queueDue() {
    Instant now = Instant.now(clock);
    return activityReminders(now) + deadlineReminders(now);
  }

  private int activityReminders(Instant now) {
    int queued = 0;
    List<Activity> upcoming =
        em.createQuery(
                "select a from Activity a where a.startsAt > :now and a.startsAt <= :horizon"
                    + " and a.status in :open order by a.startsAt",
                Activity.class)
            .setParameter("now", now)
            .setParameter("horizon", now.plus(Duration.ofDays(LONGEST_REMINDER_DAYS)))
            .setParameter(
                "open",
                Set.of(ActivityStatus.PLANNED, ActivityStatus.CONFIRMED, ActivityStatus.POSTPONED))
            .getResultList();
    for (Activity activity : upcoming) {
      Optional<Integer> days =
          nearestReached(activity.plan().reminderDays(), activity.startsAt(), now);
      if (days.isEmpty()) {
        continue;
      }
      Set<Agency> agencies = new LinkedHashSet<>();
      agencies.add(activity.lead());
      agencies.addAll(activity.partners());
      for (Agency agency : agencies) {
        if (agency.email() != null
            && outbox.enqueue(
                new Mail(
                    "reminder:activity:"
                        + activity.id()
                        + ":"
                        + days.get()
                        + "d:"
                        + agency.id()
                        + ":"
                        + activity.startsAt().getEpochSecond(),
                    List.of(agency.email()),
                    "[Loa Xanh] Nhắc lịch: " + activity.title(),
                    activityText(activity, agency),
                    null))) {
          queued++;
        }
      }
    }
    return queued;
  }

  private int deadlineReminders(Instant now) {
    int queued = 0;
    for (Plan plan : em.createQuery("select p from Plan p", Plan.class).getResultList()) {
      for (ReportingDeadline deadline : plan.reportingDeadlines()) {
        Instant due = deadline.dueOn().plusDays(1).atStartOfDay(LocalTime.VIETNAM).toInstant();
        if (!due.isAfter(now)) {
          continue;
        }
        Optional<Integer> days = nearestReached(plan.reminderDays(), due, now);
        if (days.isEmpty()) {
          continue;
        }
        for (Agency agency : reporters(plan, deadline)) {
          if (agency.email() != null
              && outbox.enqueue(
                  new Mail(
                      "reminder:deadline:"
                          + plan.id()
                          + ":"
                          + deadline.dueOn()
                          + ":"
                          + days.get()
                          + "d:"
                          + agency.id(),
                      List.of(agency.email()),
                      "[Loa Xanh] Hạn báo cáo "
                          + DAY.format(deadline.dueOn())
                          + ": "
                          + plan.title(),
                      deadlineText(plan, deadline, agency),
                      null))) {
            queued++;
          }
        }
      }
    }
    return queued;
  }

  /** The agencies that owe a report for the deadline and have not submitted it. */
  private List<Agency> reporters(Plan plan, ReportingDeadline deadline) {
    List<Long> submitted =
        em.createQuery(
                "select r.agency.id from AgencyReport r where r.plan = :plan and r.dueOn = :dueOn"
                    + " and r.status = :submitted",
                Long.class)
            .setParameter("plan", plan)
            .setParameter("dueOn", deadline.dueOn())
            .setParameter("submitted", ReportStatus.SUBMITTED)
            .getResultList();
    return reporters.of(plan, deadline).stream()
        .filter(agency -> !submitted.contains(agency.id()))
        .toList();
  }

  /** The smallest reminder offset whose moment has come, if any. */
  static Optional<Integer> nearestReached(List<Integer> reminderDays, Instant at, Instant now) {
    return reminderDays.stream()
        .filter(days -> !now.isBefore(at.minus(Duration.ofDays(days))))
        .min(Integer::compare);
  }

  private static String activityText(Activity activity, Agency agency) {
    StringBuilder text = new StringBuilder();
    text.append("Kính gửi ").append(agency.name()).append(",\n\n");
    text.append("Hoạt động \"")
        .append(activity.title())
        .append("\" bắt đầu lúc ")
        .append(TIME.format(activity.startsAt()))
        .append(".\n");
    if (activity.unit() != null || activity.place() != null) {
      text.append("Địa điểm: ")
          .append(activity.place() == null ? "" : activity.place() + ", ")
          .append(activity.unit() == null ? "" : activity.unit().name())
          .append(".\n");
    }
    text.append("Cơ quan chủ trì: ").append(activity.lead().name()).append(".\n");
    text.append("Kế hoạch: ").append(activity.plan().title()).append(".\n\n");
    text.append("Thư này do Loa Xanh gửi tự động.\n");
    return text.toString();
  }

  private static String deadlineText(Plan plan, ReportingDeadline deadline, Agency agency) {
    LocalDate due = deadline.dueOn();
    return "Kính gửi "
        + agency.name()
        + ",\n\n"
        + "Hạn "
        + DAY.format(due)
        + ": "
        + deadline.title()
        + ".\n"
        + "Kế hoạch: "
        + plan.title()
        + ".\n"
        + (deadline.agency() == null ? "" : "Nơi nhận báo cáo: " + deadline.agency().name() + ".\n")
        + "\nThư này do Loa Xanh gửi tự động.\n";
  }
}
