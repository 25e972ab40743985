package vn.loaxanh.plans.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import vn.loaxanh.plans.entity.Directive;
import vn.loaxanh.plans.entity.DirectiveKind;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.persistence.Versions;

/** The register of directives plans cite. */
@ApplicationScoped
@Transactional
public class Directives {
  @PersistenceContext EntityManager em;

  public record Description(
      DirectiveKind kind,
      LocalDate issuedOn,
      String issuer,
      String title,
      String summary,
      Set<Long> implementsIds) {}

  public Page<Directive> list(DirectiveKind kind, PageRequest paging) {
    var items =
        em.createNamedQuery(Directive.LIST, Directive.class)
            .setParameter("kind", kind)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size)
            .getResultList();
    long total =
        em.createNamedQuery(Directive.COUNT, Long.class)
            .setParameter("kind", kind)
            .getSingleResult();
    return new Page<>(items, paging.page, paging.size, total);
  }

  public Directive get(long id) {
    Directive directive = em.find(Directive.class, id);
    if (directive == null) {
      throw new NotFound("directive", id);
    }
    return directive;
  }

  public Optional<Directive> bySymbol(String symbol) {
    return em.createNamedQuery(Directive.BY_SYMBOL, Directive.class)
        .setParameter("symbol", symbol)
        .getResultStream()
        .findFirst();
  }

  public Set<Directive> references(String field, Collection<Long> ids) {
    Set<Directive> directives = new LinkedHashSet<>();
    if (ids != null) {
      for (Long id : ids) {
        Directive directive = id == null ? null : em.find(Directive.class, id);
        if (directive == null) {
          throw new InvalidInput(field, "không có văn bản " + id + " / no directive " + id);
        }
        directives.add(directive);
      }
    }
    return directives;
  }

  public Directive create(String symbol, Description description) {
    if (bySymbol(symbol).isPresent()) {
      throw new Conflict(
          "Văn bản số " + symbol + " đã có", "A directive numbered " + symbol + " exists");
    }
    Directive directive = new Directive(symbol);
    describe(directive, description);
    em.persist(directive);
    em.flush();
    return directive;
  }

  public Directive update(long id, Long version, Description description) {
    Directive directive = get(id);
    Versions.requireCurrent(version, directive.version());
    describe(directive, description);
    em.flush();
    return directive;
  }

  public void delete(long id) {
    em.remove(get(id));
    em.flush();
  }

  private void describe(Directive directive, Description d) {
    directive.describe(d.kind(), d.issuedOn(), d.issuer(), d.title(), d.summary());
    try {
      directive.implement(references("implementsIds", d.implementsIds()));
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
  }
}
