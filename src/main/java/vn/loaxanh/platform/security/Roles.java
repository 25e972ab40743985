package vn.loaxanh.platform.security;

/** The staff roles; the public needs no account to read. */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String EDITOR = "editor";

  /** Works for one agency and may change only the activities that agency leads. */
  public static final String COORDINATOR = "coordinator";

  private Roles() {}
}
