package vn.loaxanh.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.loaxanh.outcomes.entity.Metric;
import vn.loaxanh.platform.errors.InvalidInput;

/** The catalogue of measures. */
@ApplicationScoped
public class Metrics {
  @PersistenceContext EntityManager em;

  public List<Metric> all() {
    return em.createNamedQuery(Metric.ALL, Metric.class).getResultList();
  }

  /** A measure by its code; a code not in the catalogue is a mistake in the named field. */
  public Metric byCode(String code, String field) {
    return em.createNamedQuery(Metric.BY_CODE, Metric.class)
        .setParameter("code", String.valueOf(code))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new InvalidInput(field, "không có chỉ số này / no such measure"));
  }
}
