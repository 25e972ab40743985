package vn.loaxanh.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import java.security.Principal;
import java.util.Optional;

/**
 * The staff member behind the current request, if any.
 *
 * <p>The role is read from the staff register, not asked of the container: Payara answers {@code
 * SecurityContext.isCallerInRole} through the Java SE security policy, which JDK 24 and later no
 * longer consult, so on those JDKs it said no to every role even for a caller that {@code
 * RolesAllowed} had let in. The register is also what the login itself is checked against.
 */
@RequestScoped
public class CurrentStaff {
  @Inject SecurityContext security;
  @Inject StaffAccounts accounts;

  private Caller caller;

  /** The caller, looked up once per request. */
  public Caller caller() {
    if (caller == null) {
      Principal principal = security.getCallerPrincipal();
      caller =
          principal == null
              ? Caller.anonymous()
              : accounts.find(principal.getName()).map(Caller::of).orElse(Caller.anonymous());
    }
    return caller;
  }

  public String name() {
    return caller().name();
  }

  public boolean is(String role) {
    return caller().is(role);
  }

  /** The agency a coordinator works for; empty for other roles and the public. */
  public Optional<Long> coordinatedAgency() {
    return caller().is(Roles.COORDINATOR) ? Optional.of(caller().agencyId()) : Optional.empty();
  }

  /** Refuses the request unless an editor or administrator makes it. */
  public void requireEditor() {
    if (!caller().isEditor()) {
      throw new ForbiddenException();
    }
  }
}
