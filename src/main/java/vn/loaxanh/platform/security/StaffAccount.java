package vn.loaxanh.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Set;

/** A staff login. The password is kept only as a salted PBKDF2 hash. */
@Entity
@Table(name = "staff_account")
@NamedQuery(
    name = StaffAccount.BY_USERNAME,
    query = "select s from StaffAccount s where s.username = :username")
@NamedQuery(name = StaffAccount.ALL, query = "select s from StaffAccount s order by s.username")
@NamedQuery(name = StaffAccount.COUNT, query = "select count(s) from StaffAccount s")
public class StaffAccount {
  public static final String BY_USERNAME = "StaffAccount.byUsername";
  public static final String ALL = "StaffAccount.all";
  public static final String COUNT = "StaffAccount.count";
  private static final Set<String> ROLES =
      Set.of(Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.JUDGE);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  private String role;

  /** The agency a coordinator works for; platform code keeps it as a plain id. */
  @Column(name = "agency_id")
  private Long agencyId;

  /** Where a password-reset link is sent; an account without one is reset by an admin. */
  private String email;

  /** A disabled account cannot log in and its cookies no longer work; its history stays. */
  private boolean disabled;

  @Version private long version;

  protected StaffAccount() {}

  public StaffAccount(String username, String passwordHash, String role, Long agencyId) {
    this.username = Objects.requireNonNull(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    assign(role, agencyId);
  }

  /** The account's role, and for a coordinator the agency it works for. */
  public void assign(String role, Long agencyId) {
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException(
          "role: chọn một vai trò / one of " + String.join(", ", new java.util.TreeSet<>(ROLES)));
    }
    if (Roles.COORDINATOR.equals(role) && agencyId == null) {
      throw new IllegalArgumentException(
          "agencyId: cộng tác viên phải thuộc một cơ quan / a coordinator works for an agency");
    }
    this.role = role;
    this.agencyId = agencyId;
  }

  public void contactAt(String email) {
    this.email = email == null || email.isBlank() ? null : email.strip();
  }

  public void disable(boolean disabled) {
    this.disabled = disabled;
  }

  public boolean isActive() {
    return !disabled;
  }

  public String email() {
    return email;
  }

  public long version() {
    return version;
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String role() {
    return role;
  }

  public Long agencyId() {
    return agencyId;
  }
}
