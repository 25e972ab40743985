package vn.loaxanh.plans.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.agencies.control.Units;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.PlanChannel;
import vn.loaxanh.plans.entity.ReportingDeadline;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.persistence.Versions;

/** The register of communication plans. */
@ApplicationScoped
@Transactional
public class Plans {
  @PersistenceContext EntityManager em;
  @Inject Units units;
  @Inject Agencies agencies;
  @Inject Directives directives;

  public record Description(
      String symbol,
      String issuer,
      Long unitId,
      LocalDate issuedOn,
      int year,
      String title,
      String purposes,
      String fundingNote,
      Set<Long> directiveIds,
      List<Plan.ThemeText> themes,
      List<ChannelUse> channels,
      List<Deadline> reportingDeadlines,
      List<Integer> reminderDays) {}

  public record ChannelUse(Channel channel, String note) {}

  public record Deadline(LocalDate dueOn, String title, Long agencyId) {}

  public Page<Plan> list(Integer year, Long unitId, PageRequest paging) {
    var unit = units.reference("unitId", unitId);
    var items =
        em.createNamedQuery(Plan.LIST, Plan.class)
            .setParameter("year", year)
            .setParameter("unit", unit)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size)
            .getResultList();
    long total =
        em.createNamedQuery(Plan.COUNT, Long.class)
            .setParameter("year", year)
            .setParameter("unit", unit)
            .getSingleResult();
    return new Page<>(items, paging.page, paging.size, total);
  }

  public Plan get(long id) {
    Plan plan = em.find(Plan.class, id);
    if (plan == null) {
      throw new NotFound("plan", id);
    }
    return plan;
  }

  public Optional<Plan> byCode(String code) {
    return em.createNamedQuery(Plan.BY_CODE, Plan.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Plan reference(String field, Long id) {
    Plan plan = id == null ? null : em.find(Plan.class, id);
    if (plan == null) {
      throw new InvalidInput(field, "không có kế hoạch " + id + " / no plan " + id);
    }
    return plan;
  }

  public Plan create(String code, Description description) {
    if (byCode(code).isPresent()) {
      throw new Conflict("Mã kế hoạch " + code + " đã có", "Plan code " + code + " is taken");
    }
    Plan plan = new Plan(code);
    describe(plan, description);
    em.persist(plan);
    em.flush();
    return plan;
  }

  public Plan update(long id, Long version, Description description) {
    Plan plan = get(id);
    Versions.requireCurrent(version, plan.version());
    describe(plan, description);
    em.flush();
    return plan;
  }

  /** A plan that still has activities is kept: delete or move them first. */
  public void delete(long id) {
    em.remove(get(id));
    em.flush();
  }

  private void describe(Plan plan, Description d) {
    try {
      plan.describe(
          new Plan.Heading(
              d.symbol(),
              d.issuer(),
              units.reference("unitId", d.unitId()),
              d.issuedOn(),
              d.year(),
              d.title(),
              d.purposes(),
              d.fundingNote()));
      plan.implement(directives.references("directiveIds", d.directiveIds()));
      plan.themes(d.themes() == null ? List.of() : d.themes());
      plan.channels(
          d.channels() == null
              ? List.of()
              : d.channels().stream().map(c -> new PlanChannel(c.channel(), c.note())).toList());
      if (d.reminderDays() != null) {
        plan.remindDaysBefore(d.reminderDays());
      }
      plan.reportingDeadlines(
          d.reportingDeadlines() == null
              ? List.of()
              : d.reportingDeadlines().stream()
                  .map(
                      deadline ->
                          new ReportingDeadline(
                              deadline.dueOn(),
                              deadline.title(),
                              agencies.reference(
                                  "reportingDeadlines.agencyId", deadline.agencyId())))
                  .toList());
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
  }
}
