package vn.loaxanh.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The staff member behind the current request, if any. */
@RequestScoped
public class CurrentStaff {
  @Inject SecurityContext security;
  @PersistenceContext EntityManager em;

  public String name() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? "anonymous" : caller.getName();
  }

  public boolean is(String role) {
    return security.isCallerInRole(role);
  }

  /** The agency a coordinator works for; empty for other roles and the public. */
  public Optional<Long> coordinatedAgency() {
    if (!is(Roles.COORDINATOR) || is(Roles.ADMIN) || is(Roles.EDITOR)) {
      return Optional.empty();
    }
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", name())
        .getResultStream()
        .findFirst()
        .map(StaffAccount::agencyId);
  }
}
