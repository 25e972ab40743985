package vn.loaxanh.agencies.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.persistence.Versions;

/** The register of administrative units. */
@ApplicationScoped
@Transactional
public class Units {
  @PersistenceContext EntityManager em;

  public Page<AdministrativeUnit> list(UnitLevel level, PageRequest paging) {
    var items =
        em.createNamedQuery(AdministrativeUnit.BY_LEVEL, AdministrativeUnit.class)
            .setParameter("level", level)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size)
            .getResultList();
    long total =
        em.createNamedQuery(AdministrativeUnit.COUNT_BY_LEVEL, Long.class)
            .setParameter("level", level)
            .getSingleResult();
    return new Page<>(items, paging.page, paging.size, total);
  }

  public AdministrativeUnit get(long id, UnitLevel level) {
    AdministrativeUnit unit = em.find(AdministrativeUnit.class, id);
    if (unit == null || (level != null && unit.level() != level)) {
      throw new NotFound(level == null ? "unit" : level.name().toLowerCase(), id);
    }
    return unit;
  }

  public Optional<AdministrativeUnit> byCode(String code) {
    return em.createNamedQuery(AdministrativeUnit.BY_CODE, AdministrativeUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** Resolves a reference a client sent in a field, or names that field as wrong. */
  public AdministrativeUnit reference(String field, Long id) {
    if (id == null) {
      return null;
    }
    AdministrativeUnit unit = em.find(AdministrativeUnit.class, id);
    if (unit == null) {
      throw new InvalidInput(field, "không có địa bàn " + id + " / no unit " + id);
    }
    return unit;
  }

  public AdministrativeUnit create(String code, String name, UnitLevel level, Long parentId) {
    if (byCode(code).isPresent()) {
      throw new Conflict("Mã địa bàn " + code + " đã có", "Unit code " + code + " is taken");
    }
    AdministrativeUnit unit =
        describing(
            () -> new AdministrativeUnit(code, name, level, reference("parentId", parentId)));
    em.persist(unit);
    em.flush();
    return unit;
  }

  public AdministrativeUnit update(
      long id, UnitLevel scope, Long version, String name, UnitLevel level, Long parentId) {
    AdministrativeUnit unit = get(id, scope);
    Versions.requireCurrent(version, unit.version());
    AdministrativeUnit parent = reference("parentId", parentId);
    describing(
        () -> {
          unit.describe(name, level, parent);
          return unit;
        });
    em.flush();
    return unit;
  }

  public void delete(long id, UnitLevel scope) {
    em.remove(get(id, scope));
    em.flush();
  }

  /** The entity states the rule for parents; here its refusal becomes a field error. */
  private static AdministrativeUnit describing(
      java.util.function.Supplier<AdministrativeUnit> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException wrongParent) {
      throw InvalidInput.from(wrongParent);
    }
  }
}
