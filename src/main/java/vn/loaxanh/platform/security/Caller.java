package vn.loaxanh.platform.security;

import java.util.Objects;

/**
 * Who is asking, as the staff register says: the account's name, its one role and, for a
 * coordinator, the agency it works for. The rules of who may do what are asked of this record, so
 * they read the same for the API and the pages and can be tested without a server.
 */
public record Caller(String name, String role, Long agencyId) {
  private static final Caller ANONYMOUS = new Caller("anonymous", null, null);

  public static Caller anonymous() {
    return ANONYMOUS;
  }

  public static Caller of(StaffAccount account) {
    return new Caller(account.username(), account.role(), account.agencyId());
  }

  public boolean isStaff() {
    return role != null;
  }

  public boolean is(String someRole) {
    return Objects.equals(role, someRole);
  }

  /** Editors and administrators approve, publish and decide for every agency. */
  public boolean isEditor() {
    return is(Roles.EDITOR) || is(Roles.ADMIN);
  }

  /** Whether this is a coordinator working for the given agency. */
  public boolean coordinates(Long agency) {
    return is(Roles.COORDINATOR) && agency != null && agency.equals(agencyId);
  }

  /**
   * Whether this caller may change what the given agency leads: editors everything, a coordinator
   * only their own agency's work.
   */
  public boolean mayChangeWorkOf(Long leadAgency) {
    return isEditor() || coordinates(leadAgency);
  }
}
