package vn.loaxanh.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.mail.control.Mail;
import vn.loaxanh.mail.control.Outbox;
import vn.loaxanh.outcomes.entity.AgencyReport;
import vn.loaxanh.outcomes.entity.ReportStatus;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.ReportingDeadline;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.persistence.Versions;
import vn.loaxanh.platform.security.CurrentStaff;

/**
 * The agencies' reports on a plan for one of its reporting deadlines: who owes one and where each
 * stands, a report's summary and its submission, reopening by staff, and reminders to those who
 * have not reported.
 */
@ApplicationScoped
@Transactional
public class AgencyReports {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @PersistenceContext EntityManager em;
  @Inject Plans plans;
  @Inject Reporters reporters;
  @Inject Outbox outbox;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  /** One agency's standing for the deadline; the report is empty while not started. */
  public record Standing(
      Agency agency, ReportStatus status, boolean late, Optional<AgencyReport> report) {}

  public List<Standing> standings(long planId, LocalDate dueOn) {
    Plan plan = plans.get(planId);
    ReportingDeadline deadline = deadline(plan, dueOn);
    Instant now = Instant.now(clock);
    Map<Long, AgencyReport> filed =
        em.createNamedQuery(AgencyReport.OF_DEADLINE, AgencyReport.class)
            .setParameter("plan", plan)
            .setParameter("dueOn", dueOn)
            .getResultStream()
            .collect(Collectors.toMap(r -> r.agency().id(), Function.identity()));
    return reporters.of(plan, deadline).stream()
        .map(
            agency -> {
              AgencyReport report = filed.get(agency.id());
              ReportStatus status =
                  report == null
                      ? AgencyReport.statusOfNone(dueOn, now, ReportStatus.NOT_STARTED)
                      : report.statusAt(now);
              boolean late =
                  status == ReportStatus.LATE || (report != null && report.submittedLate());
              return new Standing(agency, status, late, Optional.ofNullable(report));
            })
        .toList();
  }

  /** The report, made as a draft the first time an agency opens it. */
  public AgencyReport open(long planId, long agencyId, LocalDate dueOn) {
    Plan plan = plans.get(planId);
    ReportingDeadline deadline = deadline(plan, dueOn);
    Agency agency = em.find(Agency.class, agencyId);
    if (agency == null
        || reporters.of(plan, deadline).stream().noneMatch(a -> a.id().equals(agencyId))) {
      throw new NotFound("report of agency", agencyId);
    }
    requireOwnOrStaff(agencyId);
    return em.createNamedQuery(AgencyReport.ONE, AgencyReport.class)
        .setParameter("plan", plan)
        .setParameter("agency", agency)
        .setParameter("dueOn", dueOn)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              AgencyReport report =
                  new AgencyReport(plan, agency, dueOn, staff.name(), Instant.now(clock));
              em.persist(report);
              em.flush();
              return report;
            });
  }

  public AgencyReport write(
      long planId, long agencyId, LocalDate dueOn, Long version, String summary) {
    AgencyReport report = open(planId, agencyId, dueOn);
    Versions.requireCurrent(version, report.version());
    try {
      report.write(summary, staff.name(), Instant.now(clock));
    } catch (IllegalStateException submitted) {
      throw new Conflict(
          "Báo cáo đã gửi; cần mở lại trước khi sửa", "The report was submitted; reopen it first");
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    em.flush();
    return report;
  }

  public AgencyReport submit(long planId, long agencyId, LocalDate dueOn, Long version) {
    AgencyReport report = open(planId, agencyId, dueOn);
    Versions.requireCurrent(version, report.version());
    try {
      report.submit(staff.name(), Instant.now(clock));
    } catch (IllegalStateException twice) {
      throw new Conflict("Báo cáo đã được gửi", "The report was already submitted");
    }
    em.flush();
    return report;
  }

  /** Staff of the receiving department send a submitted report back, saying why. */
  public AgencyReport reopen(
      long planId, long agencyId, LocalDate dueOn, Long version, String reason) {
    if (!staff.caller().isEditor()) {
      throw new ForbiddenException(
          "Chỉ cán bộ tổng hợp mở lại báo cáo / Only staff reopen a report");
    }
    AgencyReport report = open(planId, agencyId, dueOn);
    Versions.requireCurrent(version, report.version());
    try {
      report.reopen(reason, staff.name(), Instant.now(clock));
    } catch (IllegalStateException notSubmitted) {
      throw new Conflict("Báo cáo chưa gửi", "The report was not submitted");
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    em.flush();
    return report;
  }

  /**
   * Mails every agency that has not submitted, through the outbox; once a day per agency at most,
   * so pressing the button twice sends nothing more. Answers how many mails were queued.
   */
  public int remind(long planId, LocalDate dueOn) {
    staff.requireEditor();
    Plan plan = plans.get(planId);
    LocalDate today = LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    int queued = 0;
    for (Standing standing : standings(planId, dueOn)) {
      Agency agency = standing.agency();
      if (standing.status() == ReportStatus.SUBMITTED || agency.email() == null) {
        continue;
      }
      String text =
          "Kính gửi "
              + agency.name()
              + ",\n\nĐề nghị quý cơ quan gửi báo cáo kết quả thực hiện \""
              + plan.title()
              + "\" trên Loa Xanh, hạn "
              + DAY.format(dueOn)
              + (standing.status() == ReportStatus.LATE ? " (đã quá hạn)" : "")
              + ".\n\nTrân trọng,\nLoa Xanh\n";
      if (outbox.enqueue(
          new Mail(
              "report-reminder:" + plan.id() + ":" + dueOn + ":" + agency.id() + ":" + today,
              List.of(agency.email()),
              "[Loa Xanh] Nhắc gửi báo cáo hạn " + DAY.format(dueOn) + ": " + plan.title(),
              text,
              null))) {
        queued++;
      }
    }
    return queued;
  }

  /** The activities the agency leads in the plan, in time order: what its report covers. */
  public List<Activity> activitiesOf(long planId, long agencyId) {
    return em.createQuery(
            "select a from Activity a where a.plan.id = :plan and a.lead.id = :agency"
                + " order by a.startsAt, a.id",
            Activity.class)
        .setParameter("plan", planId)
        .setParameter("agency", agencyId)
        .getResultList();
  }

  /** Plans with reporting deadlines, newest first, for choosing a report. */
  public List<Plan> plansWithDeadlines() {
    return em.createQuery("select p from Plan p order by p.year desc, p.id desc", Plan.class)
        .getResultStream()
        .filter(p -> !p.reportingDeadlines().isEmpty())
        .toList();
  }

  /** Coordinators see and write their own agency's report; staff any. */
  void requireOwnOrStaff(long agencyId) {
    if (!staff.caller().mayChangeWorkOf(agencyId)) {
      throw new ForbiddenException("Chỉ báo cáo của cơ quan mình / Only your agency's report");
    }
  }

  static ReportingDeadline deadline(Plan plan, LocalDate dueOn) {
    if (dueOn == null) {
      throw new InvalidInput("dueOn", "bắt buộc / required");
    }
    return plan.reportingDeadlines().stream()
        .filter(d -> d.dueOn().equals(dueOn))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInput("dueOn", "kế hoạch không có hạn báo cáo này / no such deadline"));
  }
}
