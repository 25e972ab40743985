package vn.loaxanh.agencies.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.agencies.entity.AgencyKind;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.persistence.Versions;

/** The register of agencies. */
@ApplicationScoped
@Transactional
public class Agencies {
  @PersistenceContext EntityManager em;
  @Inject Units units;

  public record Description(
      String name, String shortName, AgencyKind kind, Long unitId, String email) {}

  public Page<Agency> list(Long unitId, AgencyKind kind, PageRequest paging) {
    var unit = units.reference("unitId", unitId);
    var items =
        em.createNamedQuery(Agency.LIST, Agency.class)
            .setParameter("unit", unit)
            .setParameter("kind", kind)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size)
            .getResultList();
    long total =
        em.createNamedQuery(Agency.COUNT, Long.class)
            .setParameter("unit", unit)
            .setParameter("kind", kind)
            .getSingleResult();
    return new Page<>(items, paging.page, paging.size, total);
  }

  public Agency get(long id) {
    Agency agency = em.find(Agency.class, id);
    if (agency == null) {
      throw new NotFound("agency", id);
    }
    return agency;
  }

  public Optional<Agency> byCode(String code) {
    return em.createNamedQuery(Agency.BY_CODE, Agency.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** Resolves an agency a client named in a field, or names that field as wrong. */
  public Agency reference(String field, Long id) {
    if (id == null) {
      return null;
    }
    Agency agency = em.find(Agency.class, id);
    if (agency == null) {
      throw new InvalidInput(field, "không có cơ quan " + id + " / no agency " + id);
    }
    return agency;
  }

  public Set<Agency> references(String field, Collection<Long> ids) {
    Set<Agency> agencies = new LinkedHashSet<>();
    if (ids != null) {
      for (Long id : ids) {
        if (id == null) {
          throw new InvalidInput(field, "có mục trống / has an empty item");
        }
        agencies.add(reference(field, id));
      }
    }
    return agencies;
  }

  public Agency create(String code, Description description) {
    if (byCode(code).isPresent()) {
      throw new Conflict("Mã cơ quan " + code + " đã có", "Agency code " + code + " is taken");
    }
    Agency agency = new Agency(code);
    describe(agency, description);
    em.persist(agency);
    em.flush();
    return agency;
  }

  public Agency update(long id, Long version, Description description) {
    Agency agency = get(id);
    Versions.requireCurrent(version, agency.version());
    describe(agency, description);
    em.flush();
    return agency;
  }

  public void delete(long id) {
    em.remove(get(id));
    em.flush();
  }

  private void describe(Agency agency, Description d) {
    agency.describe(
        d.name(), d.shortName(), d.kind(), units.reference("unitId", d.unitId()), d.email());
  }
}
