package vn.loaxanh.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.ReportingDeadline;

/**
 * Who owes a report for a deadline: the agencies that lead or partner in the plan's tasks and
 * activities, except the one that receives the reports.
 */
@ApplicationScoped
public class Reporters {
  @PersistenceContext EntityManager em;

  public List<Agency> of(Plan plan, ReportingDeadline deadline) {
    List<Agency> involved =
        em.createQuery(
                "select distinct g from Agency g where g in (select t.lead from Task t where t.plan"
                    + " = :plan) or g in (select p from Task t join t.partners p where t.plan ="
                    + " :plan) or g in (select a.lead from Activity a where a.plan = :plan)"
                    + " order by g.code",
                Agency.class)
            .setParameter("plan", plan)
            .getResultList();
    // The receiving agency does not report to itself, unless it leads activities of its own:
    // then it reports their figures like any other, and they go into what it compiles.
    boolean receiverLeads =
        deadline.agency() != null
            && !em.createQuery(
                    "select a.id from Activity a where a.plan = :plan and a.lead = :agency",
                    Long.class)
                .setParameter("plan", plan)
                .setParameter("agency", deadline.agency())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    return involved.stream()
        .filter(
            a ->
                deadline.agency() == null
                    || receiverLeads
                    || !a.id().equals(deadline.agency().id()))
        .toList();
  }
}
