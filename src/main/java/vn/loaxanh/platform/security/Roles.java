package vn.loaxanh.platform.security;

/** The staff roles; the public needs no account to read. */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String EDITOR = "editor";

  /** Works for one agency and may change only the activities that agency leads. */
  public static final String COORDINATOR = "coordinator";

  /** Scores the entries of the contests they are assigned to, without seeing who sent them. */
  public static final String JUDGE = "judge";

  private Roles() {}
}
